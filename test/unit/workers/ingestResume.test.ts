// Closing the tab, losing the network or aborting stops an ingest anywhere; the next run
// continues from there and never writes an article twice.
import { describe, expect } from 'vitest';
import { getCorpusVersion } from '../../../src/db/corpusMeta';
import { createIndexStore } from '../../../src/db/searchStores';
import { ingestCorpus } from '../../../src/workers/ingest/ingestCorpus';
import { IngestError } from '../../../src/workers/ingest/IngestError';
import { recordWrites } from '../db/helpers/recordWrites';
import { itWithDb } from '../db/helpers/testDatabase';
import { BASE_URL, buildCorpus, fakeServer } from './helpers/corpusServer';

const corpus = buildCorpus();
const entries = corpus.manifest.packs;
const totalArticles = entries.reduce((sum, e) => sum + e.count, 0);

describe('ingestCorpus after an interruption', () => {
  itWithDb('stops when the network goes away, keeps the packs done, and later fetches and writes only the rest', async ({ db }) => {
    const writes = await recordWrites(db);
    const offline = fakeServer(corpus, { offlineAfterPacks: 2 });
    const error: unknown = await ingestCorpus({ db, baseUrl: BASE_URL, fetch: offline.fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).failure).toEqual({ reason: 'offline' });

    const [first, second] = entries;
    const done = (await db.packs.toArray()).filter((p) => p.state === 'complete').map((p) => p.id);
    expect(done).toEqual([first?.id, second?.id]);
    expect(await getCorpusVersion(db)).toBeUndefined();
    const writtenFirst = writes.filter((w) => w.table === 'articles' && w.type === 'put').flatMap((w) => w.keys);
    expect(writtenFirst).toHaveLength((first?.count ?? 0) + (second?.count ?? 0));

    writes.length = 0;
    const online = fakeServer(corpus);
    const result = await ingestCorpus({ db, baseUrl: BASE_URL, fetch: online.fetch });
    expect(online.packsRequested()).toEqual(entries.slice(2).map((e) => e.file));
    expect(result).toMatchObject({ complete: true, unchanged: 2, ingested: entries.slice(2).map((e) => e.id) });
    const writtenThen = writes.filter((w) => w.table === 'articles' && w.type === 'put').flatMap((w) => w.keys);
    expect(writtenThen).toHaveLength(totalArticles - writtenFirst.length);
    expect(writtenThen.filter((id) => writtenFirst.includes(id))).toEqual([]);
    expect(await db.articles.count()).toBe(totalArticles);
    expect(await getCorpusVersion(db)).toBe(corpus.manifest.version);
  });

  itWithDb('resumes a pack stopped halfway without writing its first rows again', async ({ db }) => {
    const writes = await recordWrites(db);
    const controller = new AbortController();
    const stopped = ingestCorpus({
      db,
      baseUrl: BASE_URL,
      fetch: fakeServer(corpus).fetch,
      batchSize: 4,
      signal: controller.signal,
      // The tab closes after the second batch of the second pack.
      onProgress: (p) => {
        if (p.articlesWritten >= (entries[0]?.count ?? 0) + 8) controller.abort();
      },
    });
    await expect(stopped).rejects.toMatchObject({ name: 'AbortError' });
    const halfDone = await db.packs.get(entries[1]?.id ?? '');
    expect(halfDone?.state).toBe('ingesting');
    const writtenFirst = writes.filter((w) => w.table === 'articles' && w.type === 'put').flatMap((w) => w.keys);
    expect(writtenFirst.length).toBe((entries[0]?.count ?? 0) + 8);

    writes.length = 0;
    const result = await ingestCorpus({ db, baseUrl: BASE_URL, fetch: fakeServer(corpus).fetch, batchSize: 4 });
    expect(result.ingested[0]).toBe(entries[1]?.id);
    const writtenThen = writes.filter((w) => w.table === 'articles' && w.type === 'put').flatMap((w) => w.keys);
    expect(writtenThen.filter((id) => writtenFirst.includes(id))).toEqual([]);
    expect(writtenFirst.length + writtenThen.length).toBe(totalArticles);
    expect(await db.articles.count()).toBe(totalArticles);
    // The pack finished by the second run is searchable like the others.
    const shards = await createIndexStore(db).listShards();
    const docs = (await Promise.all(shards.map((s) => createIndexStore(db).getShardDocs(s)))).flat();
    expect(docs).toHaveLength(totalArticles);
  });

  itWithDb('rebuilds on the next run the shards an interrupted run left waiting', async ({ db }) => {
    await ingestCorpus({ db, baseUrl: BASE_URL, fetch: fakeServer(corpus).fetch });
    // As if the tab closed after the packs were written but before their shards were rebuilt.
    await db.searchShards.clear();
    await db.searchBlocks.clear();
    await db.meta.put({ key: 'pendingShards', value: (await db.packs.toArray()).flatMap((p) => p.shards) });

    const result = await ingestCorpus({ db, baseUrl: BASE_URL, fetch: fakeServer(corpus).fetch });
    expect(result.ingested).toEqual([]);
    const shards = await createIndexStore(db).listShards();
    expect(shards.length).toBeGreaterThan(1);
    expect(new Set(result.shardsRebuilt)).toEqual(new Set(shards));
  });
});
