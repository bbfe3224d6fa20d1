/** What a list says of an article the reader opened: read through, or how far (whole percent). */
export type ReadingMark = { kind: 'read' } | { kind: 'partial'; percent: number };

/** Progress from here on counts as read: the last lines often sit above the window's bottom. */
export const readThrough = 0.95;

export function readingMark(progress: number): ReadingMark {
  if (progress >= readThrough) return { kind: 'read' };
  return { kind: 'partial', percent: Math.floor(Math.max(0, progress) * 100) };
}
