import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build, createServer, type InlineConfig, type ViteDevServer } from 'vite';
import { corpusPlugin } from '../../../src/build/corpusPlugin';
import type { CorpusManifest, CorpusPack } from '../../../src/build/packFormat';

// The plugin end to end, on a throw-away project: what `vite build` writes and what `vite` serves.
// It runs the real parser, so it asserts the plumbing (files, hashes, counts), not parse results.

const seedA = '本报讯 今天天气晴朗，市民纷纷外出踏青。\n\n记者 张三\n';
const seedB = '据新华社北京2月8日电 新的一年开始了。\n';
let root: string;

function originOf(server: ViteDevServer): string {
  const address = server.httpServer?.address();
  if (address === null || typeof address !== 'object') throw new Error('dev server has no address');
  return `http://127.0.0.1:${address.port}`;
}

function config(): InlineConfig {
  return { root, configFile: false, logLevel: 'silent', plugins: [corpusPlugin({ seedsDir: 'seeds' })] };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dubao-corpus-plugin-'));
  await mkdir(join(root, 'seeds'));
  await writeFile(join(root, 'seeds', 'a.txt'), seedA);
  await writeFile(join(root, 'seeds', 'b.txt'), seedB);
  await writeFile(join(root, 'seeds', 'notes.md'), '# not a seed');
  await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('corpusPlugin in vite build', () => {
  it('writes a manifest whose packs exist with the stated hash, size and count', async () => {
    const outDir = join(root, 'dist');
    await build({ ...config(), build: { outDir, emptyOutDir: true } });

    const manifest = JSON.parse(await readFile(join(outDir, 'corpus', 'manifest.json'), 'utf8')) as CorpusManifest;
    expect(manifest.generatedFrom).toBe(2);
    expect(manifest.packs.length).toBeGreaterThan(0);
    for (const entry of manifest.packs) {
      expect(entry.file).toMatch(new RegExp(`^corpus/${entry.id}\\.[0-9a-f]{8}\\.json$`));
      const bytes = await readFile(join(outDir, entry.file));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.hash);
      expect(entry.file).toContain(entry.hash.slice(0, 8));
      expect(bytes.byteLength).toBe(entry.size);
      const pack = JSON.parse(bytes.toString('utf8')) as CorpusPack;
      expect(pack.id).toBe(entry.id);
      expect(pack.items).toHaveLength(entry.count);
    }
  });
});

describe('corpusPlugin in the dev server', () => {
  let server: ViteDevServer;
  let origin: string;

  beforeAll(async () => {
    server = await createServer({ ...config(), server: { host: '127.0.0.1', port: 0, ws: false } });
    await server.listen();
    origin = originOf(server);
  });

  afterAll(async () => {
    await server.close();
  });

  const getManifest = async () => (await (await fetch(`${origin}/corpus/manifest.json`)).json()) as CorpusManifest;

  it('serves the manifest and its packs from memory', async () => {
    const manifest = await getManifest();
    expect(manifest.generatedFrom).toBe(2);
    const response = await fetch(`${origin}/${manifest.packs[0]?.file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(((await response.json()) as CorpusPack).id).toBe(manifest.packs[0]?.id);
  });

  it('re-parses when a seed file is added and asks the page to reload', async () => {
    const reload = vi.spyOn(server.ws, 'send');
    await writeFile(join(root, 'seeds', 'c.txt'), seedB.replace('新的一年', '又一年'));
    await vi.waitFor(async () => expect((await getManifest()).generatedFrom).toBe(3), { timeout: 10_000, interval: 100 });
    await vi.waitFor(() => expect(reload).toHaveBeenCalledWith({ type: 'full-reload', path: '*' }));
  });
});

describe('corpusPlugin in the dev server without seeds', () => {
  it('still serves the app, and fails only the corpus requests', async () => {
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [corpusPlugin({ seedsDir: 'no-such-folder' })],
      server: { host: '127.0.0.1', port: 0, ws: false },
    });
    try {
      await server.listen();
      const origin = originOf(server);
      expect((await fetch(`${origin}/`)).status).toBe(200);
      expect((await fetch(`${origin}/corpus/manifest.json`)).status).toBe(500);
    } finally {
      await server.close();
    }
  });
});
