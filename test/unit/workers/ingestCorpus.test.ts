import { describe, expect } from 'vitest';
import { getCorpusVersion, getPendingShards } from '../../../src/db/corpusMeta';
import { createIndexStore } from '../../../src/db/searchStores';
import { compareShards, shardOf } from '../../../src/search/shardOf';
import { ingestCorpus } from '../../../src/workers/ingest/ingestCorpus';
import type { IngestProgress } from '../../../src/workers/ingest/ingestTypes';
import { makeDocument, makeItem } from '../../helpers/corpusFixtures';
import { recordWrites } from '../db/helpers/recordWrites';
import { itWithDb } from '../db/helpers/testDatabase';
import { BASE_URL, buildCorpus, fakeServer } from './helpers/corpusServer';

const corpus = buildCorpus();
const packs = corpus.files.map((file) => JSON.parse(file.json) as { id: string; paper: string | null; items: { id: string; date: string | null; source: string }[] });
const allItems = packs.flatMap((pack) => pack.items.map((item) => ({ ...item, paper: pack.paper, packId: pack.id })));

describe('ingestCorpus', () => {
  itWithDb('stores every article of every pack with its paper, and the corpus version', async ({ db }) => {
    expect(packs.length).toBeGreaterThan(3);
    const result = await ingestCorpus({ db, baseUrl: BASE_URL, fetch: fakeServer(corpus).fetch });

    expect(result).toMatchObject({
      version: corpus.manifest.version,
      complete: true,
      ingested: corpus.manifest.packs.map((p) => p.id),
      unchanged: 0,
      removed: [],
      failed: [],
      articlesWritten: allItems.length,
      articlesDeleted: 0,
    });
    const stored = await db.articles.toArray();
    expect(stored.map((a) => [a.id, a.paper, a.packId]).sort()).toEqual(allItems.map((i) => [i.id, i.paper, i.packId]).sort());
    expect(await getCorpusVersion(db)).toBe(corpus.manifest.version);
    const packRows = await db.packs.toArray();
    expect(packRows.map((p) => [p.id, p.hash, p.state]).sort()).toEqual(corpus.manifest.packs.map((p) => [p.id, p.hash, 'complete']).sort());
  });

  itWithDb('builds the search shard of every month and seed file, with every article in it', async ({ db }) => {
    const result = await ingestCorpus({ db, baseUrl: BASE_URL, fetch: fakeServer(corpus).fetch });
    const shards = [...new Set(allItems.map(shardOf))].sort(compareShards);
    expect(new Set(result.shardsRebuilt)).toEqual(new Set(shards));
    const index = createIndexStore(db);
    expect(await index.listShards()).toEqual(shards);
    for (const shard of shards) {
      const ids = (await index.getShardDocs(shard)).map((d) => d.id).sort();
      expect(ids).toEqual(allItems.filter((i) => shardOf(i) === shard).map((i) => i.id).sort());
    }
    expect(await getPendingShards(db)).toEqual([]);
  });

  itWithDb('reports progress: packs, articles and bytes, ending at the totals', async ({ db }) => {
    const events: IngestProgress[] = [];
    await ingestCorpus({ db, baseUrl: BASE_URL, fetch: fakeServer(corpus).fetch, onProgress: (p) => events.push(p) });
    const bytesTotal = corpus.manifest.packs.reduce((sum, p) => sum + p.size, 0);
    expect(events[0]).toMatchObject({ packsDone: 0, packsTotal: packs.length, bytesDone: 0, bytesTotal, articlesWritten: 0 });
    expect(events.at(-1)).toMatchObject({
      packsDone: packs.length,
      packsTotal: packs.length,
      bytesDone: bytesTotal,
      articlesWritten: allItems.length,
      currentPack: null,
      failed: [],
    });
    for (const [i, event] of events.entries()) {
      const before = events[i - 1] ?? event;
      expect(event.packsDone).toBeGreaterThanOrEqual(before.packsDone);
      expect(event.articlesWritten).toBeGreaterThanOrEqual(before.articlesWritten);
      expect(event.bytesDone).toBeGreaterThanOrEqual(before.bytesDone);
    }
  });

  itWithDb('fetches only the manifest and writes nothing when the corpus has not changed', async ({ db }) => {
    await ingestCorpus({ db, baseUrl: BASE_URL, fetch: fakeServer(corpus).fetch });
    const writes = await recordWrites(db);
    const server = fakeServer(corpus);
    const again = await ingestCorpus({ db, baseUrl: BASE_URL, fetch: server.fetch });
    expect(again).toMatchObject({ complete: true, ingested: [], unchanged: packs.length, articlesWritten: 0 });
    expect(server.requested).toEqual(['corpus/manifest.json']);
    expect(writes.filter((w) => w.table !== 'meta')).toEqual([]);
  });

  itWithDb('writes articles in transactions of at most batchSize rows', async ({ db }) => {
    const writes = await recordWrites(db);
    await ingestCorpus({ db, baseUrl: BASE_URL, fetch: fakeServer(corpus).fetch, batchSize: 5 });
    const articlePuts = writes.filter((w) => w.table === 'articles' && w.type === 'put');
    expect(articlePuts.reduce((sum, w) => sum + w.count, 0)).toBe(allItems.length);
    expect(Math.max(...articlePuts.map((w) => w.count))).toBe(5);
  });

  itWithDb('rebuilds each month’s shard once when a month’s editions arrive one after another', async ({ db }) => {
    const paper = '焦作日报';
    const dates = ['2022-01-30', '2022-01-31', '2022-02-01', '2022-02-02', '2022-03-01'];
    const documents = dates.map((date, n) =>
      makeDocument({
        source: `jz_${date}.txt`,
        paper,
        pages: [{ page: 'A01', section: null, date }],
        items: [makeItem({ id: `item-${n}`, date, page: 'A01', title: `第${n}期`, paragraphs: [`${date}的新闻正文。`] })],
      }),
    );
    const writes = await recordWrites(db);
    await ingestCorpus({ db, baseUrl: BASE_URL, fetch: fakeServer(buildCorpus(documents)).fetch });
    const shardPuts = writes.filter((w) => w.table === 'searchShards' && w.type === 'put').flatMap((w) => w.keys);
    expect(shardPuts).toEqual(['2022-01', '2022-02', '2022-03']);
    expect((await createIndexStore(db).getShardDocs('2022-01')).map((d) => d.id)).toEqual(['item-1', 'item-0']);
  });

  itWithDb('rebuilds each month’s shard once when the manifest lists several papers one after another', async ({ db }) => {
    const editions = [['焦作日报', '2022-01-30'], ['焦作日报', '2022-02-01'], ['濮阳日报', '2022-01-31'], ['濮阳日报', '2022-02-02']];
    const documents = editions.map(([paper, date], n) =>
      makeDocument({
        source: `p${n}_${date}.txt`,
        paper,
        pages: [{ page: 'A01', section: null, date }],
        items: [makeItem({ id: `item-${n}`, date, page: 'A01', title: `第${n}期`, paragraphs: [`${paper}${date}的新闻正文。`] })],
      }),
    );
    const writes = await recordWrites(db);
    await ingestCorpus({ db, baseUrl: BASE_URL, fetch: fakeServer(buildCorpus(documents)).fetch });
    const shardPuts = writes.filter((w) => w.table === 'searchShards' && w.type === 'put').flatMap((w) => w.keys);
    expect([...shardPuts].sort()).toEqual(['2022-01', '2022-02']);
    expect((await createIndexStore(db).getShardDocs('2022-01')).map((d) => d.id).sort()).toEqual(['item-0', 'item-2']);
  });
});
