// What the reader is told about the offline library, decided from what is stored and how the
// last ingest ended. Pure, so each case is a unit test; libraryState.svelte.ts applies it.
import type { IngestOutcome } from '../workers/dataApi';
import type { IngestProgress } from '../workers/ingest/ingestTypes';

/** Why there is nothing to read, in terms the reader can act on. */
export type LibraryFailure =
  | { reason: 'offline' }
  | { reason: 'missing'; status: number }
  | { reason: 'damaged' }
  /** The browser would not open IndexedDB (private mode, storage blocked or full). */
  | { reason: 'storage' };

/** A quiet note shown above stored articles. */
export type LibraryNotice =
  | { kind: 'updated'; articles: number }
  | { kind: 'offline' }
  | { kind: 'updateFailed' }
  /** The disk or the site's quota filled up during the update: `articles` are stored and readable. */
  | { kind: 'storageFull'; articles: number }
  /** A damaged part of the search index was rebuilt from the stored articles. */
  | { kind: 'searchRepaired' }
  /** The disk is full: a bookmark or note the reader just made could not be saved. */
  | { kind: 'notSaved' };

export type LibraryStatus =
  | { name: 'opening' }
  /**
   * Nothing stored yet: the first ingest runs; progress is null until the manifest is read.
   * `otherTab`: another tab is saving the papers; this one waits for it (and then reads them).
   */
  | { name: 'firstIngest'; progress: IngestProgress | null; otherTab?: true }
  | { name: 'failed'; failure: LibraryFailure }
  /** Articles stored (or a complete, empty corpus): reading works; an update may run behind. */
  | { name: 'ready'; updating: boolean; notice: LibraryNotice | null };

/** Where the library starts once the database is open, before any ingest. */
export function statusWhenOpened(storedArticles: number): LibraryStatus {
  return storedArticles > 0 ? { name: 'ready', updating: true, notice: null } : { name: 'firstIngest', progress: null };
}

/**
 * How the library stands after an ingest. `hadArticles`: articles were stored before it started
 * (then a failure is a notice over the stored papers, not an error); `storedArticles` is the count now.
 */
export function statusAfterIngest(outcome: IngestOutcome, hadArticles: boolean, storedArticles: number): LibraryStatus {
  if (!outcome.ok) {
    const failure = failureOf(outcome.failure);
    if (storedArticles === 0) return { name: 'failed', failure };
    return { name: 'ready', updating: false, notice: noticeOf(outcome.failure, storedArticles) };
  }
  const { result } = outcome;
  // Every pack failed to download or parse: an empty library would read as "no papers exist".
  if (storedArticles === 0 && result.failed.length > 0) {
    return { name: 'failed', failure: { reason: 'damaged' } };
  }
  let notice: LibraryNotice | null = null;
  if (result.failed.length > 0) notice = { kind: 'updateFailed' };
  else if (hadArticles && result.articlesWritten > 0) notice = { kind: 'updated', articles: result.articlesWritten };
  return { name: 'ready', updating: false, notice };
}

function failureOf(failure: Extract<IngestOutcome, { ok: false }>['failure']): LibraryFailure {
  switch (failure.reason) {
    case 'offline':
      return { reason: 'offline' };
    case 'manifest-missing':
      return { reason: 'missing', status: failure.status };
    case 'manifest-damaged':
    case 'unexpected':
      return { reason: 'damaged' };
    case 'storage':
      return { reason: 'storage' };
  }
}

/** What a reader with stored papers is told about an update that failed. */
function noticeOf(failure: Extract<IngestOutcome, { ok: false }>['failure'], storedArticles: number): LibraryNotice {
  if (failure.reason === 'offline') return { kind: 'offline' };
  if (failure.reason === 'storage' && failure.fault === 'full') return { kind: 'storageFull', articles: storedArticles };
  return { kind: 'updateFailed' };
}

/** The progress bar's numbers: packs done of packs to fetch (never more than the total). */
export function progressValues(progress: IngestProgress | null): { done: number; total: number } | null {
  if (progress === null || progress.packsTotal === 0) return null;
  return { done: Math.min(progress.packsDone, progress.packsTotal), total: progress.packsTotal };
}
