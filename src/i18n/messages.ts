import type { ItemKind } from '../corpus/types';
import type { UserDataRefusal } from '../userData/parseUserDataFile';
import type { StorageMessages } from './storageMessages';

/** Every UI string. Each locale must provide all of them, so a missing translation is a type error. */
export interface Messages {
  appName: string;
  skipToContent: string;
  loading: string;
  /** A screen's code could not be fetched (offline before the app was saved). */
  screenLoadFailed: string;
  loadFailed: string;
  loadFailedOffline: string;
  loadFailedMissing: (status: number) => string;
  loadFailedDamaged: string;
  retry: string;
  emptyCorpus: string;
  itemCount: (count: number) => string;
  unknownPaper: string;
  undated: string;
  sourceFile: (source: string) => string;
  unknownPage: string;
  page: (page: string) => string;
  untitled: string;
  kind: Record<Exclude<ItemKind, 'article'>, string>;
  continuedFrom: (page: string) => string;
  captions: string;
  summaryLabel: string;
  backToList: string;
  articleNotFound: string;
  articleNotFoundHint: string;
  pageNotFound: string;
  /** Progress of the first ingest, and the quiet notices over stored papers. */
  libraryPreparing: string;
  libraryConnecting: string;
  libraryProgressLabel: string;
  libraryProgress: (packsDone: number, packsTotal: number, articles: number) => string;
  loadFailedStorage: string;
  noticeUpdated: (articles: number) => string;
  noticeOffline: string;
  noticeUpdateFailed: string;
  dismissNotice: string;
  versionChanged: string;
  reload: string;
  /** Offline readiness, installing, and new versions of the app (src/pwa). */
  offlinePreparing: string;
  offlineProgressLabel: string;
  offlineShellSaving: string;
  offlineShellSaved: string;
  offlinePapersWaiting: string;
  offlinePapersProgress: (packsDone: number, packsTotal: number) => string;
  offlinePapersSaved: string;
  offlineReady: string;
  offlineIncomplete: string;
  offlineUnavailable: string;
  installApp: string;
  iosInstallHint: string;
  updateReady: string;
  updateAccept: string;
  updateLater: string;
  updateActivated: string;
  appUpdatesHeading: string;
  papersUpdatedAt: (when: string) => string;
  papersVersion: (version: string) => string;
  papersNotSaved: string;
  checkForUpdates: string;
  updateCheck: Record<'checking' | 'upToDate' | 'downloading' | 'found' | 'offline' | 'failed', string>;
  /** Storage failures (src/db/storageError.ts): what happened and what still works. */
  noticeStorageFull: (articles: number) => string;
  noticeSearchRepaired: string;
  noticeNotSaved: string;
  librarySavedByOtherTab: string;
  readingInMemory: { unavailable: string; full: string };
  /** Read in memory, the older editions were left out (the count of them). */
  readingInMemoryNewestOnly: (editions: number) => string;
  upgradeBlocked: string;
  findingArticle: string;
  searchInstead: string;
  /** Search. */
  searchLabel: string;
  searchPlaceholder: string;
  searchUnavailable: string;
  searchButton: string;
  searchHeading: string;
  searchDocumentTitle: (query: string) => string;
  searching: string;
  searchFailed: string;
  resultCount: (count: number) => string;
  noResults: (query: string) => string;
  noResultsFiltered: string;
  clearFilters: string;
  searchTipsHeading: string;
  searchTips: string[];
  searchExamplesLabel: string;
  /** Queries that find something in the published papers, offered as one-tap examples. */
  searchExamples: string[];
  recentSearches: string;
  removeRecentSearch: (query: string) => string;
  filters: string;
  filterPaper: string;
  filterAllPapers: string;
  filterFrom: string;
  filterTo: string;
  filterKind: string;
  filterAllKinds: string;
  kindArticle: string;
  loadMore: string;
  documentTitle: (heading: string) => string;
  /** Bookmarks. */
  bookmarks: string;
  bookmarkArticle: string;
  bookmarkItem: (heading: string) => string;
  bookmarkCount: (count: number) => string;
  bookmarksEmpty: string;
  bookmarksEmptyHint: string;
  bookmarkUnavailable: string;
  bookmarkNote: string;
  bookmarkNotePlaceholder: string;
  bookmarkNoteSaved: string;
  removeBookmark: (heading: string) => string;
  bookmarkRemoved: string;
  undo: string;
  /** The bookmarks file: export and import. */
  userDataHeading: string;
  userDataHint: string;
  exportUserData: string;
  exportUserDataFailed: string;
  importUserData: string;
  importing: string;
  importResult: (added: number, existing: number) => string;
  importNoteConflicts: (count: number) => string;
  /** Imported bookmarks whose article is not among the papers stored here. */
  importUnavailable: (count: number) => string;
  importRefused: Record<UserDataRefusal, string>;
  importFailed: string;
  /** Sharing an article or a passage. */
  share: string;
  shareQuote: string;
  linkCopied: string;
  quoteCopied: string;
  copyFailed: string;
  /** Reading settings. */
  settings: string;
  readingSettings: string;
  textSize: string;
  textSizes: string[];
  lineHeight: string;
  lineHeights: string[];
  theme: string;
  themes: Record<'system' | 'light' | 'dark' | 'sepia', string>;
  script: string;
  scripts: Record<'simplified' | 'traditional', string>;
  settingsSaved: string;
  /** The UI language choice. */
  uiLanguage: string;
  uiLanguages: { browser: string; 'zh-CN': string; en: string };
  settingsPreview: string;
  settingsDocumentTitle: string;
  /** Reading progress and moving between the articles of a page. */
  continueReading: string;
  readPercent: (percent: number) => string;
  readThrough: string;
  pageArticles: string;
  previousArticle: string;
  nextArticle: string;
  articleShortcuts: string;
  /** One edition and its page index. */
  pageIndex: string;
  chooseDate: string;
  previousPage: string;
  nextPage: string;
  editionNotFound: string;
  /** Read aloud (朗读) on the article page. */
  readAloud: string;
  pauseReading: string;
  resumeReading: string;
  stopReading: string;
  /** The home page shows the newest editions; the others on demand or from the picker. */
  editionsShown: (shown: number, total: number) => string;
  showOlderEditions: string;
  allEditions: string;
  editionDateOf: (paper: string) => string;
  openEdition: string;
  /** The 离线与存储 page. */
  storage: StorageMessages;
}
