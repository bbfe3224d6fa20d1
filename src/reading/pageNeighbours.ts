import type { ReaderItem } from './readerItem';

export interface PageNeighbours<T = ReaderItem> {
  previous: T | null;
  next: T | null;
}

type PlacedItem = Pick<ReaderItem, 'id' | 'kind' | 'captionOf' | 'order'>;

/**
 * The items before and after `id` among a page's items, in their order on the page. Captions of
 * an article on the page are read with that article, so they are skipped, as the home list does.
 */
export function pageNeighbours<T extends PlacedItem>(pageItems: readonly T[], id: string): PageNeighbours<T> {
  const ids = new Set(pageItems.map((item) => item.id));
  const listed = [...pageItems]
    .filter((item) => item.id === id || !(item.kind === 'caption' && item.captionOf !== null && ids.has(item.captionOf)))
    .sort((a, b) => a.order - b.order);
  const at = listed.findIndex((item) => item.id === id);
  if (at === -1) return { previous: null, next: null };
  return { previous: listed[at - 1] ?? null, next: listed[at + 1] ?? null };
}
