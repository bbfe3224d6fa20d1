// The reader's queries over the articles table. Each reads through Dexie only, so a state
// module can wrap it in liveQuery and follow an ingest as it writes.
import Dexie from 'dexie';
import { compareText } from './compareText';
import type { DubaoDatabase } from './DubaoDatabase';
import type { ArticleRow } from './rows';

/** One day's paper, or the undated pages of a paper (date null). */
export interface Edition {
  paper: string | null;
  date: string | null;
}

const EDITION_INDEX = '[paperKey+dateKey]';
const PAGE_ORDER_INDEX = '[paperKey+dateKey+pageKey+order]';

/** The key stored for a field the text does not state (see ArticleRow). */
export function indexKeyOf(value: string | null): string {
  return value ?? '';
}

function valueOfIndexKey(key: string): string | null {
  return key === '' ? null : key;
}

export function getArticle(db: DubaoDatabase, id: string): Promise<ArticleRow | undefined> {
  return db.articles.get(id);
}

/** The articles found among `ids`, in the order of `ids`; ids not in the corpus are left out. */
export async function getArticles(db: DubaoDatabase, ids: readonly string[]): Promise<ArticleRow[]> {
  const rows = await db.articles.bulkGet([...ids]);
  return rows.filter((row): row is ArticleRow => row !== undefined);
}

/** Every edition: papers in code-point order (unknown paper first), newest date first within a paper. */
export async function listEditions(db: DubaoDatabase): Promise<Edition[]> {
  // The index's key path fixes the shape of its keys; Dexie types them loosely.
  const keys = (await db.articles.orderBy(EDITION_INDEX).uniqueKeys()) as unknown as [string, string][];
  return keys
    .sort(([paperA, dateA], [paperB, dateB]) => compareText(paperA, paperB) || compareText(dateB, dateA))
    .map(([paper, date]) => ({ paper: valueOfIndexKey(paper), date: valueOfIndexKey(date) }));
}

/**
 * Every edition, the newest first whatever its paper (on one date, in paper order), then the
 * undated ones: the order in which the home page shows them, a few at a time.
 */
export async function listEditionsNewestFirst(db: DubaoDatabase): Promise<Edition[]> {
  const editions = await listEditions(db);
  // Array sort is stable: editions of one date keep listEditions' paper order.
  return editions.sort((a, b) => {
    if (a.date === null || b.date === null) return Number(a.date === null) - Number(b.date === null);
    return compareText(b.date, a.date);
  });
}

/** The newest editions with their articles, and every edition (see listEditionsNewestFirst). */
export interface NewestEditions {
  /** The articles of the first `shown` editions, edition by edition in reading order. */
  articles: ArticleRow[];
  /** Every stored edition, the newest first (undated last). */
  editions: Edition[];
  /** How many of `editions` `articles` holds. */
  shown: number;
  /** How many articles are stored in all. */
  total: number;
}

/**
 * The articles of the `limit` newest editions only: a year of a daily is some 25,000 items,
 * far too many to read from the database (or list on one page) at once.
 */
export async function listNewestEditions(db: DubaoDatabase, limit: number): Promise<NewestEditions> {
  const editions = await listEditionsNewestFirst(db);
  const shown = editions.slice(0, Math.max(0, limit));
  const [articles, total] = await Promise.all([
    Promise.all(shown.map((edition) => listEditionArticles(db, edition))).then((lists) => lists.flat()),
    countArticles(db),
  ]);
  return { articles, editions, shown: shown.length, total };
}

/** The articles of one edition in reading order: page, then position on the page. */
export function listEditionArticles(db: DubaoDatabase, edition: Edition): Promise<ArticleRow[]> {
  const paper = indexKeyOf(edition.paper);
  const date = indexKeyOf(edition.date);
  return db.articles
    .where(PAGE_ORDER_INDEX)
    .between([paper, date, Dexie.minKey, Dexie.minKey], [paper, date, Dexie.maxKey, Dexie.maxKey])
    .toArray();
}

/** The pages of one edition, in page order (an unnumbered page, null, first). */
export async function listEditionPages(db: DubaoDatabase, edition: Edition): Promise<(string | null)[]> {
  const paper = indexKeyOf(edition.paper);
  const date = indexKeyOf(edition.date);
  const keys = (await db.articles
    .where(PAGE_ORDER_INDEX)
    .between([paper, date, Dexie.minKey, Dexie.minKey], [paper, date, Dexie.maxKey, Dexie.maxKey])
    .keys()) as unknown as [string, string, string, number][];
  return [...new Set(keys.map(([, , page]) => page))].map(valueOfIndexKey);
}

/** The articles of one page of an edition, in their order on the page. */
export function listPageArticles(db: DubaoDatabase, edition: Edition, page: string | null): Promise<ArticleRow[]> {
  const start = [indexKeyOf(edition.paper), indexKeyOf(edition.date), indexKeyOf(page)];
  return db.articles
    .where(PAGE_ORDER_INDEX)
    .between([...start, Dexie.minKey], [...start, Dexie.maxKey])
    .toArray();
}

export function countArticles(db: DubaoDatabase): Promise<number> {
  return db.articles.count();
}
