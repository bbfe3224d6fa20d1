import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listNewestEditions } from '../../../src/db/articlesQueries';
import type { DubaoDatabase } from '../../../src/db/DubaoDatabase';
import type { ArticleRow } from '../../../src/db/rows';
import { makeArticleRow, openTestDatabase } from './helpers/testDatabase';

// A year of a daily and a weekly, and some undated pages: far more than one page should list.
const daily = '焦作日报';
const weekly = '河南周刊';
const perEdition = 6;

function isoDay(dayOfYear: number): string {
  return new Date(Date.UTC(2022, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

function yearOfPapers(): ArticleRow[] {
  const rows: ArticleRow[] = [];
  for (let day = 0; day < 365; day++) {
    const date = isoDay(day);
    for (let order = 0; order < perEdition; order++) {
      rows.push(makeArticleRow({ id: `d-${date}-${order}`, paper: daily, date, page: `A${(order % 8) + 1}`, order }));
    }
    if (day % 7 === 0) rows.push(makeArticleRow({ id: `w-${date}`, paper: weekly, date, page: '01', order: 0 }));
  }
  rows.push(makeArticleRow({ id: 'undated', paper: null, date: null, page: null, order: 0 }));
  return rows;
}

describe('listNewestEditions over a year of papers', () => {
  let db: DubaoDatabase;
  const rows = yearOfPapers();
  // The tests only read: one database for all of them.
  beforeAll(async () => {
    db = await openTestDatabase();
    await db.articles.bulkPut(rows);
  });
  afterAll(() => db.close());

  it('holds the items of the newest editions only, but lists every edition', async () => {
    const home = await listNewestEditions(db, 3);
    // 2022-12-31 is a day of both papers: in paper order (code points: 河 before 焦).
    expect(home.editions.slice(0, 3)).toEqual([
      { paper: weekly, date: '2022-12-31' },
      { paper: daily, date: '2022-12-31' },
      { paper: daily, date: '2022-12-30' },
    ]);
    expect(home.shown).toBe(3);
    expect(home.articles).toHaveLength(1 + perEdition * 2);
    expect(new Set(home.articles.map((item) => item.date))).toEqual(new Set(['2022-12-31', '2022-12-30']));
    expect(home.editions).toHaveLength(365 + 53 + 1);
    expect(home.editions.at(-1)).toEqual({ paper: null, date: null });
    expect(home.total).toBe(rows.length);
  });

  it('shows more editions when asked for more, the newest first', async () => {
    const home = await listNewestEditions(db, 6);
    expect(home.shown).toBe(6);
    const dates = [...new Set(home.articles.map((item) => item.date))];
    expect(dates).toEqual(['2022-12-31', '2022-12-30', '2022-12-29', '2022-12-28', '2022-12-27']);
  });

  it('asks for more editions than there are and gets them all, undated last', async () => {
    const all = await listNewestEditions(db, 10_000);
    expect(all.shown).toBe(all.editions.length);
    expect(all.articles).toHaveLength(rows.length);
    expect(all.articles.at(-1)?.id).toBe('undated');
  });
});
