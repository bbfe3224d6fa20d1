import { normalizeWithOffsets } from './normalizeText';

export interface Range {
  start: number;
  end: number;
}

/** Ranges of `normalized` where any of `needles` occurs (overlapping occurrences included), unsorted. */
export function findOccurrences(normalized: string, needles: readonly string[]): Range[] {
  const found: Range[] = [];
  for (const needle of needles) {
    if (needle === '') continue;
    for (let at = normalized.indexOf(needle); at !== -1; at = normalized.indexOf(needle, at + 1)) {
      found.push({ start: at, end: at + needle.length });
    }
  }
  return found;
}

/** Sorts ranges and merges those that overlap or touch. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * Where the normalized `needles` occur in displayed `text`, as sorted, merged offsets into
 * `text` (a match found across a line break or a removed space spans it).
 */
export function matchRanges(text: string, needles: readonly string[]): Range[] {
  const normalized = normalizeWithOffsets(text);
  const ranges = findOccurrences(normalized.text, needles).map(({ start, end }) => ({
    start: normalized.start[start],
    end: normalized.end[end - 1],
  }));
  return mergeRanges(ranges);
}
