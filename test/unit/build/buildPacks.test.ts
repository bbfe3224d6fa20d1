import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildPacks, manifestJson } from '../../../src/build/buildPacks';
import type { CorpusPack } from '../../../src/build/packFormat';
import { makeDocument, makeItem } from '../../helpers/corpusFixtures';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const documents = [
  makeDocument({
    source: '000.txt',
    paper: '焦作日报',
    pages: [{ page: 'A07', section: '科技创新', date: '2022-02-09' }],
    items: [makeItem({ id: 'a', date: '2022-02-09', title: '人工3D脊髓组织', paragraphs: ['据新华社耶路撒冷2月8日电'] })],
  }),
  makeDocument({ source: '001.txt', items: [makeItem({ id: 'b', paragraphs: ['本报讯'] })] }),
];

describe('buildPacks', () => {
  const { files, manifest } = buildPacks(documents, 2);

  it('names each pack file by its id and the first 8 hex of the SHA-256 of its bytes', () => {
    expect(files).toHaveLength(2);
    for (const [i, file] of files.entries()) {
      const entry = manifest.packs[i];
      expect(entry?.hash).toBe(sha256(file.json));
      expect(file.fileName).toBe(`corpus/${entry?.id}.${entry?.hash.slice(0, 8)}.json`);
      expect(entry?.file).toBe(file.fileName);
    }
  });

  it('lists size in bytes, item count and edition of each pack', () => {
    const [edition, undated] = manifest.packs;
    expect(edition).toMatchObject({ count: 1, paper: '焦作日报', date: '2022-02-09', source: null });
    expect(undated).toMatchObject({ id: 'src-001', count: 1, paper: null, date: null, source: '001.txt' });
    // CJK text takes 3 bytes a character in UTF-8, so bytes, not string length.
    expect(edition?.size).toBe(Buffer.byteLength(files[0]?.json ?? ''));
    expect(edition?.size).toBeGreaterThan(files[0]?.json.length ?? 0);
  });

  it('writes packs that carry the items with their source', () => {
    const pack = JSON.parse(files[0]?.json ?? '') as CorpusPack;
    expect(pack.items[0]).toMatchObject({ id: 'a', source: '000.txt', title: '人工3D脊髓组织' });
    expect(pack.pages).toEqual([{ page: 'A07', section: '科技创新', date: '2022-02-09', source: '000.txt' }]);
  });

  it('records how many seed files the corpus came from', () => {
    expect(manifest.generatedFrom).toBe(2);
  });

  it('keeps the version of an unchanged corpus and changes it when any item changes', () => {
    expect(manifest.version).toMatch(/^[0-9a-f]{16}$/);
    expect(buildPacks([...documents].reverse(), 2).manifest.version).toBe(manifest.version);

    const edited = documents.map((d) =>
      d.source === '001.txt' ? { ...d, items: [makeItem({ id: 'b', paragraphs: ['本报讯。'] })] } : d,
    );
    const rebuilt = buildPacks(edited, 2);
    expect(rebuilt.manifest.version).not.toBe(manifest.version);
    // Only the changed pack gets a new file; the other can stay cached.
    expect(rebuilt.files[0]?.fileName).toBe(files[0]?.fileName);
    expect(rebuilt.files[1]?.fileName).not.toBe(files[1]?.fileName);
  });

  it('gives an empty corpus an empty manifest', () => {
    const empty = buildPacks([], 0);
    expect(empty.files).toEqual([]);
    expect(empty.manifest).toMatchObject({ generatedFrom: 0, packs: [] });
  });
});

describe('manifestJson', () => {
  it('is the manifest as JSON, ending in a newline', () => {
    const { manifest } = buildPacks(documents, 2);
    const text = manifestJson(manifest);
    expect(JSON.parse(text)).toEqual(manifest);
    expect(text.endsWith('\n')).toBe(true);
  });
});
