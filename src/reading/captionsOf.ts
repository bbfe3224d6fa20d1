import type { CorpusItem } from '../corpus/types';

/** The captions that illustrate an item, in page order. */
export function captionsOf<T extends CorpusItem>(itemId: string, items: readonly T[]): T[] {
  return items.filter((i) => i.kind === 'caption' && i.captionOf === itemId).sort((a, b) => a.order - b.order);
}
