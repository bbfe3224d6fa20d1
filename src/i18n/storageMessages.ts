/** UI strings of the 离线与存储 (offline and storage) page. Sizes arrive formatted (formatBytes). */
export interface StorageMessages {
  title: string;
  documentTitle: string;
  /** The link to the page, from the settings and the footer, and what it holds. */
  link: string;
  linkHint: string;
  intro: string;
  spaceHeading: string;
  spaceUsed: (used: string, quota: string) => string;
  papersTake: (size: string) => string;
  spaceUnknown: string;
  persisted: string;
  notPersisted: string;
  requestPersist: string;
  persistGranted: string;
  persistRefused: string;
  iosHint: string;
  editionsHeading: string;
  editionsHint: string;
  noEditions: string;
  /** Stored editions of a paper or month: how many, their items, their size (null while counted). */
  totals: (editions: number, items: number, size: string | null) => string;
  /** One stored edition: its items and size (null while counted). */
  editionSize: (items: number, size: string | null) => string;
  downloading: string;
  notKept: string;
  downloadSize: (size: string) => string;
  paperNotKept: string;
  monthNotKept: string;
  deleteEdition: string;
  deleteEditionLabel: (name: string) => string;
  deleteMonth: string;
  deleteMonthLabel: (name: string) => string;
  /** The undated pages of a paper are grouped like a month, but are not one. */
  deleteUndated: string;
  deleteUndatedLabel: (name: string) => string;
  stopKeepingPaper: string;
  stopKeepingPaperLabel: (paper: string) => string;
  keepPaper: string;
  keepPaperLabel: (paper: string) => string;
  downloadAgain: string;
  downloadAgainLabel: (name: string) => string;
  downloadMonthAgain: string;
  confirmDeleteEdition: (name: string, items: number, size: string | null) => string;
  confirmDeleteMonth: (name: string, editions: number, items: number, size: string | null) => string;
  confirmStopPaper: (paper: string, editions: number, items: number, size: string | null) => string;
  confirmConsequence: string;
  confirmDelete: string;
  cancel: string;
  deleting: string;
  deleted: (items: number) => string;
  downloadingNow: string;
  downloaded: (items: number) => string;
  downloadOffline: string;
  downloadFailed: string;
  deleteFailed: string;
}
