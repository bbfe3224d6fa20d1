import type { CorpusItem } from '../corpus/types';

/**
 * The dateline to show above the body, or null. Usually the dateline (据新华社…电) is also the
 * opening of the first paragraph, and showing it twice would read as a typo.
 */
export function separateDateline(item: Pick<CorpusItem, 'dateline' | 'paragraphs'>): string | null {
  if (item.dateline === null || item.dateline.trim() === '') return null;
  const opening = (item.paragraphs[0] ?? '').trimStart();
  return opening.startsWith(item.dateline.trim()) ? null : item.dateline;
}
