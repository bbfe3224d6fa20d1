// What "nothing lost, nothing invented" means for the parser, counted independently of it.
import type { ParsedDocument } from '../../src/corpus/types';

/**
 * Every kept text of a document: headlines, bodies, furniture, residue, and the fields that may
 * repeat the body (byline, dateline, summary) only when they do not repeat it.
 */
export function keptTexts(doc: ParsedDocument): string[] {
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

/**
 * Characters the parser must keep exactly: everything but whitespace (it removes the spaces the
 * extraction put between characters and the line breaks inside a paragraph), control characters
 * (the decoder removes them) and the layout marks below. Punctuation, symbols, markup such as
 * `<script>`, U+FFFD and lone surrogates are all counted.
 */
const CONSERVED = /[^\s\p{Cc}]/u;

/**
 * Marks of layout, not of content, that the parser may drop but never adds: the —— that
 * introduces a subtitle and the brackets around a credit read as a byline (（据中国政府网）).
 */
export const LAYOUT_MARKS = new Set(['—', '（', '）']);

/** Counts of each conserved character (by code point) in `texts`. */
export function countConserved(texts: readonly (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const c of text ?? '') if (CONSERVED.test(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/**
 * What the document lost or invented against the source text: `{ char: kept − source }` for each
 * character whose count differs, leaving out layout marks that were only dropped. Empty when
 * every character is conserved.
 */
export function conservationErrors(source: string, doc: ParsedDocument): Record<string, number> {
  const before = countConserved([source]);
  const after = countConserved(keptTexts(doc));
  const errors: Record<string, number> = {};
  for (const c of new Set([...before.keys(), ...after.keys()])) {
    const change = (after.get(c) ?? 0) - (before.get(c) ?? 0);
    if (change > 0 || (change < 0 && !LAYOUT_MARKS.has(c))) errors[c] = change;
  }
  return errors;
}
