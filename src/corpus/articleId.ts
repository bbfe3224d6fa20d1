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
  return sha256Hex(`${source}\n${firstCharacters(body || title || '', 20)}`).slice(0, 12);
}

/** The first n non-whitespace characters (code points) of a text. */
function firstCharacters(text: string, n: number): string {
  let key = '';
  let count = 0;
  for (const c of text) {
    if (/\s/u.test(c)) continue;
    key += c;
    if (++count === n) break;
  }
  return key;
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
