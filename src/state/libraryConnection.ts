// The page's connection to the offline library: the database and the reader's views of it, as
// Dexie liveQuery stores (read them as `$store` in a component; undefined until the first answer).
// Each follows the database, so an ingest running behind updates the page. Dexie is about half
// of the page's code, so libraryState loads this module with a dynamic import, after first paint.
import { liveQuery, type Observable } from 'dexie';
import {
  countArticles,
  getArticle,
  getArticles,
  listEditionArticles,
  listEditions,
  listPageArticles,
  type Edition,
} from '../db/articlesQueries';
import { getBookmark, listBookmarks } from '../db/bookmarks';
import type { DubaoDatabase } from '../db/DubaoDatabase';
import { openDatabase } from '../db/openDatabase';
import { listReadingProgress } from '../db/readingProgressQueries';
import { listRecentlyOpened } from '../db/readingState';
import { listRecentSearches } from '../db/recentSearches';
import type { BookmarkRow, RecentSearchRow } from '../db/rows';
import { captionsOf } from '../reading/captionsOf';
import { pageNeighbours, type PageNeighbours } from '../reading/pageNeighbours';
import type { ReaderItem } from '../reading/readerItem';
import { readingSettingsOf, type ReadingSettings } from '../settings/readingSettings';

export interface ArticleView {
  article: ReaderItem;
  captions: ReaderItem[];
  /** The items before and after it on its page, for 上一篇 / 下一篇. */
  neighbours: PageNeighbours;
}

export interface EditionView {
  /** The edition's items in reading order: page, then position on the page. */
  items: ReaderItem[];
  /** The dates of the same paper's stored editions, newest first (null: its undated pages, last). */
  dates: (string | null)[];
}

/** An article the reader opened lately, and how far they read it (0–1). */
export interface OpenedArticle {
  article: ReaderItem;
  progress: number;
}

export interface LibraryConnection {
  db: DubaoDatabase;
  countArticles(): Promise<number>;
  /** Every stored item, edition by edition (the home page groups them). */
  homeItems(): Observable<ReaderItem[]>;
  /** One edition's items and the paper's other dates; null when no item is stored for it. */
  edition(edition: Edition): Observable<EditionView | null>;
  /** One article and its captions; null when no article has this id. */
  article(id: string): Observable<ArticleView | null>;
  /** The articles opened most recently, newest first; those no longer stored are left out. */
  recentlyOpened(limit?: number): Observable<OpenedArticle[]>;
  /** Progress (0–1) by id of every article the reader opened, for the marks of a list. */
  readingProgress(): Observable<ReadonlyMap<string, number>>;
  /** The names of the stored papers, for the search filter. */
  papers(): Observable<string[]>;
  recentSearches(limit?: number): Observable<RecentSearchRow[]>;
  /** The reader's bookmarks, the most recently added first. */
  bookmarks(): Observable<BookmarkRow[]>;
  /** The ids of the bookmarked articles, for the toggles of a list. */
  bookmarkedIds(): Observable<ReadonlySet<string>>;
  /** Whether this one article is bookmarked. */
  isBookmarked(id: string): Observable<boolean>;
  /** The reader's reading settings as stored (defaults for those never set). */
  readingSettings(): Promise<ReadingSettings>;
}

export async function connectLibrary(onVersionChange: () => void): Promise<LibraryConnection> {
  return libraryConnectionOf(await openDatabase({ onVersionChange }));
}

export function libraryConnectionOf(db: DubaoDatabase): LibraryConnection {
  return {
    db,
    countArticles: () => countArticles(db),
    homeItems: () =>
      liveQuery(async () => {
        const editions = await listEditions(db);
        return (await Promise.all(editions.map((edition) => listEditionArticles(db, edition)))).flat();
      }),
    edition: (edition) =>
      liveQuery(async () => {
        const items = await listEditionArticles(db, edition);
        if (items.length === 0) return null;
        const editions = await listEditions(db);
        const dates = editions.filter((other) => other.paper === edition.paper).map((other) => other.date);
        return { items, dates };
      }),
    article: (id) =>
      liveQuery(async () => {
        const article = await getArticle(db, id);
        if (article === undefined) return null;
        const pageItems = await listPageArticles(db, article, article.page);
        return { article, captions: captionsOf(id, pageItems), neighbours: pageNeighbours(pageItems, id) };
      }),
    recentlyOpened: (limit = 5) =>
      liveQuery(async () => {
        const states = await listRecentlyOpened(db, limit);
        const articles = new Map((await getArticles(db, states.map((s) => s.articleId))).map((a) => [a.id, a]));
        return states.flatMap((state) => {
          const article = articles.get(state.articleId);
          return article === undefined ? [] : [{ article, progress: state.progress }];
        });
      }),
    readingProgress: () => liveQuery(() => listReadingProgress(db)),
    papers: () =>
      liveQuery(async () => {
        const papers = (await listEditions(db)).map((edition) => edition.paper).filter((paper) => paper !== null);
        return [...new Set(papers)];
      }),
    recentSearches: (limit = 8) => liveQuery(() => listRecentSearches(db, limit)),
    bookmarks: () => liveQuery(() => listBookmarks(db)),
    bookmarkedIds: () => liveQuery(async () => new Set((await listBookmarks(db)).map((bookmark) => bookmark.articleId))),
    isBookmarked: (id) => liveQuery(async () => (await getBookmark(db, id)) !== undefined),
    readingSettings: async () => readingSettingsOf(await db.settings.toArray()),
  };
}
