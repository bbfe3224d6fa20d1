// The search engine's contract. The engine (src/search) is pure: it builds shard indexes from
// documents and answers queries through the two store interfaces below, which the database
// layer (src/db) implements over IndexedDB and the tests implement in memory.
import type { ItemKind } from '../corpus/types';

/** What the index knows of one item, built from a pack item at ingest. */
export interface SearchDoc {
  id: string;
  /** Shard the doc belongs to: see shardOf(). */
  shard: string;
  paper: string | null;
  date: string | null;
  page: string | null;
  section: string | null;
  kind: ItemKind;
  /** Position on its page, for a stable order among items of one date. */
  order: number;
  /** Seed file, to order undated items and to name their shard. */
  source: string;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  byline: string | null;
  /** The item's paragraphs joined with '\n' (as displayed: offsets of snippets refer to it). */
  body: string;
}

/** One document of a shard, kept small: it is held in memory for every shard searched. */
export interface ShardDoc {
  id: string;
  paper: string | null;
  date: string | null;
  page: string | null;
  section: string | null;
  kind: ItemKind;
  /** kicker, title and subtitle joined with ' ' as displayed (may be empty). */
  headline: string;
  byline: string | null;
}

/** A run of consecutive grams (in code-unit order) with their postings, about 8 KB. */
export interface PostingBlock {
  shard: string;
  /** First and last gram stored in the block. */
  firstGram: string;
  lastGram: string;
  data: Uint8Array;
}

/** A shard's index: docs in result order (newest first) and posting blocks over doc positions. */
export interface ShardIndex {
  shard: string;
  docs: ShardDoc[];
  blocks: PostingBlock[];
}

/** Where the engine reads an index from (IndexedDB in the app, memory in tests). */
export interface IndexStore {
  /** Every shard, newest first (undated shards last). */
  listShards(): Promise<string[]>;
  getShardDocs(shard: string): Promise<ShardDoc[]>;
  /** The block of `shard` whose gram range covers `gram`, if any. */
  getBlock(shard: string, gram: string): Promise<PostingBlock | undefined>;
  /** Every block of `shard`, in gram order: one read instead of one a gram (SearchIndex.warm). */
  getShardBlocks?(shard: string): Promise<PostingBlock[]>;
}

/** Where the engine reads item text from, to verify candidates and cut snippets. */
export interface TextStore {
  /** The displayed body text (paragraphs joined with '\n') of each id found. */
  getBodies(ids: readonly string[]): Promise<Map<string, string>>;
}

export interface SearchFilters {
  papers?: string[];
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
  pages?: string[];
  sections?: string[];
  kinds?: ItemKind[];
}

export interface SearchRequest {
  /** As typed: terms separated by spaces, "quoted phrases" kept whole. */
  query: string;
  filters?: SearchFilters;
  /**
   * 'newest' (default): headline hits, then body hits, newest first. 'relevance': the same hits,
   * headline hits by MiniSearch score (BM25 over kicker, title, subtitle, byline, section), then
   * body hits by how often the terms occur; works on the full list, so it costs the total.
   */
  sort?: 'newest' | 'relevance';
  /** How many hits to return from the start of the result order (default 20). */
  limit?: number;
  offset?: number;
}

/** A stretch of displayed text with the matches marked as offsets into `text` (data, not HTML). */
export interface Snippet {
  text: string;
  matches: { start: number; end: number }[];
}

export interface SearchHit {
  id: string;
  /** Where the query was found: in the headline (kicker/title/subtitle/byline) or only in the body. */
  in: 'headline' | 'body';
  doc: ShardDoc;
  /** Around the first match in the body, or the start of the body for a headline-only match. */
  snippet: Snippet;
  /** Matches inside doc.headline, as offsets. */
  headlineMatches: { start: number; end: number }[];
}

export interface SearchResult {
  hits: SearchHit[];
  /** Total number of matching items (all pages of results). */
  total: number;
  /** Query terms after normalization and 繁→简 conversion, as searched. */
  terms: string[];
}
