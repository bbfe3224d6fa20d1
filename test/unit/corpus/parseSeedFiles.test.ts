import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as ParseDocumentModule from '../../../src/corpus/parseDocument';
import { parseDocument } from '../../../src/corpus/parseDocument';
import { parseSeedFiles, type SeedFile } from '../../../src/corpus/parseSeedFiles';
import type { ParseResult } from '../../../src/corpus/types';
import { makeDocument, makeItem } from '../../helpers/corpusFixtures';

// The parser is replaced so these tests state what parseSeedFiles does around any parser.
vi.mock('../../../src/corpus/parseDocument', () => ({ parseDocument: vi.fn() }));
const parser = vi.mocked(parseDocument);

const encode = (text: string) => new TextEncoder().encode(text);
const file = (source: string, text: string): SeedFile => ({ source, bytes: encode(text) });

/** One item per blank-line block; a block `A03│…` sets the page of the items after it. */
function blockParser(source: string, text: string): ParseResult {
  const blocks = text.split(/\n\s*\n/).map((block) => block.trim()).filter(Boolean);
  const items = [];
  let page: string | null = null;
  let order = 0;
  for (const block of blocks) {
    const header = /^([A-Z]\d\d)│/.exec(block);
    if (header) {
      page = header[1];
      order = 0;
      continue;
    }
    items.push(makeItem({ id: block, page, order: order++, paragraphs: [block] }));
  }
  return { document: makeDocument({ source, items }), warnings: [] };
}

beforeEach(() => {
  parser.mockReset();
  parser.mockImplementation(blockParser);
});

describe('parseSeedFiles', () => {
  it('hands the parser each file as decoded LF text under its base name', () => {
    const { documents, warnings } = parseSeedFiles([file('a.txt', '本报讯 一。\r\n\r\n本报讯 二。\r\n')]);
    expect(parser).toHaveBeenCalledWith('a.txt', '本报讯 一。\n\n本报讯 二。\n');
    expect(documents.map((d) => d.source)).toEqual(['a.txt']);
    expect(documents[0].items.map((item) => item.id)).toEqual(['本报讯 一。', '本报讯 二。']);
    expect(warnings).toEqual([]);
  });

  it('returns documents only for files that produced one, with the decoder warnings', () => {
    const files = [file('good.txt', '本报讯 好。'), { source: 'empty.txt', bytes: new Uint8Array() }, file('bin.txt', 'ab\0cd')];
    const { documents, warnings } = parseSeedFiles(files);
    expect(documents.map((d) => d.source)).toEqual(['good.txt']);
    expect(warnings).toEqual([
      { source: 'empty.txt', line: null, message: 'empty file, skipped' },
      { source: 'bin.txt', line: null, message: 'binary file, skipped' },
    ]);
    expect(parser).toHaveBeenCalledTimes(1);
  });

  it('turns a parser exception into a warning naming the file, and parses the other files', () => {
    parser.mockImplementation((source, text) => {
      if (source === 'bad.txt') throw new RangeError('Maximum call stack size exceeded');
      return blockParser(source, text);
    });
    const { documents, warnings } = parseSeedFiles([file('bad.txt', '本报讯 坏。'), file('good.txt', '本报讯 好。')]);
    expect(documents.map((d) => d.source)).toEqual(['good.txt']);
    expect(warnings).toEqual([{ source: 'bad.txt', line: null, message: 'parser failed: RangeError: Maximum call stack size exceeded' }]);
  });

  it('passes on the parser warnings', () => {
    parser.mockImplementation((source, text) => ({ ...blockParser(source, text), warnings: [{ source, line: 2, message: 'odd line' }] }));
    expect(parseSeedFiles([file('a.txt', '本报讯 一。\n二')]).warnings).toEqual([{ source: 'a.txt', line: 2, message: 'odd line' }]);
  });

  describe('a file over the size limit', () => {
    // 40 paragraphs of 3 lines (and a blank line) each; a page header stands in the first part.
    const paragraphs = Array.from({ length: 40 }, (_, i) => `本报讯 第${i}段开头\n第${i}段中间\n第${i}段结尾。`);
    paragraphs[5] = 'A03│要闻 2022年2月9日 星期三';
    const text = paragraphs.join('\n\n') + '\n';
    const limit = Math.ceil(encode(text).length / 4);

    it('is parsed in parts cut at paragraph ends, with a warning', () => {
      const { warnings } = parseSeedFiles([file('big.txt', text)], { maxPartBytes: limit });
      expect(parser.mock.calls.length).toBeGreaterThanOrEqual(3);
      for (const [, part] of parser.mock.calls) expect(part.trimEnd()).toMatch(/[。日三]$/);
      expect(parser.mock.calls.map(([, part]) => part).join('')).toBe(text);
      expect(warnings).toEqual([{ source: 'big.txt', line: null, message: expect.stringMatching(/^large file \(0\.0 MB\) parsed in \d parts/) }]);
    });

    it('gives the same items as one whole parse, ordered on their pages across the seams', () => {
      const whole = blockParser('big.txt', text).document;
      const { documents } = parseSeedFiles([file('big.txt', text)], { maxPartBytes: limit });
      expect(parser.mock.calls.at(-1)?.[1]).not.toContain('A03');
      expect(documents).toHaveLength(1);
      expect(documents[0].items).toEqual(whole.items);
      expect(documents[0].items.at(-1)).toMatchObject({ page: 'A03', order: 33 });
    });

    it('numbers parser warnings by the lines of the whole file', () => {
      parser.mockImplementation((source, part) => ({ ...blockParser(source, part), warnings: [{ source, line: 1, message: 'first line' }] }));
      const { warnings } = parseSeedFiles([file('big.txt', text)], { maxPartBytes: limit });
      const parts = parser.mock.calls.map(([, part]) => part);
      const partStarts = parts.map((_, i) => parts.slice(0, i).join('').split('\n').length);
      expect(partStarts[1]).toBeGreaterThan(1);
      expect(warnings.filter((w) => w.message === 'first line').map((w) => w.line)).toEqual(partStarts);
    });

    it('keeps the parts that parsed when one part fails', () => {
      let call = 0;
      parser.mockImplementation((source, part) => {
        if (++call === 2) throw new Error('boom');
        return blockParser(source, part);
      });
      const { documents, warnings } = parseSeedFiles([file('big.txt', text)], { maxPartBytes: limit });
      expect(documents).toHaveLength(1);
      expect(documents[0].items.length).toBeGreaterThan(0);
      expect(warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^parser failed on part 2 of \d \(from line \d+\): Error: boom$/));
    });
  });

  it('with the real parser, gives one document per seed, named after its file', async () => {
    const actual = await vi.importActual<typeof ParseDocumentModule>('../../../src/corpus/parseDocument');
    parser.mockImplementation(actual.parseDocument);
    const seedsDir = join(__dirname, '../../../seeds');
    const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).map((name) => ({ source: name, bytes: readFileSync(join(seedsDir, name)) }));
    const { documents } = parseSeedFiles(seeds);
    expect(documents.map((d) => d.source)).toEqual(seeds.map((s) => s.source));
    for (const document of documents) expect(document.items.length).toBeGreaterThan(0);
  });
});
