import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  getArticle,
  getArticles,
  listEditionArticles,
  listEditionPages,
  listEditions,
  listPageArticles,
} from '../../../src/db/articlesQueries';
import type { DubaoDatabase } from '../../../src/db/DubaoDatabase';
import { makeArticleRow, openTestDatabase } from './helpers/testDatabase';

const jz = '焦作日报';
const rows = [
  makeArticleRow({ id: 'a02-1', paper: jz, date: '2022-02-09', page: 'A02', order: 1 }),
  makeArticleRow({ id: 'a01-0', paper: jz, date: '2022-02-09', page: 'A01', order: 0 }),
  makeArticleRow({ id: 'a02-0', paper: jz, date: '2022-02-09', page: 'A02', order: 0 }),
  makeArticleRow({ id: 'a01-2', paper: jz, date: '2022-02-09', page: 'A01', order: 2 }),
  makeArticleRow({ id: 'a01-1', paper: jz, date: '2022-02-09', page: 'A01', order: 1 }),
  makeArticleRow({ id: 'older', paper: jz, date: '2022-02-08', page: 'A01', order: 0 }),
  makeArticleRow({ id: 'other-paper', paper: '河南日报', date: '2022-02-10', page: '01', order: 0 }),
  makeArticleRow({ id: 'undated-1', paper: null, date: null, page: null, order: 1 }),
  makeArticleRow({ id: 'undated-0', paper: null, date: null, page: null, order: 0 }),
];

describe('articles queries', () => {
  let db: DubaoDatabase;
  beforeEach(async () => {
    db = await openTestDatabase();
    await db.articles.bulkPut(rows);
  });
  afterEach(() => db.close());

  it('lists editions by paper, newest date first, with the unstated paper and date as null', async () => {
    expect(await listEditions(db)).toEqual([
      { paper: null, date: null },
      { paper: '河南日报', date: '2022-02-10' },
      { paper: jz, date: '2022-02-09' },
      { paper: jz, date: '2022-02-08' },
    ]);
  });

  it('lists an edition in reading order: page, then position on the page', async () => {
    const edition = await listEditionArticles(db, { paper: jz, date: '2022-02-09' });
    expect(edition.map((a) => a.id)).toEqual(['a01-0', 'a01-1', 'a01-2', 'a02-0', 'a02-1']);
  });

  it('lists the undated pages of unknown papers too (null keys would leave them out of the index)', async () => {
    const undated = await listEditionArticles(db, { paper: null, date: null });
    expect(undated.map((a) => [a.id, a.paper, a.date, a.page])).toEqual([
      ['undated-0', null, null, null],
      ['undated-1', null, null, null],
    ]);
  });

  it('lists the pages of an edition and the articles of one page', async () => {
    const edition = { paper: jz, date: '2022-02-09' };
    expect(await listEditionPages(db, edition)).toEqual(['A01', 'A02']);
    expect((await listPageArticles(db, edition, 'A02')).map((a) => a.id)).toEqual(['a02-0', 'a02-1']);
    expect(await listEditionPages(db, { paper: null, date: null })).toEqual([null]);
  });

  it('gets articles by id, in the order asked, leaving out ids not in the corpus', async () => {
    expect((await getArticle(db, 'older'))?.date).toBe('2022-02-08');
    expect((await getArticles(db, ['other-paper', 'gone', 'a01-0'])).map((a) => a.id)).toEqual(['other-paper', 'a01-0']);
  });
});
