// The one way tests find and start Chromium, and serve the built app to it.
//   1. CHROMIUM_PATH, if set;
//   2. else the binary inside the @sparticuz/chromium npm package, unpacked once into .tmp/;
//   3. else a clear error. A missing browser fails the tests; it never skips them.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium as playwright, type Browser, type BrowserContext } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// These flags weaken the very checks (same-origin, mixed content, process isolation) whose
// breakage the tests should see.
const unsafeArgs = new Set(['--disable-web-security', '--allow-running-insecure-content', '--single-process']);
// The test machine has no network: nothing should try to phone home or update.
const quietArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** The launch flags: the package's serverless flags minus the unsafe ones, plus quiet offline flags. */
export function chromiumArgs(packageArgs: readonly string[]): string[] {
  const kept = packageArgs.filter((arg) => !unsafeArgs.has(arg) && !quietArgs.includes(arg));
  return [...kept, ...quietArgs];
}

let found: Promise<{ executablePath: string; args: string[] }> | undefined;

/** Path and flags of the Chromium to use; unpacks the npm package's browser on first use. */
export function findChromium(): Promise<{ executablePath: string; args: string[] }> {
  found ??= locateChromium();
  return found;
}

async function locateChromium(): Promise<{ executablePath: string; args: string[] }> {
  const sparticuz = await import('@sparticuz/chromium').catch(() => null);
  const args = chromiumArgs(sparticuz?.default.args ?? []);

  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
    return { executablePath: fromEnv, args };
  }
  if (!sparticuz) throw new Error(missingBrowserHelp('the @sparticuz/chromium package is not installed'));
  try {
    return { executablePath: await unpackSparticuz(sparticuz.default), args };
  } catch (error) {
    throw new Error(missingBrowserHelp(`unpacking @sparticuz/chromium failed: ${String(error)}`), { cause: error });
  }
}

/**
 * executablePath() unpacks into $TMPDIR and afterwards reuses whatever $TMPDIR/chromium holds,
 * whatever its version. So each package version gets its own project-local folder, and the
 * folder only gets its final name once unpacking has finished: an interrupted run leaves no
 * half-written browser behind.
 */
async function unpackSparticuz(sparticuz: { executablePath(): Promise<string> }): Promise<string> {
  const version = sparticuzVersion();
  const folder = join(projectRoot, '.tmp', `sparticuz-chromium-${version}`);
  const binary = join(folder, 'chromium');
  if (existsSync(binary)) return binary;

  const partial = `${folder}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  const previousTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = partial;
  try {
    await sparticuz.executablePath();
  } finally {
    if (previousTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmpdir;
  }
  if (!existsSync(binary)) {
    await rename(partial, folder).catch(() => rm(partial, { recursive: true, force: true }));
  }
  // Another process may have finished first; either way the folder is complete now.
  await rm(partial, { recursive: true, force: true });
  if (!existsSync(binary)) throw new Error(`no chromium binary in ${folder} after unpacking`);
  return binary;
}

/** The installed package's version (its package.json is not exported, so find it beside the entry point). */
function sparticuzVersion(): string {
  let folder = dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium'));
  for (;;) {
    const packageJson = join(folder, 'package.json');
    if (existsSync(packageJson)) {
      const { name, version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { name?: string; version?: string };
      if (name === '@sparticuz/chromium' && version) return version;
    }
    const parent = dirname(folder);
    if (parent === folder) throw new Error('cannot find the version of @sparticuz/chromium');
    folder = parent;
  }
}

function missingBrowserHelp(reason: string): string {
  return [
    `Cannot find Chromium for the browser tests: ${reason}.`,
    'Fix one of these:',
    '  - run `npm ci` so that the @sparticuz/chromium dev dependency (which ships a browser) is installed;',
    '  - or set CHROMIUM_PATH to a Chromium or Chrome binary, e.g. CHROMIUM_PATH=/usr/bin/chromium npm run test:e2e',
  ].join('\n');
}

export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await findChromium();
  return playwright.launch({ executablePath, args, headless: true });
}

const readerLocale = 'zh-CN';

/** A fresh browser profile as a Chinese reader has it. */
export function newReaderContext(
  browser: Browser,
  // serviceWorkers 'block': tests of the data layer that change what the server publishes, which the
  // app's service worker would otherwise answer from its precache.
  // userAgent: another device's browser (an iPhone's, for what the app offers there).
  options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark'; serviceWorkers?: 'allow' | 'block'; userAgent?: string } = {},
): Promise<BrowserContext> {
  return browser.newContext({ locale: readerLocale, ...options });
}

/**
 * A Chinese reader's browser whose profile (IndexedDB included) lives in `userDataDir`: closing
 * it and launching again on the same folder is a browser restart with the reader's data kept.
 */
export async function launchPersistentReaderContext(userDataDir: string): Promise<BrowserContext> {
  const { executablePath, args } = await findChromium();
  return playwright.launchPersistentContext(userDataDir, { executablePath, args, headless: true, locale: readerLocale });
}

export interface ServedApp {
  /** Base URL of the app, ending in a slash. */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Serve with COOP/COEP headers, so that pages and workers are cross-origin isolated and
   * performance.now() counts in 5 µs steps instead of 100 µs (benchmarks of fast queries).
   */
  crossOriginIsolated?: boolean;
  /**
   * A fixed port instead of a free one: a second build served on the port of the first is the
   * same origin, as a new version of the app deployed in place (service worker update tests).
   */
  port?: number;
  /**
   * The path the app is served under (e.g. '/papers/dubao/'), as on a static host where it is
   * not at the root; the build's relative URLs must work there as they are.
   */
  base?: string;
}

const isolationHeaders = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

/**
 * Serves the built app with `vite preview` on a free port of 127.0.0.1: dist/, or the folder
 * named by DUBAO_DIST (so that several builds can be tested side by side).
 */
export async function serveBuiltApp(outDir = process.env.DUBAO_DIST ?? 'dist', { crossOriginIsolated = false, port = 0, base = '/' }: ServeOptions = {}): Promise<ServedApp> {
  const dist = resolve(projectRoot, outDir);
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html does not exist: run \`npm run build\` before the browser tests.`);
  }
  const server: PreviewServer = await preview({
    root: projectRoot,
    configFile: false,
    logLevel: 'warn',
    base,
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false, ...(crossOriginIsolated && { headers: isolationHeaders }) },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address !== 'object') throw new Error('vite preview did not report its address');
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    close: () => server.close(),
  };
}

export interface DebuggableChromium {
  /** The DevTools protocol port on 127.0.0.1, for tools that drive the browser themselves (Lighthouse). */
  port: number;
  close(): Promise<void>;
}

/**
 * The same Chromium, started on its own with a remote-debugging port and a throwaway profile,
 * for a tool that connects over the DevTools protocol instead of through Playwright.
 */
export async function launchDebuggableChromium(): Promise<DebuggableChromium> {
  const { executablePath, args } = await findChromium();
  const profile = await mkdtemp(join(tmpdir(), 'dubao-chromium-'));
  const browser = spawn(executablePath, [...args, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const close = async () => {
    if (browser.exitCode === null && browser.signalCode === null) {
      const exited = once(browser, 'exit');
      browser.kill();
      await exited;
    }
    await rm(profile, { recursive: true, force: true });
  };
  try {
    // Chromium announces the port it picked on stderr.
    const port = await new Promise<number>((resolvePort, reject) => {
      let output = '';
      browser.stderr.setEncoding('utf8');
      browser.stderr.on('data', (chunk: string) => {
        output += chunk;
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
        if (match) resolvePort(Number(match[1]));
      });
      browser.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before opening its debugging port:\n${output}`)));
      browser.once('error', reject);
    });
    return { port, close };
  } catch (error) {
    await close();
    throw error;
  }
}
