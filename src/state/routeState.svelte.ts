import { parseRoute, type Route } from '../routing/route';

/** The page the reader is on, following the URL hash; also remembers where they came from. */
class RouteState {
  current = $state.raw<Route>(parseRoute(location.hash));
  /** The route before the last navigation; null on the first page shown. */
  previous = $state.raw<Route | null>(null);
  /** The hash navigate() just set: its hashchange event is already applied. */
  #navigated: string | null = null;

  constructor() {
    window.addEventListener('hashchange', () => {
      if (location.hash === this.#navigated) {
        this.#navigated = null;
        return;
      }
      this.#navigated = null;
      this.#go(location.hash);
    });
  }

  /**
   * Goes to `hash` as a new history entry, at once: the hashchange event comes later, and by
   * then the reader may have typed on (the search box navigates on the first keystroke).
   */
  navigate(hash: string): void {
    const before = location.hash;
    this.#go(hash);
    location.hash = hash;
    if (location.hash !== before) this.#navigated = location.hash;
  }

  /** Rewrites the current entry (the query of the search page as it is typed): no new history entry. */
  replace(hash: string): void {
    if (location.hash === hash) return;
    history.replaceState(history.state, '', hash);
    this.current = parseRoute(hash);
  }

  #go(hash: string): void {
    this.previous = this.current;
    this.current = parseRoute(hash);
  }
}

export const routeState = new RouteState();
