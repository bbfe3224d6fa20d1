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
  listNewestEditions,
  type NewestEditions,
  listPageArticles,
  type Edition,
} from '../db/articlesQueries';
import { getBookmark, listBookmarks } from '../db/bookmarks';
import { getCorpusVersion, getMeta, listPacks } from '../db/corpusMeta';
import type { DubaoDatabase } from '../db/DubaoDatabase';
import { getOfflineChoice } from '../db/offlineChoice';
import { openDatabase } from '../db/openDatabase';
import { listReadingProgress } from '../db/readingProgressQueries';
import { listRecentlyOpened } from '../db/readingState';
import { listRecentSearches } from '../db/recentSearches';
import type { BookmarkRow, RecentSearchRow } from '../db/rows';
import { getSetAsidePacks } from '../db/setAsidePacks';
import { captionsOf } from '../reading/captionsOf';
import { pageNeighbours, type PageNeighbours } from '../reading/pageNeighbours';
import type { ReaderItem } from '../reading/readerItem';
import type { ShelfSource } from '../storage/groupEditionShelf';
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

/** The home page: the newest editions' items, and every edition for the picker. */
export type HomeView = NewestEditions;

/** An article the reader opened lately, and how far they read it (0–1). */
export interface OpenedArticle {
  article: ReaderItem;
  progress: number;
}

export interface LibraryConnection {
  db: DubaoDatabase;
  countArticles(): Promise<number>;
  /**
   * The items of the `editions` newest editions (the home page groups them), and the list of
   * every edition: a year of a daily is far too much to put on one page.
   */
  home(editions: number): Observable<HomeView>;
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
  /** The packs stored and set aside, and the reader's offline choice: the storage page's list. */
  editionShelf(): Observable<ShelfSource>;
  /** The reader's reading settings as stored (defaults for those never set). */
  readingSettings(): Promise<ReadingSettings>;
  /** The corpus version stored completely, and when it arrived (ms); undefined before the first. */
  corpusInfo(): Observable<CorpusInfo>;
}

export interface CorpusInfo {
  version: string | undefined;
  updatedAt: number | undefined;
}

export async function connectLibrary(onVersionChange: () => void, onBlocked?: () => void): Promise<LibraryConnection> {
  return libraryConnectionOf(await openDatabase({ onVersionChange, onBlocked }));
}

export function libraryConnectionOf(db: DubaoDatabase): LibraryConnection {
  return {
    db,
    countArticles: () => countArticles(db),
    home: (limit) => liveQuery(() => listNewestEditions(db, limit)),
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
    editionShelf: () =>
      liveQuery(async () => ({ packs: await listPacks(db), setAside: await getSetAsidePacks(db), choice: await getOfflineChoice(db) })),
    readingSettings: async () => readingSettingsOf(await db.settings.toArray()),
    corpusInfo: () =>
      liveQuery(async () => ({ version: await getCorpusVersion(db), updatedAt: await getMeta(db, 'corpusUpdatedAt') })),
  };
}
