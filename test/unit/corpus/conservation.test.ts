import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/corpus/parseDocument';
import type { ParsedDocument } from '../../../src/corpus/types';
import { seedPages } from '../../helpers/seedPages';

// Counted independently of the parser: every letter and digit of the page, by character.
const count = (texts: (string | null)[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const t of texts) for (const c of (t ?? '').replace(/\s+/gu, '')) if (/[\p{L}\p{N}]/u.test(c)) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
};

/** Every kept text of a document: headlines, bodies, furniture, residue, and repeating fields only when they do not repeat. */
function keptTexts(doc: ParsedDocument): string[] {
  const out: string[] = [...doc.furniture, ...doc.residue];
  for (const item of doc.items) {
    const body = item.paragraphs.join('');
    out.push(item.kicker ?? '', item.title ?? '', item.subtitle ?? '', body);
    for (const f of [item.byline, item.dateline, item.summary]) {
      if (f && !body.replace(/\s+/gu, '').includes(f.replace(/\s+/gu, ''))) out.push(f);
    }
  }
  return out;
}

describe('nothing is lost', () => {
  for (const page of seedPages()) {
    it(`keeps every letter and digit of ${page.source}, and invents none`, () => {
      const doc = parseDocument(page.source, page.text).document;
      expect(count(keptTexts(doc))).toEqual(count([page.text]));
    });
  }
});
