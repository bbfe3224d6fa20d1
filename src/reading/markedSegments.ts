/** A stretch of displayed text, marked when it is a match of the query. */
export interface TextSegment {
  text: string;
  marked: boolean;
}

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Cuts `text` into plain and marked segments at the given offsets, so a component can render
 * matches as <mark> elements around text (never as an HTML string). Ranges may come unsorted,
 * overlapping or out of bounds: they are clamped and merged.
 */
export function markedSegments(text: string, ranges: readonly TextRange[]): TextSegment[] {
  const clamped = ranges
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(text.length, end) }))
    .filter(({ start, end }) => start < end)
    .sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const { start, end } of clamped) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) segments.push({ text: text.slice(at, from), marked: false });
    const last = segments.at(-1);
    if (last?.marked && from === at) last.text += text.slice(from, end);
    else segments.push({ text: text.slice(from, end), marked: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), marked: false });
  return segments;
}
