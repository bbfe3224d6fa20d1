// The reader deletes editions from this device and chooses what to keep offline: the articles
// and their search index go, bookmarks, notes and progress stay (the bookmark marked no longer
// available), later updates respect the choice, and a deleted edition can be downloaded again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteEditions } from '../../../src/actions/deleteEditions';
import { keepEditions } from '../../../src/actions/keepEditions';
import { addBookmark, getBookmark, setBookmarkNote } from '../../../src/db/bookmarks';
import type { DubaoDatabase } from '../../../src/db/DubaoDatabase';
import { estimateEditionSizes } from '../../../src/db/editionSizes';
import { getOfflineChoice, setOfflineChoice } from '../../../src/db/offlineChoice';
import { getReadingState, saveReadingPosition } from '../../../src/db/readingState';
import { getSetAsidePacks } from '../../../src/db/setAsidePacks';
import { createDataApi, type DataApi } from '../../../src/workers/dataApi';
import { BASE_URL, buildCorpus, fakeServer } from '../workers/helpers/corpusServer';
import { openTestDatabase } from './helpers/testDatabase';

const corpus = buildCorpus();
// 焦作日报 2022-02-09, the one dated edition of seeds/; the spinal-cord article is on its A07.
const edition = corpus.manifest.packs.find((entry) => entry.date === '2022-02-09');
const undatedOfSamePaper = corpus.manifest.packs.find((entry) => entry.paper === '焦作日报' && entry.date === null);
const unnamedPapers = corpus.manifest.packs.filter((entry) => entry.paper === null);
const spinal = { id: 'fd32062a99bd', query: '脊髓组织' };
if (!edition || !undatedOfSamePaper || unnamedPapers.length === 0) throw new Error('seeds/ no longer hold the packs these tests name');

const noLock = <T>(task: () => Promise<T>) => task();

async function searchIds(api: DataApi, query: string): Promise<string[]> {
  return (await api.search({ query, limit: 100 }, { countAll: true })).hits.map((hit) => hit.id);
}

const storedPackIds = async (db: DubaoDatabase) => (await db.packs.toCollection().primaryKeys()).sort();

describe('deleting editions', () => {
  let db: DubaoDatabase;
  let server: ReturnType<typeof fakeServer>;
  let api: DataApi;
  beforeEach(async () => {
    db = await openTestDatabase();
    server = fakeServer(corpus);
    api = createDataApi({ db, fetch: server.fetch, withIngestLock: noLock });
    await api.ingest(BASE_URL);
  });
  afterEach(() => db.close());

  it('removes the edition’s articles, pack and search postings; search no longer finds them', async () => {
    expect(await searchIds(api, spinal.query)).toContain(spinal.id);
    const editionIds = await db.articles.where('packId').equals(edition.id).primaryKeys();
    expect(editionIds).toHaveLength(edition.count);

    const removed = await deleteEditions(db, api, { kind: 'pack', packId: edition.id });

    expect(removed).toEqual({ packs: [edition.id], articles: edition.count });
    expect(await db.articles.bulkGet(editionIds)).toEqual(editionIds.map(() => undefined));
    expect(await db.packs.get(edition.id)).toBeUndefined();
    // Its month's shard held only this edition: docs and posting blocks are gone with it.
    expect(await db.searchShards.get('2022-02')).toBeUndefined();
    expect(await db.searchBlocks.where('[shard+firstGram]').between(['2022-02', ''], ['2022-02', '\uffff']).count()).toBe(0);
    expect(await searchIds(api, spinal.query)).not.toContain(spinal.id);
    // The other packs are untouched.
    expect(await storedPackIds(db)).toEqual(corpus.manifest.packs.map((p) => p.id).filter((id) => id !== edition.id).sort());
  });

  it('keeps bookmarks, notes and reading progress; the bookmark shows as no longer available', async () => {
    await addBookmark(db, spinal.id, '', 1000);
    await setBookmarkNote(db, spinal.id, '周末给孩子读');
    await saveReadingPosition(db, spinal.id, { scroll: 420, progress: 0.5 }, 2000);

    await deleteEditions(db, api, { kind: 'pack', packId: edition.id });

    expect(await getBookmark(db, spinal.id)).toMatchObject({ note: '周末给孩子读', available: false, date: '2022-02-09', page: 'A07' });
    expect(await getReadingState(db, spinal.id)).toEqual({ articleId: spinal.id, scroll: 420, progress: 0.5, lastOpened: 2000 });
  });

  it('records the deleted edition so that later updates do not fetch it again', async () => {
    await deleteEditions(db, api, { kind: 'pack', packId: edition.id });
    expect((await getSetAsidePacks(db)).map((entry) => entry.id)).toEqual([edition.id]);

    const later = fakeServer(corpus);
    const outcome = await createDataApi({ db, fetch: later.fetch, withIngestLock: noLock }).ingest(BASE_URL);

    expect(later.packsRequested()).toEqual([]);
    expect(outcome).toMatchObject({ ok: true, result: { complete: true, ingested: [], unchanged: corpus.manifest.packs.length - 1 } });
    expect(await db.articles.where('packId').equals(edition.id).count()).toBe(0);
    expect((await getSetAsidePacks(db)).map((entry) => entry.id)).toEqual([edition.id]);
  });

  it('downloads a deleted edition again when the reader keeps it, and its bookmark is available again', async () => {
    await addBookmark(db, spinal.id, '留着', 1000);
    await deleteEditions(db, api, { kind: 'pack', packId: edition.id });

    const outcome = await keepEditions(db, api, BASE_URL, { kind: 'pack', packId: edition.id });

    expect(outcome).toMatchObject({ ok: true, result: { ingested: [edition.id] } });
    expect(await db.articles.where('packId').equals(edition.id).count()).toBe(edition.count);
    expect(await searchIds(api, spinal.query)).toContain(spinal.id);
    expect(await getBookmark(db, spinal.id)).toMatchObject({ note: '留着', available: true });
    expect(await getSetAsidePacks(db)).toEqual([]);
    expect(await getOfflineChoice(db)).toEqual({ papers: [], months: [], packs: [] });
  });

  it('deletes a whole month of a paper, and no later update brings it back', async () => {
    const removed = await deleteEditions(db, api, { kind: 'month', paper: '焦作日报', month: '2022-02' });
    expect(removed.packs).toEqual([edition.id]);
    // The paper's undated pages are another "month": they stay.
    expect(await db.packs.get(undatedOfSamePaper.id)).toBeDefined();

    const later = fakeServer(corpus);
    await createDataApi({ db, fetch: later.fetch, withIngestLock: noLock }).ingest(BASE_URL);
    expect(later.packsRequested()).toEqual([]);

    // Keeping the month again downloads it.
    const outcome = await keepEditions(db, api, BASE_URL, { kind: 'month', paper: '焦作日报', month: '2022-02' });
    expect(outcome).toMatchObject({ ok: true, result: { ingested: [edition.id] } });
  });

  it('stops keeping a paper: every pack of it goes, and keeping it again also undoes its single deletions', async () => {
    const [first] = unnamedPapers;
    await deleteEditions(db, api, { kind: 'pack', packId: first?.id ?? '' });
    const removed = await deleteEditions(db, api, { kind: 'paper', paper: null });
    expect(removed.packs.sort()).toEqual(unnamedPapers.slice(1).map((p) => p.id).sort());
    expect(await storedPackIds(db)).toEqual([edition.id, undatedOfSamePaper.id].sort());

    const outcome = await keepEditions(db, api, BASE_URL, { kind: 'paper', paper: null });
    expect(outcome).toMatchObject({ ok: true, result: { complete: true } });
    expect(await storedPackIds(db)).toEqual(corpus.manifest.packs.map((p) => p.id).sort());
  });

  it('an update finishes a deletion that was interrupted after the choice was saved', async () => {
    await addBookmark(db, spinal.id, '', 1000);
    await setOfflineChoice(db, { papers: [], months: [], packs: [edition.id] });

    const outcome = await createDataApi({ db, fetch: fakeServer(corpus).fetch, withIngestLock: noLock }).ingest(BASE_URL);

    expect(outcome).toMatchObject({ ok: true, result: { removed: [edition.id], articlesDeleted: edition.count } });
    expect(await db.packs.get(edition.id)).toBeUndefined();
    expect(await searchIds(api, spinal.query)).not.toContain(spinal.id);
    expect(await getBookmark(db, spinal.id)).toMatchObject({ available: false });
  });

  it('waits for an ingest that is writing the edition, then deletes it', async () => {
    await deleteEditions(db, api, { kind: 'pack', packId: edition.id });
    await keepEditions(db, { ingest: async () => ({ ok: false, failure: { reason: 'offline' } }) }, BASE_URL, { kind: 'pack', packId: edition.id });
    // The download of the edition is held until the deletion has been asked for.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested = () => {};
    const downloading = new Promise<void>((resolve) => (requested = resolve));
    const slowApi = createDataApi({
      db,
      fetch: async (url) => {
        if (url.includes(edition.id)) {
          requested();
          await held;
        }
        return server.fetch(url);
      },
      withIngestLock: noLock,
    });
    const ingest = slowApi.ingest(BASE_URL);
    await downloading;
    const removed = deleteEditions(db, slowApi, { kind: 'pack', packId: edition.id });
    release();

    expect(await ingest).toMatchObject({ ok: true, result: { ingested: [edition.id] } });
    expect(await removed).toEqual({ packs: [edition.id], articles: edition.count });
    expect(await db.articles.where('packId').equals(edition.id).count()).toBe(0);
  });
});

describe('the space each edition takes', () => {
  it('is estimated for every stored pack from its rows, and drops with a deleted edition', async () => {
    const db = await openTestDatabase();
    const api = createDataApi({ db, fetch: fakeServer(corpus).fetch, withIngestLock: noLock });
    await api.ingest(BASE_URL);

    const sizes = await estimateEditionSizes(db);
    expect(Object.keys(sizes.byPack).sort()).toEqual(corpus.manifest.packs.map((p) => p.id).sort());
    for (const entry of corpus.manifest.packs) {
      // Stored as UTF-16 with an index of its grams, a pack takes more than its JSON file.
      expect(sizes.byPack[entry.id]).toBeGreaterThan(entry.size);
    }
    expect(sizes.total).toBe(Object.values(sizes.byPack).reduce((a, b) => a + b, 0));

    await deleteEditions(db, api, { kind: 'pack', packId: edition.id });
    const after = await estimateEditionSizes(db);
    expect(after.byPack[edition.id]).toBeUndefined();
    expect(after.total).toBe(sizes.total - (sizes.byPack[edition.id] ?? 0));
    db.close();
  });
});
