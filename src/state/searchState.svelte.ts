import { rememberSearch } from '../actions/rememberSearch';
import { countHits, searchPapers } from '../actions/searchPapers';
import { emptySearch, sameSearch, searchHref, type SearchParams } from '../routing/route';
import type { SearchHit } from '../search/types';
import { dataClient } from './dataClient';
import { library } from './libraryState.svelte';
import { routeState } from './routeState.svelte';

/** Quiet time after the last keystroke before a query runs. */
export const TYPING_DELAY_MS = 150;
/** A query left standing this long with hits counts as a search the reader made. */
const REMEMBER_DELAY_MS = 2500;

export interface SearchResults {
  params: SearchParams;
  hits: SearchHit[];
  total: number;
  /** The terms as searched (normalized, 繁→简): links to hits mark these in the article. */
  terms: string[];
}

/**
 * The search box, its filters and their results. One instance for the page: the box in the
 * header and the search page share it. Queries run in the data worker; an answer that comes
 * back after a newer query was sent is dropped.
 */
class SearchState {
  params = $state.raw<SearchParams>(emptySearch);
  results = $state.raw<SearchResults | null>(null);
  searching = $state(false);
  failed = $state(false);
  #sent = 0;
  #typing: ReturnType<typeof setTimeout> | undefined;
  #remembering: ReturnType<typeof setTimeout> | undefined;

  /** The reader typed in the search box: results follow once they pause. */
  type(q: string): void {
    this.params = { ...this.params, q };
    if (routeState.current.name !== 'search') routeState.navigate(searchHref(this.params));
    clearTimeout(this.#typing);
    this.#typing = setTimeout(() => void this.#run(), TYPING_DELAY_MS);
  }

  /** Enter in the search box: search now and remember the query. */
  submit(): void {
    if (routeState.current.name !== 'search') routeState.navigate(searchHref(this.params));
    void this.#run().then(() => this.remember());
  }

  setFilters(filters: Partial<Omit<SearchParams, 'q'>>): void {
    this.params = { ...this.params, ...filters };
    void this.#run();
  }

  clearFilters(): void {
    this.setFilters({ paper: null, from: null, to: null, kind: null });
  }

  /**
   * The URL named a search (a link, a deep link, back): show it unless it is what the page holds
   * already (the box navigates to the search page on the first keystroke, and its query follows).
   */
  show(params: SearchParams): void {
    if (sameSearch(params, this.params)) return;
    this.params = params;
    void this.#run();
  }

  /** The stored papers changed: the current results may be out of date. */
  refresh(): void {
    if (this.results !== null) void this.#run();
  }

  reset(): void {
    clearTimeout(this.#typing);
    clearTimeout(this.#remembering);
    this.#sent++;
    this.params = emptySearch;
    this.results = null;
    this.searching = false;
    this.failed = false;
  }

  /** Keeps the current query among the recent searches (a hit was opened, or Enter pressed). */
  remember(): void {
    clearTimeout(this.#remembering);
    if (this.params.q.trim() !== '') void rememberSearch(library.db, this.params.q).catch(console.error);
  }

  async loadMore(): Promise<void> {
    const shown = this.results;
    if (shown === null || this.searching || shown.hits.length >= shown.total) return;
    const sent = ++this.#sent;
    this.searching = true;
    try {
      const page = await searchPapers(dataClient(), shown.params, shown.hits.length);
      if (sent === this.#sent) this.results = { ...shown, hits: [...shown.hits, ...page.hits], total: page.total };
    } catch (error) {
      console.error(error);
      if (sent === this.#sent) this.failed = true;
    } finally {
      if (sent === this.#sent) this.searching = false;
    }
  }

  async #run(): Promise<void> {
    clearTimeout(this.#typing);
    clearTimeout(this.#remembering);
    const params = this.params;
    const sent = ++this.#sent;
    if (routeState.current.name === 'search') routeState.replace(searchHref(params));
    if (params.q.trim() === '') {
      this.results = null;
      this.searching = false;
      this.failed = false;
      return;
    }
    this.searching = true;
    try {
      const page = await searchPapers(dataClient(), params);
      // The answer needed a damaged part of the index rebuilt: the reader is told why it was slow.
      if (page.repairedShards) library.tell({ kind: 'searchRepaired' });
      if (sent !== this.#sent) return;
      this.results = { params, hits: page.hits, total: page.total, terms: page.terms };
      this.failed = false;
      // The first page came back as soon as it was full; the exact total follows.
      if (!page.totalExact) {
        const total = await countHits(dataClient(), params);
        if (sent === this.#sent && this.results !== null) this.results = { ...this.results, total };
      }
      if (page.hits.length > 0) this.#remembering = setTimeout(() => this.remember(), REMEMBER_DELAY_MS);
    } catch (error) {
      console.error(error);
      if (sent === this.#sent) this.failed = true;
    } finally {
      if (sent === this.#sent) this.searching = false;
    }
  }
}

export const searchState = new SearchState();
