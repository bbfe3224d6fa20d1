// Small packs are written several to a transaction, each whole: a pack is stored complete with
// all its articles, or not at all, and the next run stores what a failed transaction did not.
import type { DBCore } from 'dexie';
import { describe, expect } from 'vitest';
import type { CorpusPack } from '../../../src/build/packFormat';
import type { DubaoDatabase } from '../../../src/db/DubaoDatabase';
import { ingestCorpus } from '../../../src/workers/ingest/ingestCorpus';
import { recordWrites } from '../db/helpers/recordWrites';
import { itWithDb } from '../db/helpers/testDatabase';
import { BASE_URL, buildCorpus, fakeServer } from './helpers/corpusServer';

const corpus = buildCorpus();
const entries = corpus.manifest.packs;
const packs = corpus.files.map((file) => JSON.parse(file.json) as CorpusPack);
const idsOf = (packId: string) => packs.find((pack) => pack.id === packId)!.items.map((item) => item.id);
const totalArticles = entries.reduce((sum, entry) => sum + entry.count, 0);

interface Watch {
  /** Read-write transactions that included the articles table. */
  articleTransactions: number;
  /** Article ids whose put fails, as a full disk or a damaged file would make it. */
  failing: Set<string>;
}

/** Reopens `db` with a middleware that counts its write transactions and fails chosen puts. */
async function watch(db: DubaoDatabase): Promise<Watch> {
  const watched: Watch = { articleTransactions: 0, failing: new Set() };
  db.close({ disableAutoOpen: false });
  db.use({
    stack: 'dbcore',
    name: 'watchTransactions',
    create: (down: DBCore): DBCore => ({
      ...down,
      transaction: (stores, mode, options) => {
        if (mode === 'readwrite' && stores.includes('articles')) watched.articleTransactions++;
        return down.transaction(stores, mode, options);
      },
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            const fails = request.type === 'put' && request.values.some((row: { id?: string }) => watched.failing.has(row.id ?? ''));
            return fails ? Promise.reject(new Error('write refused')) : table.mutate(request);
          },
        };
      },
    }),
  });
  await db.open();
  return watched;
}

describe('ingestCorpus with small packs', () => {
  itWithDb('writes the first pack alone, then the others several to a transaction', async ({ db }) => {
    expect(entries.length).toBeGreaterThan(3);
    const watched = await watch(db);
    const writes = await recordWrites(db);
    const result = await ingestCorpus({ db, baseUrl: BASE_URL, fetch: fakeServer(corpus).fetch, batchSize: 40 });
    expect(result).toMatchObject({ complete: true, articlesWritten: totalArticles });
    // Rows per transaction at most 40: the first pack, then as many packs as fit in 40 rows.
    const expected = [entries[0]!.count];
    for (const entry of entries.slice(1)) {
      if (expected.length > 1 && expected.at(-1)! + entry.count <= 40) expected[expected.length - 1] += entry.count;
      else expected.push(entry.count);
    }
    expect(expected.length).toBeLessThan(entries.length);
    expect(watched.articleTransactions).toBe(expected.length);
    // Each pack's row is written once, already complete: no pack is ever seen half stored.
    const packPuts = writes.filter((w) => w.table === 'packs' && w.type === 'put').flatMap((w) => w.keys);
    expect(packPuts.sort()).toEqual(entries.map((entry) => entry.id).sort());
    expect((await db.packs.toArray()).every((pack) => pack.state === 'complete')).toBe(true);
  });

  itWithDb('stores none of the packs of a failed transaction, and the next run stores them once', async ({ db }) => {
    const watched = await watch(db);
    const writes = await recordWrites(db);
    const failingPack = entries[3]!.id;
    watched.failing.add(idsOf(failingPack)[0]!);
    await expect(ingestCorpus({ db, baseUrl: BASE_URL, fetch: fakeServer(corpus).fetch })).rejects.toThrow(/write refused/);

    // The first pack was written alone and stays; the group holding the failing pack left nothing.
    const stored = await db.packs.toArray();
    expect(stored.map((pack) => [pack.id, pack.state])).toEqual([[entries[0]!.id, 'complete']]);
    expect(await db.articles.count()).toBe(entries[0]!.count);

    watched.failing.clear();
    writes.length = 0;
    const server = fakeServer(corpus);
    const result = await ingestCorpus({ db, baseUrl: BASE_URL, fetch: server.fetch });
    expect(result.complete).toBe(true);
    expect(server.packsRequested()).not.toContain(entries[0]!.file);
    const secondRun = writes.filter((w) => w.table === 'articles' && w.type === 'put').flatMap((w) => w.keys);
    expect(secondRun).toHaveLength(totalArticles - entries[0]!.count);
    expect(secondRun.filter((id) => idsOf(entries[0]!.id).includes(id as string))).toEqual([]);
    expect(await db.articles.count()).toBe(totalArticles);
  });
});
