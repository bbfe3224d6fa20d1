// Builds the app as `npm run build` does, into a folder of its own, from a folder of seed files:
// a test that needs two versions of the app (v1, then v2 with another corpus) builds both.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface AppBuild {
  /** Output folder, relative to the project root (as serveBuiltApp takes it). */
  outDir: string;
  /** Folder of seed .txt files; seeds/ when left out. */
  seedsDir?: string;
}

export async function buildApp({ outDir, seedsDir }: AppBuild): Promise<void> {
  // vite.config.ts leaves out the corpus and the service worker under VITEST, and Vitest's
  // NODE_ENV=test would make a development build (no service worker registered): this build is
  // the one `npm run build` makes.
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'DUBAO_SEEDS'),
  );
  if (seedsDir !== undefined) env.DUBAO_SEEDS = seedsDir;
  const child = spawn('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`vite build into ${outDir} failed (exit ${code}):\n${output}`);
}
