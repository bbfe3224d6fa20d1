import { matchRanges } from '../search/matchRanges';
import { normalizeText } from '../search/normalizeText';
import { parseQuery } from '../search/parseQuery';
import { markedSegments, type TextSegment } from './markedSegments';

/**
 * The normalized forms of a query's terms, to mark in an article's text. No 繁→简 conversion
 * here (it would load opencc on the page): search links carry the terms the engine searched.
 */
export function highlightNeedles(query: string): string[] {
  return [...new Set(parseQuery(query).map(normalizeText).filter((term) => term !== ''))];
}

/** `text` cut into segments with every match of `needles` marked (one plain segment when none). */
export function highlightText(text: string, needles: readonly string[]): TextSegment[] {
  return markedSegments(text, needles.length === 0 ? [] : matchRanges(text, needles));
}

/**
 * Each paragraph cut into segments. Matches are found in the paragraphs joined with '\n' (as the
 * index reads the body), so a match that runs across a paragraph break is marked in both parts.
 */
export function highlightParagraphs(paragraphs: readonly string[], needles: readonly string[]): TextSegment[][] {
  const ranges = needles.length === 0 ? [] : matchRanges(paragraphs.join('\n'), needles);
  let offset = 0;
  return paragraphs.map((paragraph) => {
    const own = ranges.map(({ start, end }) => ({ start: start - offset, end: end - offset }));
    offset += paragraph.length + 1;
    return markedSegments(paragraph, own);
  });
}
