// Article rows are stored leaner than the ArticleRow every caller sees: a field that is null is
// left out, and so are paper, date and page (their index keys paperKey, dateKey and pageKey hold
// them) and shard (shardOf gives it back). Some 60 bytes an article on disk, and less to write.
// Applied to the articles table of a database at schema version 2 or later (DubaoDatabase).
import type { DBCore, Middleware } from 'dexie';
import { shardOf } from '../search/shardOf';
import type { ArticleRow } from './rows';

const NULLABLE = ['section', 'kicker', 'title', 'subtitle', 'byline', 'dateline', 'summary', 'continuedFrom', 'captionOf'] as const;
const KEYED = [
  ['paper', 'paperKey'],
  ['date', 'dateKey'],
  ['page', 'pageKey'],
] as const;

type Stored = Partial<ArticleRow> & Pick<ArticleRow, 'id'>;

/** The row as stored: a copy, the caller's row is left as it is. */
export function toStoredArticle(row: ArticleRow): Stored {
  const stored: Record<string, unknown> = { ...row };
  // A field equal to its index key ('' stands for null there) comes back from the key.
  for (const [field, key] of KEYED) if (row[field] !== '' && (row[field] ?? '') === row[key]) delete stored[field];
  for (const field of NULLABLE) if (row[field] === null) delete stored[field];
  if (row.shard === shardOf(row)) delete stored.shard;
  return stored as Stored;
}

/** The row as callers see it; a full row is given back unchanged (and no row, for a key not found, as none). */
export function fromStoredArticle(stored: Stored): ArticleRow;
export function fromStoredArticle(stored: Stored | undefined): ArticleRow | undefined;
export function fromStoredArticle(stored: Stored | undefined): ArticleRow | undefined {
  if (stored === undefined || stored === null) return stored;
  const row = { ...stored } as Record<string, unknown>;
  for (const [field, key] of KEYED) if (!(field in row)) row[field] = row[key] === '' ? null : row[key];
  for (const field of NULLABLE) if (!(field in row)) row[field] = null;
  if (!('shard' in row)) row.shard = shardOf(row as unknown as ArticleRow);
  return row as unknown as ArticleRow;
}

/** Stores the articles table's rows lean (reading them back is DubaoDatabase's reading hook). */
export const storedArticleMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'storedArticle',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'articles') return table;
      return {
        ...table,
        mutate: (request) =>
          request.type === 'add' || request.type === 'put'
            ? table.mutate({ ...request, values: request.values.map((value: ArticleRow) => toStoredArticle(value)) })
            : table.mutate(request),
      };
    },
  }),
};
