import type { SearchParams } from '../routing/route';
import type { SearchFilters } from '../search/types';
import type { SearchAnswer } from '../workers/dataApi';
import type { DataClient } from '../workers/dataBridge';

export const SEARCH_PAGE_SIZE = 20;

/** The engine's filters for the search page's parameters (unset ones left out). */
export function filtersOf(params: SearchParams): SearchFilters {
  return {
    ...(params.paper !== null && { papers: [params.paper] }),
    ...(params.from !== null && { from: params.from }),
    ...(params.to !== null && { to: params.to }),
    ...(params.kind !== null && { kinds: [params.kind] }),
  };
}

/** One page of hits for the reader's query, searched by the data worker; the total may be a lower bound. */
export function searchPapers(client: Pick<DataClient, 'search'>, params: SearchParams, offset = 0): Promise<SearchAnswer> {
  return client.search({ query: params.q, filters: filtersOf(params), limit: SEARCH_PAGE_SIZE, offset });
}

/** The exact number of hits of the reader's query (after a first page that did not count them all). */
export function countHits(client: Pick<DataClient, 'count'>, params: SearchParams): Promise<number> {
  return client.count({ query: params.q, filters: filtersOf(params) });
}
