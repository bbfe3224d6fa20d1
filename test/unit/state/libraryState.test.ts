import { describe, expect } from 'vitest';
import type { DubaoDatabase } from '../../../src/db/DubaoDatabase';
import { libraryConnectionOf } from '../../../src/state/libraryConnection';
import { LibraryState } from '../../../src/state/libraryState.svelte';
import { createDataApi } from '../../../src/workers/dataApi';
import type { IngestProgress } from '../../../src/workers/ingest/ingestTypes';
import { itWithDb } from '../db/helpers/testDatabase';
import { BASE_URL, buildCorpus, fakeServer } from '../workers/helpers/corpusServer';

const corpus = buildCorpus();
const articleCount = corpus.manifest.packs.reduce((sum, pack) => sum + pack.count, 0);

/** The library over a fake server, with the data API called in-process instead of in a worker. */
function libraryOn(db: DubaoDatabase, server: { fetch: (url: string) => Promise<Response> }) {
  const progress: (IngestProgress | null)[] = [];
  const api = createDataApi({ db, fetch: (url) => server.fetch(url), withIngestLock: (task) => task() });
  const library = new LibraryState({
    connect: async () => libraryConnectionOf(db),
    client: () => ({
      ingest: (baseUrl, onProgress) =>
        api.ingest(baseUrl, (report) => {
          onProgress?.(report);
          if (library.status.name === 'firstIngest') progress.push(library.status.progress);
        }),
    }),
    baseUrl: () => BASE_URL,
  });
  return { library, progress };
}

describe('the offline library', () => {
  itWithDb('on a first visit, shows progress up to every pack, then is ready', async ({ db }) => {
    const { library, progress } = libraryOn(db, fakeServer(corpus));
    const started = library.start();
    expect(library.status.name).toBe('opening');
    await started;
    expect(library.status).toEqual({ name: 'ready', updating: false, notice: null });
    expect(progress.at(-1)).toMatchObject({ packsDone: corpus.manifest.packs.length, articlesWritten: articleCount });
    expect(library.revision).toBe(1);
  });

  itWithDb('with papers stored, is ready at once while the update runs, and says nothing when nothing changed', async ({ db }) => {
    await libraryOn(db, fakeServer(corpus)).library.start();
    let publish = () => {};
    const published = new Promise<void>((resolve) => (publish = resolve));
    const server = fakeServer(corpus);
    const { library, progress } = libraryOn(db, { fetch: async (url) => (await published, server.fetch(url)) });

    const started = library.start();
    await waitFor(() => library.status.name !== 'opening');
    expect(library.status).toEqual({ name: 'ready', updating: true, notice: null });
    publish();
    await started;
    expect(library.status).toEqual({ name: 'ready', updating: false, notice: null });
    expect(progress).toEqual([]);
    expect(library.revision).toBe(0);
  });

  itWithDb('with papers stored and the network gone, keeps them with an offline notice', async ({ db }) => {
    await libraryOn(db, fakeServer(corpus)).library.start();
    const offline = { fetch: () => Promise.reject(new TypeError('Failed to fetch')) };
    const { library } = libraryOn(db, offline);
    await library.start();
    expect(library.status).toEqual({ name: 'ready', updating: false, notice: { kind: 'offline' } });
    library.dismissNotice();
    expect(library.status).toMatchObject({ notice: null });
  });

  itWithDb('with nothing stored and the manifest missing, fails; retry works once it is back', async ({ db }) => {
    let published = false;
    const server = fakeServer(corpus);
    const { library } = libraryOn(db, {
      fetch: (url) => (published ? server.fetch(url) : Promise.resolve(new Response('not found', { status: 404 }))),
    });
    await library.start();
    expect(library.status).toEqual({ name: 'failed', failure: { reason: 'missing', status: 404 } });
    published = true;
    await library.retry();
    expect(library.status).toEqual({ name: 'ready', updating: false, notice: null });
  });

  itWithDb('says storage failed when the database will not open', async () => {
    const library = new LibraryState({
      connect: () => Promise.reject(new Error('QuotaExceededError')),
      client: () => ({ ingest: () => Promise.reject(new Error('not called')) }),
      baseUrl: () => BASE_URL,
    });
    await library.start();
    expect(library.status).toEqual({ name: 'failed', failure: { reason: 'storage' } });
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 1));
}
