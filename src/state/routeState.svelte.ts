import { parseRoute, type Route } from '../routing/route';

/** The page the reader is on, following the URL hash; also remembers where they came from. */
class RouteState {
  current = $state.raw<Route>(parseRoute(location.hash));
  /** The route before the last navigation; null on the first page shown. */
  previous = $state.raw<Route | null>(null);

  constructor() {
    window.addEventListener('hashchange', () => {
      this.previous = this.current;
      this.current = parseRoute(location.hash);
    });
  }
}

export const routeState = new RouteState();
