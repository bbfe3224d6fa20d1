import { describe, expect } from 'vitest';
import { createDataApi } from '../../../src/workers/dataApi';
import { itWithDb } from '../db/helpers/testDatabase';
import { BASE_URL, buildCorpus, fakeServer } from './helpers/corpusServer';

const corpus = buildCorpus();

describe('data worker API', () => {
  itWithDb('runs one ingest at a time: a second call waits, then finds nothing left to do', async ({ db }) => {
    const server = fakeServer(corpus);
    const api = createDataApi({ db, fetch: server.fetch });
    const [first, second] = await Promise.all([api.ingest(BASE_URL), api.ingest(BASE_URL)]);
    expect(first).toMatchObject({ ok: true, result: { ingested: corpus.manifest.packs.map((p) => p.id) } });
    expect(second).toMatchObject({ ok: true, result: { ingested: [], unchanged: corpus.manifest.packs.length } });
    expect(server.packsRequested()).toHaveLength(corpus.manifest.packs.length);
  });

  itWithDb('keeps ingesting when the page’s progress callback fails', async ({ db }) => {
    const api = createDataApi({ db, fetch: fakeServer(corpus).fetch });
    const outcome = await api.ingest(BASE_URL, () => {
      throw new Error('the page went away');
    });
    expect(outcome).toMatchObject({ ok: true, result: { complete: true } });
  });

  itWithDb('reports the network going away as offline', async ({ db }) => {
    const api = createDataApi({ db, fetch: fakeServer(corpus, { offlineAfterPacks: 1 }).fetch });
    expect(await api.ingest(BASE_URL)).toEqual({ ok: false, failure: { reason: 'offline' } });
  });

  itWithDb('returns the first page without counting by default, and the exact total on request', async ({ db }) => {
    const api = createDataApi({ db, fetch: fakeServer(corpus).fetch, withIngestLock: (task) => task() });
    await api.ingest(BASE_URL);
    const request = { query: '焦作市', limit: 5 };
    const fast = await api.search(request);
    expect(fast.hits).toHaveLength(5);
    const total = await api.count(request);
    const full = await api.search(request, { countAll: true });
    expect(full.totalExact).toBe(true);
    expect(full.hits.map((h) => h.id)).toEqual(fast.hits.map((h) => h.id));
    expect(total).toBeGreaterThan(5);
    expect(total).toBe(full.total);
  });
});
