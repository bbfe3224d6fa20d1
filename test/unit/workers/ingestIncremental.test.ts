// A new corpus version: only changed packs are fetched, only changed articles written, the
// articles of removed packs deleted, and the reader's bookmarks kept (marked unavailable).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../src/corpus/types';
import { addBookmark, getBookmark } from '../../../src/db/bookmarks';
import type { DubaoDatabase } from '../../../src/db/DubaoDatabase';
import { getReadingState, saveReadingPosition } from '../../../src/db/readingState';
import { createIndexStore, createTextStore } from '../../../src/db/searchStores';
import { ingestCorpus } from '../../../src/workers/ingest/ingestCorpus';
import { makeDocument, makeItem } from '../../helpers/corpusFixtures';
import { recordWrites } from '../db/helpers/recordWrites';
import { openTestDatabase } from '../db/helpers/testDatabase';
import { BASE_URL, buildCorpus, fakeServer, parsedSeeds } from './helpers/corpusServer';

const seeds = parsedSeeds();
const original = buildCorpus(seeds);
const [changedDoc, removedDoc] = [seeds[2], seeds[3]] as [ParsedDocument, ParsedDocument];
const changedItem = changedDoc.items.find((item) => item.paragraphs.length > 1) ?? changedDoc.items[0];
if (!changedItem) throw new Error('seed 2 has no items');
const removedIds = removedDoc.items.map((item) => item.id);

/** Seed 2 with one paragraph of one article edited (after the start its id is made of), seed 3 gone. */
const edited = buildCorpus(
  seeds
    .filter((doc) => doc !== removedDoc)
    .map((doc) =>
      doc !== changedDoc
        ? doc
        : {
            ...doc,
            items: doc.items.map((item) =>
              item === changedItem ? { ...item, paragraphs: [...item.paragraphs, '（本报更正：文中数字有误，已改正。）'] } : item,
            ),
          },
    ),
);

const fileOf = (corpus: typeof original, source: string) => corpus.manifest.packs.find((p) => p.source === source);

describe('ingestCorpus with a new corpus version', () => {
  let db: DubaoDatabase;
  beforeEach(async () => {
    db = await openTestDatabase();
    await ingestCorpus({ db, baseUrl: BASE_URL, fetch: fakeServer(original).fetch });
  });
  afterEach(() => db.close());

  it('fetches only the changed pack and writes only its changed article', async () => {
    const writes = await recordWrites(db);
    const server = fakeServer(edited);
    const result = await ingestCorpus({ db, baseUrl: BASE_URL, fetch: server.fetch });

    expect(server.packsRequested()).toEqual([fileOf(edited, changedDoc.source)?.file]);
    const written = writes.filter((w) => w.table === 'articles' && w.type === 'put').flatMap((w) => w.keys);
    expect(written).toEqual([changedItem.id]);
    expect(result).toMatchObject({ complete: true, articlesWritten: 1, version: edited.manifest.version });
    const bodies = await createTextStore(db).getBodies([changedItem.id]);
    expect(bodies.get(changedItem.id)).toContain('本报更正');
  });

  it('deletes the articles and shard of a removed pack', async () => {
    const removedPack = fileOf(original, removedDoc.source);
    const result = await ingestCorpus({ db, baseUrl: BASE_URL, fetch: fakeServer(edited).fetch });
    expect(result.removed).toEqual([removedPack?.id]);
    expect(result.articlesDeleted).toBe(removedIds.length);
    expect(await db.articles.bulkGet(removedIds)).toEqual(removedIds.map(() => undefined));
    expect(await db.packs.get(removedPack?.id ?? '')).toBeUndefined();
    const shards = await createIndexStore(db).listShards();
    expect(shards).not.toContain(`src:${removedDoc.source}`);
    const docs = (await Promise.all(shards.map((s) => createIndexStore(db).getShardDocs(s)))).flat();
    expect(docs.filter((d) => removedIds.includes(d.id))).toEqual([]);
    expect(docs).toHaveLength(await db.articles.count());
  });

  it('keeps the bookmarks, notes and progress of removed articles, marked unavailable, until they come back', async () => {
    const [gone] = removedIds;
    if (!gone) throw new Error('seed 3 has no items');
    const bookmark = await addBookmark(db, gone, '这篇要留着', 1000);
    await addBookmark(db, changedItem.id, '会改动的文章', 2000);
    await saveReadingPosition(db, gone, { scroll: 420, progress: 0.3 }, 3000);

    await ingestCorpus({ db, baseUrl: BASE_URL, fetch: fakeServer(edited).fetch });
    expect(await getBookmark(db, gone)).toEqual({ ...bookmark, available: false });
    expect(await getBookmark(db, changedItem.id)).toMatchObject({ note: '会改动的文章', addedAt: 2000, available: true });
    expect(await getReadingState(db, gone)).toEqual({ articleId: gone, scroll: 420, progress: 0.3, lastOpened: 3000 });

    await ingestCorpus({ db, baseUrl: BASE_URL, fetch: fakeServer(original).fetch });
    expect(await getBookmark(db, gone)).toEqual(bookmark);
  });

  it('keeps an article that moves to another pack, with its bookmark available', async () => {
    const undated = makeDocument({ source: 'x.txt', items: [makeItem({ id: 'moving', title: '会搬家的文章', paragraphs: ['正文。'] })] });
    const dated = makeDocument({
      source: 'x.txt',
      paper: '焦作日报',
      pages: [{ page: 'A01', section: null, date: '2022-02-09' }],
      items: [makeItem({ id: 'moving', date: '2022-02-09', page: 'A01', title: '会搬家的文章', paragraphs: ['正文。'] })],
    });
    await ingestCorpus({ db, baseUrl: BASE_URL, fetch: fakeServer(buildCorpus([undated])).fetch });
    await addBookmark(db, 'moving', '笔记', 1000);
    const result = await ingestCorpus({ db, baseUrl: BASE_URL, fetch: fakeServer(buildCorpus([dated])).fetch });
    expect(result.complete).toBe(true);
    expect(await db.articles.get('moving')).toMatchObject({ paper: '焦作日报', date: '2022-02-09', shard: '2022-02' });
    expect(await getBookmark(db, 'moving')).toMatchObject({ note: '笔记', available: true });
    expect((await createIndexStore(db).listShards())).toEqual(['2022-02']);
  });
});
