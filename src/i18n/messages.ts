import type { ItemKind } from '../corpus/types';
import type { UserDataRefusal } from '../userData/parseUserDataFile';

/** Every UI string. Each locale must provide all of them, so a missing translation is a type error. */
export interface Messages {
  appName: string;
  skipToContent: string;
  loading: string;
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
}
