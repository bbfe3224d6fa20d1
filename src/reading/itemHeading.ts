import type { CorpusItem } from '../corpus/types';

export interface ItemHeading {
  text: string;
  /** True when the item has no title and the text is the start of its body instead. */
  fromBody: boolean;
}

const excerptLength = 24;

/** What to call an item in a list: its title, or else the first words of its body. */
export function itemHeading(item: Pick<CorpusItem, 'title' | 'paragraphs'>): ItemHeading {
  if (item.title !== null && item.title.trim() !== '') return { text: item.title, fromBody: false };
  // Count characters, not UTF-16 units, so a rare CJK character is never cut in half.
  const body = Array.from(item.paragraphs.join(' ').trim());
  const text = body.length > excerptLength ? `${body.slice(0, excerptLength).join('')}…` : body.join('');
  return { text, fromBody: true };
}
