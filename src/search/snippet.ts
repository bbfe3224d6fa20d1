import type { Snippet } from './types';
import { matchRanges, type Range } from './matchRanges';

export const SNIPPET_WIDTH = 60;
/** How much text before the first match a snippet shows, at most. */
const LEAD = 20;
const SENTENCE_END = /[。！？；!?;\n]/gu;

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Moves an offset off the middle of a surrogate pair, backwards. */
function snap(text: string, offset: number): number {
  return offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset)) ? offset - 1 : offset;
}

/** Where the window around the first match starts: up to LEAD characters before it, from a sentence start if one is near. */
function windowStart(body: string, first: Range): number {
  const earliest = Math.max(0, first.start - LEAD);
  let start = earliest;
  for (const end of body.slice(earliest, first.start).matchAll(SENTENCE_END)) start = earliest + end.index + 1;
  return snap(body, start);
}

/**
 * About `width` displayed characters of `body` around the first match of `needles` (normalized
 * forms), with every match inside marked as offsets into the snippet text; the start of the body
 * when nothing matches there (a headline-only hit). Line breaks become spaces, so offsets hold.
 */
export function makeSnippet(body: string, needles: readonly string[], width = SNIPPET_WIDTH): Snippet {
  const ranges = matchRanges(body, needles);
  const first = ranges[0];
  let start = first ? windowStart(body, first) : 0;
  let end = Math.min(body.length, Math.max(start + width, first ? first.end : 0));
  if (end - start < width) start = snap(body, Math.max(0, end - width));
  end = end < body.length && isLowSurrogate(body.charCodeAt(end)) ? end + 1 : end;
  const matches = ranges
    .filter((range) => range.start < end && range.end > start)
    .map((range) => ({ start: Math.max(range.start, start) - start, end: Math.min(range.end, end) - start }));
  return { text: body.slice(start, end).replace(/\n/g, ' '), matches };
}
