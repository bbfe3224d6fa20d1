// Hash routes keep every link working from a plain static folder, under any base path:
//   #/                                   the list of articles
//   #/article/<id>[?q=<query>]           one article, <id> URL-encoded; q marks the query in its text
//   #/search[?q=&paper=&from=&to=&kind=] search, with optional filters (ISO dates, item kind)
//   #/edition/<paper>/<date>[/<page>]    one edition's page index, scrolled to <page> if given;
//                                        each part URL-encoded, `-` for one the paper does not state
//   #/bookmarks                          the reader's bookmarks
//   #/settings                           reading settings (text size, line spacing, colours, 简/繁)
//   #/storage                            offline and storage: space used, editions kept, deleting them
import type { ItemKind } from '../corpus/types';

export interface SearchParams {
  /** As typed. */
  q: string;
  paper: string | null;
  /** Inclusive ISO dates (YYYY-MM-DD). */
  from: string | null;
  to: string | null;
  kind: ItemKind | null;
}

export type Route =
  | { name: 'home' }
  | { name: 'article'; id: string; highlight: string }
  | { name: 'search'; params: SearchParams }
  | { name: 'edition'; edition: EditionKey; at: PageKey | null }
  | { name: 'bookmarks' }
  | { name: 'settings' }
  | { name: 'storage' }
  | { name: 'notFound' };

/** One day's paper; null for a paper or date the text does not state. */
export interface EditionKey {
  paper: string | null;
  date: string | null;
}

/** A page of an edition to show (null: the unnumbered page). */
export interface PageKey {
  page: string | null;
}

export const emptySearch: SearchParams = { q: '', paper: null, from: null, to: null, kind: null };

const kinds: readonly ItemKind[] = ['article', 'brief', 'caption', 'sidebar'];
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function parseRoute(hash: string): Route {
  const full = hash.replace(/^#/, '');
  const queryAt = full.indexOf('?');
  const path = queryAt === -1 ? full : full.slice(0, queryAt);
  const query = new URLSearchParams(queryAt === -1 ? '' : full.slice(queryAt + 1));
  if (path === '' || path === '/') return { name: 'home' };
  if (path === '/search') return { name: 'search', params: searchParamsOf(query) };
  if (path === '/bookmarks') return { name: 'bookmarks' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/storage') return { name: 'storage' };
  const article = /^\/article\/([^/]+)$/.exec(path);
  if (article?.[1] !== undefined) {
    const id = decodeSegment(article[1]);
    if (id !== null && id !== '') return { name: 'article', id, highlight: query.get('q') ?? '' };
  }
  const edition = /^\/edition\/([^/]+)\/([^/]+)(?:\/([^/]+))?$/.exec(path);
  if (edition?.[1] !== undefined && edition[2] !== undefined) {
    const [paper, date] = [decodePart(edition[1]), decodePart(edition[2])];
    const page = edition[3] === undefined ? null : decodePart(edition[3]);
    if (paper !== undefined && date !== undefined && page !== undefined) {
      return { name: 'edition', edition: { paper, date }, at: edition[3] === undefined ? null : { page } };
    }
  }
  return { name: 'notFound' };
}

/** Unknown or malformed values are dropped: a hand-edited link still searches. */
function searchParamsOf(query: URLSearchParams): SearchParams {
  const date = (name: string) => {
    const value = query.get(name);
    return value !== null && isoDate.test(value) ? value : null;
  };
  const kind = query.get('kind');
  return {
    q: query.get('q') ?? '',
    paper: query.get('paper') || null,
    from: date('from'),
    to: date('to'),
    kind: kinds.find((k) => k === kind) ?? null,
  };
}

export const homeHref = '#/';

export const bookmarksHref = '#/bookmarks';

export const settingsHref = '#/settings';

export const storageHref = '#/storage';

/** A link to an article; `highlight` (a query) marks its matches in the text. */
export function articleHref(id: string, highlight = ''): string {
  const query = highlight.trim() === '' ? '' : `?${new URLSearchParams({ q: highlight })}`;
  return `#/article/${encodeURIComponent(id)}${query}`;
}

/** A link to an edition's page index; with `page`, to that page of it. */
export function editionHref({ paper, date }: EditionKey, page?: PageKey): string {
  const parts = [paper, date, ...(page === undefined ? [] : [page.page])];
  return `#/edition/${parts.map(encodePart).join('/')}`;
}

// An unstated part is `-`; a stated `-` is escaped so that the two never meet.
function encodePart(value: string | null): string {
  if (value === null || value === '') return '-';
  return value === '-' ? '%2D' : encodeURIComponent(value);
}

/** undefined for a malformed part. */
function decodePart(segment: string): string | null | undefined {
  if (segment === '-') return null;
  const value = decodeSegment(segment);
  return value === null || value === '' ? undefined : value;
}

/** A link to the search page; only the parameters that are set appear in it. */
export function searchHref(params: Partial<SearchParams> = {}): string {
  const query = new URLSearchParams();
  for (const key of ['q', 'paper', 'from', 'to', 'kind'] as const) {
    const value = params[key];
    if (value !== null && value !== undefined && value !== '') query.set(key, value);
  }
  const text = query.toString();
  return text === '' ? '#/search' : `#/search?${text}`;
}

export function sameSearch(a: SearchParams, b: SearchParams): boolean {
  return a.q === b.q && a.paper === b.paper && a.from === b.from && a.to === b.to && a.kind === b.kind;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
