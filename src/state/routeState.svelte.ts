import { parseRoute, type Route } from '../routing/route';

// Each history entry the app has shown carries this mark in history.state: an entry that has it
// when it comes back was reached by going back or forward, not by following a link.
const seenMark = 'dubaoSeen';

function wasSeen(state: unknown): boolean {
  return typeof state === 'object' && state !== null && seenMark in state;
}

function markSeen(): void {
  if (wasSeen(history.state)) return;
  const state: unknown = history.state;
  history.replaceState({ ...(typeof state === 'object' && state !== null ? state : {}), [seenMark]: true }, '');
}

/** The page the reader is on, following the URL hash; also remembers where they came from. */
class RouteState {
  current = $state.raw<Route>(parseRoute(location.hash));
  /** The route before the last navigation; null on the first page shown. */
  previous = $state.raw<Route | null>(null);
  /** The hash of `previous` (as last replaced); null on the first page shown. */
  previousHash = $state.raw<string | null>(null);
  /** Whether the current page was reached by the browser's back or forward (not by a link). */
  traversal = $state.raw(false);
  /** The hash navigate() just set: its hashchange event is already applied. */
  #navigated: string | null = null;
  #hash = location.hash;

  constructor() {
    markSeen();
    window.addEventListener('hashchange', () => {
      if (location.hash === this.#navigated) {
        this.#navigated = null;
        return;
      }
      this.#navigated = null;
      this.#go(location.hash, wasSeen(history.state));
      markSeen();
    });
  }

  /**
   * Goes to `hash` as a new history entry, at once: the hashchange event comes later, and by
   * then the reader may have typed on (the search box navigates on the first keystroke).
   */
  navigate(hash: string): void {
    const before = location.hash;
    this.#go(hash, false);
    location.hash = hash;
    this.#hash = location.hash;
    if (location.hash !== before) {
      this.#navigated = location.hash;
      markSeen();
    }
  }

  /** Rewrites the current entry (the query of the search page as it is typed): no new history entry. */
  replace(hash: string): void {
    if (location.hash === hash) return;
    history.replaceState(history.state, '', hash);
    this.#hash = hash;
    this.current = parseRoute(hash);
  }

  #go(hash: string, traversal: boolean): void {
    this.previous = this.current;
    this.previousHash = this.#hash;
    this.#hash = hash;
    this.traversal = traversal;
    this.current = parseRoute(hash);
  }
}

export const routeState = new RouteState();
