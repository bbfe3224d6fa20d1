import type { StorageMessages } from './storageMessages';

const about = (size: string | null) => (size === null ? 'size being counted' : `about ${size}`);
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const storageEn: StorageMessages = {
  title: 'Offline and storage',
  documentTitle: 'Offline and storage - Dubao',
  link: 'Offline and storage',
  linkHint: 'Space used, which papers to keep offline, deleting old papers',
  intro: 'Dubao keeps the papers in this device’s browser, so you can read them without a network.',
  spaceHeading: 'Storage space',
  spaceUsed: (used, quota) => `Dubao uses ${used} on this device; the browser allows up to about ${quota}.`,
  papersTake: (size) => `The stored papers come to about ${size} (estimated from the stored data; the browser compresses it, so it may take less).`,
  spaceUnknown: 'This browser does not tell how much space is used.',
  persisted: 'Persistent storage is on: the browser will not clear the papers and bookmarks when the device runs low on space.',
  notPersisted: 'Persistent storage is off: when the device runs low on space, the browser may clear the papers and bookmarks.',
  requestPersist: 'Ask for persistent storage',
  persistGranted: 'The browser granted persistent storage.',
  persistRefused: 'The browser did not grant it this time. Browsers usually do once Dubao is installed (added to the home screen).',
  iosHint:
    'On iPhone and iPad, Safari may clear what a website stored once it has not been opened for a while (about 7 days). Adding Dubao to the home screen prevents this: tap Safari’s Share button, choose “Add to Home Screen”, and open Dubao from the home screen from then on; the papers and bookmarks stay on the device.',
  editionsHeading: 'Papers kept offline',
  editionsHint:
    'Deleted papers are not downloaded again by later updates; you can download them again here (online). Bookmarks, notes and reading progress are never deleted.',
  noEditions: 'No papers are stored yet.',
  totals: (editions, items, size) => `${plural(editions, 'edition', 'editions')} · ${plural(items, 'item', 'items')} · ${about(size)}`,
  editionSize: (items, size) => `${plural(items, 'item', 'items')} · ${about(size)}`,
  downloading: 'Downloading',
  notKept: 'Not kept offline',
  downloadSize: (size) => `about ${size} to download`,
  paperNotKept: 'This paper is not kept offline.',
  monthNotKept: 'This month is not kept offline.',
  deleteEdition: 'Delete',
  deleteEditionLabel: (name) => `Delete ${name}`,
  deleteMonth: 'Delete this month',
  deleteMonthLabel: (name) => `Delete all of ${name}`,
  deleteUndated: 'Delete all',
  deleteUndatedLabel: (name) => `Delete every page of ${name}`,
  stopKeepingPaper: 'Stop keeping this paper offline',
  stopKeepingPaperLabel: (paper) => `Stop keeping ${paper} offline`,
  keepPaper: 'Keep this paper offline again',
  keepPaperLabel: (paper) => `Keep ${paper} offline again`,
  downloadAgain: 'Download again',
  downloadAgainLabel: (name) => `Download ${name} again`,
  downloadMonthAgain: 'Download this month again',
  confirmDeleteEdition: (name, items, size) => `Delete ${name} (${plural(items, 'item', 'items')}, ${about(size)}) from this device?`,
  confirmDeleteMonth: (name, editions, items, size) =>
    `Delete the ${plural(editions, 'edition', 'editions')} of ${name} (${plural(items, 'item', 'items')}, ${about(size)}) from this device?`,
  confirmStopPaper: (paper, editions, items, size) =>
    `Stop keeping ${paper} offline? Its ${plural(editions, 'stored edition', 'stored editions')} (${plural(items, 'item', 'items')}, ${about(size)}) will be deleted from this device.`,
  confirmConsequence:
    'Later updates will not download them again; you can download them again here. Bookmarks, notes and reading progress are kept; bookmarked articles show as no longer in the papers until downloaded again.',
  confirmDelete: 'Delete',
  cancel: 'Cancel',
  deleting: 'Deleting…',
  deleted: (items) => `Deleted ${plural(items, 'item', 'items')}.`,
  downloadingNow: 'Downloading…',
  downloaded: (items) => `Downloaded ${plural(items, 'item', 'items')}.`,
  downloadOffline: 'There is no network now. Your choice is saved; the papers download when Dubao next opens online.',
  downloadFailed: 'The download did not succeed. Please try again later.',
  deleteFailed: 'The deletion did not succeed. Please try again.',
};
