// Whether the reader can turn the network off now and lose nothing: the app itself must be in
// the service worker's cache and the papers in IndexedDB. Pure, so each case is a unit test.
import { progressValues, type LibraryStatus } from '../state/libraryStatus';
import type { ShellStatus } from './serviceWorkerState.svelte';

export type OfflineReadiness =
  /** Nothing to say: the dev server (no service worker), the database still opening, or a failure the page explains. */
  | { kind: 'hidden' }
  /** This browser cannot keep the app offline (no service worker, or saving it failed). */
  | { kind: 'unavailable' }
  /** On its way: whether the app is saved yet, and how far the papers are. */
  | { kind: 'preparing'; shellSaved: boolean; papers: PapersProgress }
  /** Readable offline, but some papers could not be saved; the next visit online tries again. */
  | { kind: 'incomplete' }
  | { kind: 'ready' };

/** 'waiting' until the corpus manifest is read, then packs saved of packs to fetch, then 'saved'. */
export type PapersProgress = 'waiting' | { done: number; total: number } | 'saved';

export function offlineReadiness(shell: ShellStatus, library: LibraryStatus): OfflineReadiness {
  if (shell === 'disabled') return { kind: 'hidden' };
  if (shell === 'unsupported' || shell === 'failed') return { kind: 'unavailable' };
  // A failure (no network on a first visit, storage refused) is explained by the page itself; the
  // database opens in a blink, and saying "preparing" then would flicker on every visit.
  if (library.name === 'failed' || library.name === 'opening') return { kind: 'hidden' };
  const shellSaved = shell === 'ready';
  if (library.name === 'firstIngest') return { kind: 'preparing', shellSaved, papers: progressValues(library.progress) ?? 'waiting' };
  // Papers stored: an update running behind does not make them less readable offline.
  if (!shellSaved) return { kind: 'preparing', shellSaved, papers: 'saved' };
  return library.notice?.kind === 'updateFailed' ? { kind: 'incomplete' } : { kind: 'ready' };
}
