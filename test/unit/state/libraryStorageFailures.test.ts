// What the reader gets when the device's storage fails: the papers read from the network into
// memory (with search) and a plain note that nothing is kept; a notice over the stored papers
// when the disk fills up during an update; a note while another tab holds up an upgrade.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../src/db/openDatabase';
import { libraryConnectionOf } from '../../../src/state/libraryConnection';
import { LibraryState, type LibraryDeps } from '../../../src/state/libraryState.svelte';
import { openMemoryLibrary } from '../../../src/state/memoryLibrary';
import { createDataApi } from '../../../src/workers/dataApi';
import {
  indexedDbThatThrowsOnOpen,
  indexedDbWhoseOpenFails,
  refuseWritesWhenFull,
  type WriteRefusal,
} from '../db/helpers/faultyIndexedDb';
import { readerDataOf, seedReaderData } from '../db/helpers/readerData';
import { freshIndexedDb, TEST_DATABASE_NAME } from '../db/helpers/testDatabase';
import { BASE_URL, buildCorpus, fakeServer } from '../workers/helpers/corpusServer';
import type { DubaoDatabase } from '../../../src/db/DubaoDatabase';

const corpus = buildCorpus();
const articleCount = corpus.manifest.packs.reduce((sum, pack) => sum + pack.count, 0);

let refusal: WriteRefusal | undefined;
afterEach(() => refusal?.lift());

/** The library as the app builds it, with this device's IndexedDB and a fake server. */
function libraryOver(idb: ReturnType<typeof freshIndexedDb>, server = fakeServer(corpus), onMemory = () => {}, memoryBudget?: number) {
  const memorySearch: { client?: Awaited<ReturnType<typeof openMemoryLibrary>>['client'] } = {};
  let deviceDb: DubaoDatabase | undefined;
  const deps: LibraryDeps = {
    connect: async (onVersionChange, onBlocked) => {
      const db = await openDatabase({ name: TEST_DATABASE_NAME, ...idb, onVersionChange, onBlocked });
      deviceDb = db;
      return libraryConnectionOf(db);
    },
    client: () => ({
      ingest: (baseUrl, onProgress) =>
        createDataApi({ db: deviceDb!, fetch: server.fetch, withIngestLock: (task) => task() }).ingest(baseUrl, onProgress),
    }),
    connectInMemory: async () => {
      onMemory();
      const memory = await openMemoryLibrary((url) => server.fetch(String(url)), memoryBudget);
      memorySearch.client = memory.client;
      return memory;
    },
    baseUrl: () => BASE_URL,
  };
  return { library: new LibraryState(deps), memorySearch, server };
}

describe('IndexedDB unavailable', () => {
  for (const [name, idb] of [
    ['open() throws (private browsing)', indexedDbThatThrowsOnOpen],
    ['the open request fails', indexedDbWhoseOpenFails],
  ] as const) {
    it(`when ${name}: reads the papers from the network in memory, with search, and says nothing is kept`, async () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const { library, memorySearch } = libraryOver(idb());
      await library.start();
      expect(library.inMemory).toBe('unavailable');
      expect(library.status).toEqual({ name: 'ready', updating: false, notice: null });
      expect(await library.connection.countArticles()).toBe(articleCount);
      const found = await memorySearch.client!.search({ query: '科协', limit: 5 });
      expect(found.hits.length).toBeGreaterThan(0);
      // Bookmarks work for the visit.
      const [id] = (await library.db.articles.limit(1).primaryKeys()) as string[];
      await library.db.bookmarks.put({ articleId: id!, addedAt: 1, note: '', title: 't', paper: null, date: null, page: null, available: true });
      expect(await library.db.bookmarks.count()).toBe(1);
      vi.restoreAllMocks();
    });
  }

  it('reads only the newest editions into memory when the whole corpus would not fit the budget, and says how many were left out', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const server = fakeServer(corpus);
    // seeds/: one dated edition (焦作日报 2022-02-09, 13 items), then five undated packs.
    const { library } = libraryOver(indexedDbThatThrowsOnOpen(), server, () => {}, 20);
    await library.start();
    expect(library.inMemory).toBe('unavailable');
    expect(await library.connection.countArticles()).toBe(13);
    expect(library.inMemoryEditionsLeftOut).toBe(corpus.manifest.packs.length - 1);
    expect(server.packsRequested()).toHaveLength(1);
    vi.restoreAllMocks();
  });

  it('fails with the storage reason when the network is gone too, and retries in memory', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    let online = false;
    const server = fakeServer(corpus);
    const { library } = libraryOver(indexedDbThatThrowsOnOpen(), {
      ...server,
      fetch: (url: string) => (online ? server.fetch(url) : Promise.reject(new TypeError('Failed to fetch'))),
    });
    await library.start();
    expect(library.status).toEqual({ name: 'failed', failure: { reason: 'offline' } });
    expect(library.inMemory).toBe('unavailable');
    online = true;
    await library.retry();
    expect(library.status).toMatchObject({ name: 'ready' });
    expect(await library.connection.countArticles()).toBe(articleCount);
    vi.restoreAllMocks();
  });

  it('says storage failed when there is no in-memory library either', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const library = new LibraryState({
      connect: () => openDatabase({ name: TEST_DATABASE_NAME, ...indexedDbThatThrowsOnOpen() }).then(libraryConnectionOf),
      client: () => ({ ingest: () => Promise.reject(new Error('not called')) }),
      baseUrl: () => BASE_URL,
    });
    await library.start();
    expect(library.status).toEqual({ name: 'failed', failure: { reason: 'storage' } });
    vi.restoreAllMocks();
  });
});

describe('the disk full during an ingest', () => {
  it('with papers stored: they stay readable, with a notice that says how many', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const idb = freshIndexedDb();
    const firstPack = corpus.manifest.packs[0]!;
    refusal = refuseWritesWhenFull('articles', firstPack.count);
    const { library } = libraryOver(idb);
    await library.start();
    expect(library.inMemory).toBeNull();
    expect(library.status).toEqual({ name: 'ready', updating: false, notice: { kind: 'storageFull', articles: firstPack.count } });
    vi.restoreAllMocks();
  });

  it('with nothing stored: reads in memory, and the device keeps the reader’s data', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const idb = freshIndexedDb();
    const device = await openDatabase({ name: TEST_DATABASE_NAME, ...idb });
    await seedReaderData(device, ['a', 'b']);
    const before = await readerDataOf(device);
    device.close();

    refusal = refuseWritesWhenFull('articles', 0);
    // The fake disk's refusal patches every fake-indexeddb database: memory is not full.
    const { library } = libraryOver(idb, fakeServer(corpus), () => refusal?.lift());
    await library.start();
    expect(library.inMemory).toBe('full');
    expect(library.status).toMatchObject({ name: 'ready' });
    expect(await library.connection.countArticles()).toBe(articleCount);

    const after = await openDatabase({ name: TEST_DATABASE_NAME, ...idb });
    expect(await readerDataOf(after)).toEqual(before);
    after.close();
    vi.restoreAllMocks();
  });
});

describe('an upgrade held up by another tab', () => {
  it('tells the reader while it waits, then opens once the other tab lets go', async () => {
    const idb = freshIndexedDb();
    // An older tab's connection at a lower version, that does not close when asked to.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = idb.indexedDB.open(TEST_DATABASE_NAME, 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const { library } = libraryOver(idb);
    const started = library.start();
    await vi.waitFor(() => expect(library.upgradeBlocked).toBe(true));
    expect(library.status).toEqual({ name: 'opening' });
    old.close();
    await started;
    expect(library.upgradeBlocked).toBe(false);
    expect(library.status).toMatchObject({ name: 'ready' });
  });
});
