import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DexieOptions } from 'dexie';
import { test } from 'vitest';
import { indexKeyOf } from '../../../../src/db/articlesQueries';
import type { DubaoDatabase } from '../../../../src/db/DubaoDatabase';
import { openDatabase } from '../../../../src/db/openDatabase';
import type { ArticleRow } from '../../../../src/db/rows';
import { shardOf } from '../../../../src/search/shardOf';
import { makeItem } from '../../../helpers/corpusFixtures';

export const TEST_DATABASE_NAME = 'dubao-test';

/** A fresh, empty IndexedDB (fake-indexeddb): no test sees another's data. */
export function freshIndexedDb(): Required<Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>> {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/** The app's database at the current schema, in a fresh IndexedDB unless one is given. */
export function openTestDatabase(idb = freshIndexedDb()): Promise<DubaoDatabase> {
  return openDatabase({ name: TEST_DATABASE_NAME, ...idb });
}

/** `it` with a `db` fixture: the app's database in a fresh IndexedDB, closed after the test. */
export const itWithDb = test.extend<{ db: DubaoDatabase }>({
  db: async ({}, use) => {
    const db = await openTestDatabase();
    await use(db);
    db.close();
  },
});

/** An article row with every field null or empty except what the test states. */
export function makeArticleRow(fields: Partial<ArticleRow> & Pick<ArticleRow, 'id'>): ArticleRow {
  const { paper = null, packId = 'pack', ...itemFields } = fields;
  const item = { source: 'seed.txt', ...makeItem(itemFields) };
  return {
    ...item,
    paper,
    packId,
    shard: fields.shard ?? shardOf(item),
    paperKey: indexKeyOf(paper),
    dateKey: indexKeyOf(item.date),
    pageKey: indexKeyOf(item.page),
  };
}

/**
 * Stores article rows as an ingest leaves them: each pack's row lists the shards of its
 * articles, which is how a shard rebuild finds them.
 */
export async function storeArticles(db: DubaoDatabase, rows: readonly ArticleRow[]): Promise<void> {
  await db.articles.bulkPut([...rows]);
  const shardsByPack = new Map<string, Set<string>>();
  for (const row of rows) shardsByPack.set(row.packId, (shardsByPack.get(row.packId) ?? new Set<string>()).add(row.shard));
  for (const [id, shards] of shardsByPack) {
    const previous = await db.packs.get(id);
    await db.packs.put({
      id,
      hash: '',
      state: 'complete',
      file: `corpus/${id}.json`,
      size: 0,
      count: 0,
      paper: null,
      date: null,
      source: null,
      shards: [...new Set([...(previous?.shards ?? []), ...shards])],
      ingestedAt: 0,
    });
  }
}
