import { isTypingTarget } from './isTypingTarget';

export type ReadingShortcut = 'next' | 'previous' | 'bookmark';

const shortcuts: Record<string, ReadingShortcut> = { j: 'next', k: 'previous', b: 'bookmark' };

/** The article page's shortcut a key press asks for: j / k next / previous article, b bookmark. */
export function readingShortcutOf(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): ReadingShortcut | null {
  if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return null;
  return shortcuts[event.key] ?? null;
}
