import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/corpus/parseDocument';
import type { CorpusItem } from '../../../src/corpus/types';
import { seedPages } from '../../helpers/seedPages';

// What a reader sees of an item: the same text must give the same items whatever the
// line ends, trailing spaces or blank-line runs of the file.
const reading = (items: CorpusItem[]) => items.map((i) => ({ kind: i.kind, kicker: i.kicker, title: i.title, subtitle: i.subtitle, byline: i.byline, paragraphs: i.paragraphs }));

describe('the parser reads variants of a page the same way', () => {
  for (const page of seedPages()) {
    const base = parseDocument(page.source, page.text).document;
    it(`${page.source}: CRLF and CR line ends`, () => {
      expect(reading(parseDocument(page.source, page.text.replace(/\n/gu, '\r\n')).document.items)).toEqual(reading(base.items));
      expect(reading(parseDocument(page.source, page.text.replace(/\n/gu, '\r')).document.items)).toEqual(reading(base.items));
    });
    it(`${page.source}: trailing spaces and doubled blank lines`, () => {
      const noisy = page.text.split('\n').map((l) => (l ? `${l}  \t` : l)).join('\n').replace(/\n\n/gu, '\n\n\n');
      expect(reading(parseDocument(page.source, noisy).document.items)).toEqual(reading(base.items));
    });
    it(`${page.source}: the same ids for the same text`, () => {
      expect(parseDocument(page.source, page.text).document.items.map((i) => i.id)).toEqual(base.items.map((i) => i.id));
    });
  }

  it('reads two pages joined in one file as the items of each page', () => {
    const [a, , , d] = seedPages();
    const joined = parseDocument('joined.txt', `${a.text}\n\n${d.text}`).document;
    const separate = [a, d].flatMap((p) => parseDocument(p.source, p.text).document.items);
    const headlines = (items: CorpusItem[]) => items.map((i) => [i.kicker, i.title, i.subtitle, i.paragraphs.length]);
    expect(headlines(joined.items)).toEqual(headlines(separate));
  });
});
