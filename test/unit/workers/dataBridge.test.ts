// The page's bridge to the data worker, over a MessageChannel instead of a Worker: the same
// Comlink messages, progress callbacks and structured clones the browser uses.
import * as Comlink from 'comlink';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DubaoDatabase } from '../../../src/db/DubaoDatabase';
import { createDataApi } from '../../../src/workers/dataApi';
import { createDataClient, type DataClient } from '../../../src/workers/dataBridge';
import type { IngestProgress } from '../../../src/workers/ingest/ingestTypes';
import { openTestDatabase } from '../db/helpers/testDatabase';
import { BASE_URL, buildCorpus, fakeServer, parsedSeeds } from './helpers/corpusServer';

const corpus = buildCorpus();

describe('data bridge', () => {
  let db: DubaoDatabase;
  let client: DataClient;
  let channel: MessageChannel;

  /** The server the worker fetches from; a test may publish another corpus on it. */
  let server: ReturnType<typeof fakeServer>;

  function connect(serving: ReturnType<typeof fakeServer>) {
    server = serving;
    channel = new MessageChannel();
    const api = createDataApi({ db, fetch: (url) => server.fetch(url) });
    Comlink.expose(api, channel.port1 as unknown as Comlink.Endpoint);
    client = createDataClient(channel.port2 as unknown as Comlink.Endpoint);
  }

  beforeEach(async () => {
    db = await openTestDatabase();
  });
  afterEach(() => {
    client.close();
    channel.port1.close();
    db.close();
  });

  it('ingests through the worker, calling back with progress, and then searches', async () => {
    connect(fakeServer(corpus));
    const events: IngestProgress[] = [];
    const outcome = await client.ingest(BASE_URL, (progress) => events.push(progress));
    expect(outcome).toMatchObject({ ok: true, result: { complete: true, version: corpus.manifest.version } });
    expect(events.at(-1)?.packsDone).toBe(corpus.manifest.packs.length);

    const page = await client.search({ query: '脊髓', limit: 5 });
    expect(page.total).toBeGreaterThan(0);
    expect(page.hits[0]?.snippet.text.length).toBeGreaterThan(0);
    const found = await db.articles.bulkGet(page.hits.map((hit) => hit.id));
    for (const article of found) expect(`${article?.title ?? ''}${article?.paragraphs.join('\n')}`).toContain('脊髓');
  });

  it('answers from the new index after a later ingest changes it', async () => {
    connect(fakeServer(buildCorpus(seedsWithout('脊髓'))));
    await client.ingest(BASE_URL);
    expect((await client.search({ query: '脊髓' })).total).toBe(0);
    expect((await client.search({ query: '焦作' })).total).toBeGreaterThan(0);

    server = fakeServer(corpus);
    await client.ingest(BASE_URL);
    expect((await client.search({ query: '脊髓' })).total).toBeGreaterThan(0);
  });

  it('returns why an ingest stopped as a value the page can read', async () => {
    connect(fakeServer(corpus, { override: new Map([['corpus/manifest.json', 404]]) }));
    expect(await client.ingest(BASE_URL)).toEqual({ ok: false, failure: { reason: 'manifest-missing', status: 404 } });
  });
});

/** The seeds without the items that mention `word`. */
function seedsWithout(word: string) {
  return parsedSeeds().map((doc) => ({ ...doc, items: doc.items.filter((item) => !JSON.stringify(item).includes(word)) }));
}
