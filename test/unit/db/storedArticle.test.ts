import { describe, expect, it } from 'vitest';
import { getArticle, getArticles, listEditionArticles } from '../../../src/db/articlesQueries';
import { fromStoredArticle, toStoredArticle } from '../../../src/db/storedArticle';
import { freshIndexedDb, makeArticleRow, openTestDatabase, TEST_DATABASE_NAME } from './helpers/testDatabase';

const dated = makeArticleRow({ id: 'a', paper: '焦作日报', date: '2022-02-09', page: 'A07', title: '标题', kicker: null, paragraphs: ['正文一', '正文二'] });
const undated = makeArticleRow({ id: 'b', source: 'x.txt', byline: '记者 甲', summary: '提示', paragraphs: ['提示', '正文'] });
// Not what an ingest writes, but a row may hold it: kept as it is.
const odd = { ...makeArticleRow({ id: 'c', date: '2022-03-01' }), shard: 'src:elsewhere.txt', paper: '' };

/** The row as IndexedDB holds it, read without the app's reading hook. */
async function rawRow(idb: ReturnType<typeof freshIndexedDb>, id: string): Promise<Record<string, unknown>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = idb.indexedDB.open(TEST_DATABASE_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const row = await new Promise<Record<string, unknown>>((resolve) => {
    const request = db.transaction('articles').objectStore('articles').get(id);
    request.onsuccess = () => resolve(request.result as Record<string, unknown>);
  });
  db.close();
  return row;
}

describe('article rows as stored', () => {
  it('leave out null fields, the paper, date and page their index keys hold, and the shard', () => {
    const stored = toStoredArticle(dated);
    expect(stored).not.toHaveProperty('kicker');
    expect(stored).not.toHaveProperty('subtitle');
    expect(stored).not.toHaveProperty('paper');
    expect(stored).not.toHaveProperty('date');
    expect(stored).not.toHaveProperty('shard');
    expect(stored).toMatchObject({ paperKey: '焦作日报', dateKey: '2022-02-09', pageKey: 'A07', title: '标题' });
  });

  it('come back whole, and a whole row is left as it is', () => {
    for (const row of [dated, undated, odd]) {
      expect(fromStoredArticle(toStoredArticle(row))).toEqual(row);
      expect(fromStoredArticle(row)).toEqual(row);
    }
    expect(toStoredArticle(odd)).toMatchObject({ shard: 'src:elsewhere.txt', paper: '' });
  });

  it('are stored lean in IndexedDB and read back whole by every query, the caller’s row untouched', async () => {
    const idb = freshIndexedDb();
    const db = await openTestDatabase(idb);
    const written = structuredClone(dated);
    await db.articles.bulkPut([written, undated]);
    expect(written).toEqual(dated);
    const raw = await rawRow(idb, 'a');
    expect(raw).not.toHaveProperty('kicker');
    expect(raw).not.toHaveProperty('shard');
    expect(await getArticle(db, 'a')).toEqual(dated);
    expect(await getArticles(db, ['b', 'missing', 'a'])).toEqual([undated, dated]);
    expect(await listEditionArticles(db, { paper: '焦作日报', date: '2022-02-09' })).toEqual([dated]);
    expect(await listEditionArticles(db, { paper: null, date: null })).toEqual([undated]);
    const each: unknown[] = [];
    await db.articles.each((row) => each.push(row));
    expect(each).toEqual([dated, undated]);
    db.close();
  });
});
