import type { Route } from './route';

/** The pages that list articles: the reader comes back to them from an article, where they left. */
export function isListRoute(route: Route): boolean {
  return route.name === 'home' || route.name === 'edition' || route.name === 'search' || route.name === 'bookmarks';
}

/**
 * Whether arriving at `current` should put the list back where the reader left it: on going
 * back (or forward) in history, or on coming back from an article by a link (the back link, the
 * masthead). A list opened afresh from elsewhere starts at its top.
 */
export function restoresScroll(current: Route, previous: Route | null, traversal: boolean): boolean {
  if (!isListRoute(current) || previous === null) return false;
  return traversal || previous.name === 'article';
}
