import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build, createLogger } from 'vite';
import { corpusPlugin } from '../../../src/build/corpusPlugin';
import type { CorpusManifest, CorpusPack } from '../../../src/build/packFormat';

// A seed folder with broken files among good ones: `vite build` names each bad file (and its
// line, when one is to blame) and ships every story of the good ones.

// The real parser, except on one file whose text makes it throw, as a parser bug would.
vi.mock('../../../src/corpus/parseDocument', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/corpus/parseDocument')>();
  return {
    parseDocument: (source: string, text: string) => {
      if (source === 'crash.txt') throw new TypeError("Cannot read properties of undefined (reading 'lines')");
      return actual.parseDocument(source, text);
    },
  };
});

const good = {
  'a.txt': '本报讯 今天天气晴朗，市民纷纷外出踏青。\n\n记者 张三\n',
  'b.txt': '据新华社北京2月8日电 新的一年开始了。\n',
};
const utf8 = (text: string) => new TextEncoder().encode(text);
// invalid UTF-8 on line 3 (a byte 0xFF in the middle of it); the rest of the file still reads
const broken = (() => {
  const bytes = utf8('本报讯 第一行。\n第二行。\n第三行坏了，后面还有字。\n第四行。\n');
  const at = utf8('本报讯 第一行。\n第二行。\n第三').length;
  return Uint8Array.from([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
})();

let root: string;
const logged: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dubao-bad-seeds-'));
  const seeds = join(root, 'seeds');
  await mkdir(seeds);
  for (const [name, text] of Object.entries(good)) await writeFile(join(seeds, name), text);
  await writeFile(join(seeds, 'broken.txt'), broken);
  await writeFile(join(seeds, 'photo.txt'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  await writeFile(join(seeds, 'empty.txt'), '');
  await writeFile(join(seeds, 'crash.txt'), '本报讯 这一页让解析器出错。\n');
  await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>');

  const logger = createLogger('warn');
  logger.warn = (message) => void logged.push(message);
  await build({
    root,
    configFile: false,
    customLogger: logger,
    logLevel: 'warn',
    plugins: [corpusPlugin({ seedsDir: 'seeds' })],
    build: { outDir: join(root, 'dist'), emptyOutDir: true },
  });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function shippedSources(): Promise<Set<string>> {
  const dist = join(root, 'dist');
  const manifest = JSON.parse(await readFile(join(dist, 'corpus', 'manifest.json'), 'utf8')) as CorpusManifest;
  const sources = new Set<string>();
  for (const entry of manifest.packs) {
    const pack = JSON.parse(await readFile(join(dist, entry.file), 'utf8')) as CorpusPack;
    for (const item of pack.items) sources.add(item.source);
  }
  return sources;
}

describe('vite build with bad seed files', () => {
  it('names each bad file, with the line to blame when there is one', () => {
    expect(logged).toEqual(expect.arrayContaining([
      'seeds/broken.txt:3: invalid UTF-8 bytes replaced by U+FFFD',
      'seeds/photo.txt: binary file, skipped',
      'seeds/empty.txt: empty file, skipped',
      "seeds/crash.txt: parser failed: TypeError: Cannot read properties of undefined (reading 'lines')",
    ]));
  });

  it('ships the stories of the good files, and what a damaged file still holds', async () => {
    expect([...(await shippedSources())].sort()).toEqual(['a.txt', 'b.txt', 'broken.txt']);
  });

  it('counts every seed file read, bad ones included', async () => {
    const manifest = JSON.parse(await readFile(join(root, 'dist', 'corpus', 'manifest.json'), 'utf8')) as CorpusManifest;
    expect(manifest.generatedFrom).toBe(6);
  });
});
