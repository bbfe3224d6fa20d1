// The disk fills up in the middle of an ingest, or the tab closes in the middle of a pack: what
// was stored stays readable and searchable, the reader's own data is untouched, and the next run
// (once there is room) stores only the rest.
import { afterEach, describe, expect } from 'vitest';
import type { CorpusPack } from '../../../src/build/packFormat';
import { getCorpusVersion } from '../../../src/db/corpusMeta';
import { openDatabase } from '../../../src/db/openDatabase';
import { createDataApi } from '../../../src/workers/dataApi';
import { refuseWritesWhenFull, type WriteRefusal } from '../db/helpers/faultyIndexedDb';
import { readerDataOf, seedReaderData } from '../db/helpers/readerData';
import { freshIndexedDb, itWithDb, TEST_DATABASE_NAME } from '../db/helpers/testDatabase';
import { BASE_URL, buildCorpus, fakeServer } from './helpers/corpusServer';

const corpus = buildCorpus();
const entries = corpus.manifest.packs;
const totalArticles = entries.reduce((sum, entry) => sum + entry.count, 0);
const packs = corpus.files.map((file) => JSON.parse(file.json) as CorpusPack);
const idsOfPack = (index: number) => packs.find((pack) => pack.id === entries[index]?.id)?.items.map((item) => item.id) ?? [];
// Bookmarks of articles in the first pack and in the last (never stored before the disk fills).
const bookmarked = [idsOfPack(0)[0] ?? '', idsOfPack(entries.length - 1)[0] ?? ''];

let refusal: WriteRefusal | undefined;
afterEach(() => refusal?.lift());

describe('the disk filling up during an ingest', () => {
  itWithDb('stops with a storage fault, keeps what was stored searchable, then finishes once there is room', async ({ db }) => {
    await seedReaderData(db, bookmarked);
    const before = await readerDataOf(db);
    const api = createDataApi({ db, fetch: fakeServer(corpus).fetch, withIngestLock: (task) => task() });

    // Room for the first pack and a few rows of the second.
    refusal = refuseWritesWhenFull('articles', entries[0]!.count + 3);
    const outcome = await api.ingest(BASE_URL);
    expect(outcome).toEqual({ ok: false, failure: { reason: 'storage', fault: 'full' } });
    expect(refusal.refused).toBeGreaterThan(0);
    refusal.lift();

    // The first pack is stored, complete and searchable; the corpus is not marked complete.
    const stored = await db.articles.count();
    expect(stored).toBeGreaterThanOrEqual(entries[0]!.count);
    expect(stored).toBeLessThan(totalArticles);
    expect((await db.packs.get(entries[0]!.id))?.state).toBe('complete');
    expect(await getCorpusVersion(db)).toBeUndefined();
    const firstTitle = packs.find((pack) => pack.id === entries[0]!.id)!.items.find((item) => (item.title ?? '').length >= 2)!.title!;
    const found = await api.search({ query: firstTitle, limit: 50 });
    expect(found.hits.map((hit) => hit.id)).toContain(packs.find((pack) => pack.id === entries[0]!.id)!.items.find((item) => item.title === firstTitle)!.id);
    expect(await readerDataOf(db)).toEqual(before);

    // Room again: the next run fetches only the packs not complete and stores every article once.
    const server = fakeServer(corpus);
    const resumed = createDataApi({ db, fetch: server.fetch, withIngestLock: (task) => task() });
    expect(await resumed.ingest(BASE_URL)).toMatchObject({ ok: true, result: { complete: true } });
    expect(server.packsRequested()).not.toContain(entries[0]!.file);
    expect(await db.articles.count()).toBe(totalArticles);
    expect(await getCorpusVersion(db)).toBe(corpus.manifest.version);
    expect(await readerDataOf(db)).toEqual(before);
    expect((await db.bookmarks.toArray()).every((bookmark) => bookmark.available)).toBe(true);
  });

  itWithDb('keeps the reader’s data when the disk is full from the first write', async ({ db }) => {
    await seedReaderData(db, bookmarked);
    const before = await readerDataOf(db);
    refusal = refuseWritesWhenFull('articles', 0);
    const outcome = await createDataApi({ db, fetch: fakeServer(corpus).fetch, withIngestLock: (task) => task() }).ingest(BASE_URL);
    expect(outcome).toEqual({ ok: false, failure: { reason: 'storage', fault: 'full' } });
    expect(await db.articles.count()).toBe(0);
    expect(await readerDataOf(db)).toEqual(before);
  });
});

describe('a tab closed in the middle of a pack', () => {
  itWithDb('leaves no half pack: the next tab finishes it and nothing is stored twice', async () => {
    const idb = freshIndexedDb();
    const first = await openDatabase({ name: TEST_DATABASE_NAME, ...idb });
    await seedReaderData(first, bookmarked);
    const before = await readerDataOf(first);
    // The tab closes while the second pack is being written: its connection goes away mid-ingest.
    const closing = createDataApi({ db: first, fetch: fakeServer(corpus).fetch, withIngestLock: (task) => task() });
    const outcome = await closing.ingest(BASE_URL, (progress) => {
      if (progress.currentPack === entries[1]!.id && progress.articlesWritten > 0) first.close();
    });
    expect(outcome.ok).toBe(false);

    const second = await openDatabase({ name: TEST_DATABASE_NAME, ...idb });
    const halfWritten = await second.packs.get(entries[1]!.id);
    expect(halfWritten === undefined || halfWritten.state === 'ingesting').toBe(true);
    const server = fakeServer(corpus);
    const api = createDataApi({ db: second, fetch: server.fetch, withIngestLock: (task) => task() });
    expect(await api.ingest(BASE_URL)).toMatchObject({ ok: true, result: { complete: true } });
    expect(server.packsRequested()).not.toContain(entries[0]!.file);
    expect(await second.articles.count()).toBe(totalArticles);
    expect(new Set(await second.articles.toCollection().primaryKeys()).size).toBe(totalArticles);
    expect(await readerDataOf(second)).toEqual(before);
    second.close();
  });
});
