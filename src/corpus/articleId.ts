import { sha256Hex } from './sha256Hex.ts';

/**
 * THE ARTICLE ID RULE. Bookmarks, reading progress and shared links store these ids:
 * changing this rule is a migration of stored user data.
 *
 * id = first 12 hex digits of SHA-256( source + "\n" + key )
 *   source: the seed file's base name, e.g. 000_2bc5e1aa8259982a.txt
 *   key:    the first 20 non-whitespace characters of the item's body (its paragraphs joined);
 *           for an item without body text, its title.
 * When two items of one file share an id, the later ones get "-2", "-3", … in page order.
 */
export function articleIdBase(source: string, body: string, title: string | null): string {
  const key = [...(body || title || '').replace(/\s+/gu, '')].slice(0, 20).join('');
  return sha256Hex(`${source}\n${key}`).slice(0, 12);
}

/** Gives each item its id, suffixing collisions in order. */
export function assignIds(source: string, items: readonly { body: string; title: string | null }[]): string[] {
  const seen = new Map<string, number>();
  return items.map(({ body, title }) => {
    const base = articleIdBase(source, body, title);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
