import { sha256Hex } from './sha256Hex.ts';

// Pack ids appear in file names and URLs, so they are ASCII and URL-safe.
// A Chinese paper name has no good ASCII slug, so an edition id pairs the readable
// date with a short hash of the paper name.

/** `e-2022-02-09-<first 10 hex of sha256(paper)>` */
export function editionPackId(paper: string, date: string): string {
  return `e-${slugOrHash(date, date)}-${sha256Hex(paper).slice(0, 10)}`;
}

/**
 * `src-<seed file name without .txt>`, e.g. src-000_2bc5e1aa8259982a. A name that is not
 * already lowercase ASCII gets a hash suffix, so 报纸.txt and 新闻.txt (or A.txt and a.txt) never collide.
 */
export function sourcePackId(source: string): string {
  const base = source.replace(/\.txt$/i, '');
  return `src-${slugOrHash(base, source)}`;
}

function slugOrHash(text: string, hashedText: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === text && slug !== '') return slug;
  const suffix = sha256Hex(hashedText).slice(0, 8);
  return slug === '' ? suffix : `${slug}-${suffix}`;
}
