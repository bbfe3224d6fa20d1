import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/corpus/parseDocument';
import type { ParsedDocument } from '../../../src/corpus/types';
import { seedPages } from '../../helpers/seedPages';

// Letters and digits by character, counted independently of the parser.
const count = (texts: readonly (string | null)[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const t of texts) for (const c of t ?? '') if (/[\p{L}\p{N}]/u.test(c)) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
};

function keptTexts(doc: ParsedDocument): string[] {
  const out = [...doc.furniture, ...doc.residue];
  for (const item of doc.items) {
    const body = item.paragraphs.join('');
    out.push(item.kicker ?? '', item.title ?? '', item.subtitle ?? '', body);
    for (const f of [item.byline, item.dateline, item.summary]) if (f && !body.replace(/\s+/gu, '').includes(f.replace(/\s+/gu, ''))) out.push(f);
  }
  return out;
}

// Pieces that make the parser's rules fire: leads, bylines, captions, headlines, jump lines, list markers.
const LAYOUT_PIECES = ['本报讯（记者张苗）', '据新华社北京2月6日电（记者胡喆）', '本报记者 王学典', '□丁 垒', '图①', '⬆', '本报记者 宋崇飞 摄',
  '（上接A01版①）', '核心提示', '●', '- ', '1.', '——', 'JIAOZUO DAILY', 'A07│科技创新 2022年2月9日 星期三', '（据中国政府网）',
  '。', '，', '？', '！', '“', '”', '（', '）', ' ', '\n', '\n\n', '\r\n', '\t', 'BA.2', '3D', '<script>alert(1)</script>'];

const pageText = fc.array(
  fc.oneof(
    fc.constantFrom(...LAYOUT_PIECES),
    fc.string({ unit: fc.constantFrom(...'近段时间多国报告奥密克戎毒株亚型变异市科协党建教育学校新闻讯记者通讯员') , maxLength: 30 }),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
  ),
  { maxLength: 120 },
).map((parts) => parts.join(''));

// A fixed seed keeps CI deterministic; set FC_SEED to explore other inputs (30,000 random pages
// and 1,500 shuffled seed pages were run that way while writing the parser).
const seed = Number(process.env.FC_SEED ?? 20261129);

describe('parser properties', () => {
  it('never throws and keeps every letter and digit of random pages, inventing none', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const doc = parseDocument('random.txt', text).document;
        expect(count(keptTexts(doc))).toEqual(count([text]));
      }),
      { numRuns: 400, seed },
    );
  });

  it('keeps every character of seed pages whose blocks are shuffled', () => {
    const pages = seedPages();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: pages.length - 1 }), fc.integer(), (p, seed) => {
        const blocks = pages[p].text.split(/\n\s*\n/u);
        const shuffled = fc.sample(fc.shuffledSubarray(blocks, { minLength: blocks.length, maxLength: blocks.length }), { seed, numRuns: 1 })[0];
        const text = shuffled.join('\n\n');
        const doc = parseDocument(pages[p].source, text).document;
        expect(count(keptTexts(doc))).toEqual(count([text]));
        expect(new Set(doc.items.map((i) => i.id)).size).toBe(doc.items.length);
      }),
      { numRuns: 40, seed },
    );
  });

  it('reads a 100,000-character line and a page of punctuation or whitespace only', () => {
    for (const text of ['奥'.repeat(100_000), '。，、；：？！'.repeat(2000), ' \n\t\r\n'.repeat(5000), '\u0000\ufeff\ud800x']) {
      const doc = parseDocument('odd.txt', text).document;
      expect(count(keptTexts(doc))).toEqual(count([text]));
    }
  });
});
