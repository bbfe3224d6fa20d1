import type { TextSegment } from './markedSegments';

/**
 * Segments with their text converted (简→繁 for display), marks kept where they were. Each
 * segment converts on its own, so a mark never moves, whatever the conversion does to lengths.
 */
export function convertSegments(segments: readonly TextSegment[], convert: ((text: string) => string) | null): TextSegment[] {
  if (convert === null) return [...segments];
  return segments.map((segment) => ({ ...segment, text: convert(segment.text) }));
}
