// A damaged search index (a posting block that does not decode, a block of an older format, a
// shard whose docs are not a list) is rebuilt from the stored articles the first time a search
// trips on it; the search then answers in full, and the reader's data is untouched.
import { describe, expect } from 'vitest';
import { findDamagedShards } from '../../../src/db/repairSearchIndex';
import { docsOfShardRow } from '../../../src/db/shardRows';
import { toShardDocColumns } from '../../../src/search/shardDocColumns';
import { createDataApi } from '../../../src/workers/dataApi';
import { BASE_URL, buildCorpus, fakeServer } from '../workers/helpers/corpusServer';
import { readerDataOf, seedReaderData } from './helpers/readerData';
import { itWithDb } from './helpers/testDatabase';
import type { DubaoDatabase } from '../../../src/db/DubaoDatabase';

const corpus = buildCorpus();
const queries = ['焦作市', '科协', '奥密克戎'];

async function ingested(db: DubaoDatabase) {
  const api = createDataApi({ db, fetch: fakeServer(corpus).fetch, withIngestLock: (task) => task() });
  await api.ingest(BASE_URL);
  await seedReaderData(db, (await db.articles.limit(2).primaryKeys()) as string[]);
  const expected = new Map<string, string[]>();
  for (const query of queries) expected.set(query, (await api.search({ query, limit: 1000 })).hits.map((hit) => hit.id));
  return { expected, readerData: await readerDataOf(db) };
}

/** A fresh worker's API over the same database (nothing cached from before the damage). */
const freshApi = (db: DubaoDatabase) => createDataApi({ db, fetch: fakeServer(corpus).fetch, withIngestLock: (task) => task() });

type Damage = (db: DubaoDatabase) => PromiseLike<unknown>;

const damages: [string, Damage][] = [
  ['posting blocks cut short', (db) => db.searchBlocks.toCollection().modify((block) => void (block.data = block.data.slice(0, 7)))],
  ['posting blocks of an unknown format', (db) => db.searchBlocks.toCollection().modify((block) => void (block.data = Uint8Array.of(99, ...block.data.slice(1))))],
  ['posting blocks that are not bytes', (db) => db.searchBlocks.toCollection().modify((block) => void ((block as { data: unknown }).data = null))],
  [
    'postings that point past the shard’s docs',
    (db) => db.searchShards.toCollection().modify((shard) => void (shard.columns = toShardDocColumns(docsOfShardRow(shard).slice(0, 1)))),
  ],
  ['shard docs that do not decode', (db) => db.searchShards.toCollection().modify((shard) => void ((shard as { columns: unknown }).columns = { broken: true }))],
  ['shard docs of the older format that are not a list', (db) => db.searchShards.toCollection().modify((shard) => void Object.assign(shard, { columns: undefined, docs: { broken: true } }))],
];

describe('a damaged search index', () => {
  for (const [name, damage] of damages) {
    itWithDb(`with ${name}: the first search rebuilds it and finds every hit`, async ({ db }) => {
      const { expected, readerData } = await ingested(db);
      await damage(db);
      expect((await findDamagedShards(db)).length).toBeGreaterThan(0);

      const api = freshApi(db);
      const [first, ...rest] = queries;
      const answer = await api.search({ query: first!, limit: 1000 });
      expect(answer.repairedShards?.length).toBeGreaterThan(0);
      expect(answer.hits.map((hit) => hit.id)).toEqual(expected.get(first!));
      for (const query of rest) {
        const later = await api.search({ query, limit: 1000 });
        expect(later.repairedShards).toBeUndefined();
        expect(later.hits.map((hit) => hit.id)).toEqual(expected.get(query));
      }
      expect(await findDamagedShards(db)).toEqual([]);
      expect(await readerDataOf(db)).toEqual(readerData);
    });
  }

  itWithDb('is left alone when sound: a search error with nothing damaged reaches the caller', async ({ db }) => {
    await ingested(db);
    expect(await findDamagedShards(db)).toEqual([]);
    const api = freshApi(db);
    expect((await api.search({ query: '科协', limit: 5 })).repairedShards).toBeUndefined();
    const brokenTexts = createDataApi({ db: Promise.reject(new Error('no database')), fetch: fakeServer(corpus).fetch });
    await expect(brokenTexts.search({ query: '科协', limit: 5 })).rejects.toThrow('no database');
  });

  itWithDb('counts hits in full after a repair too', async ({ db }) => {
    const { expected } = await ingested(db);
    await damages[0]![1](db);
    expect(await freshApi(db).count({ query: '焦作市' })).toBe(expected.get('焦作市')!.length);
  });
});
