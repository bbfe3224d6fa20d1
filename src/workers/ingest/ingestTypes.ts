// What an ingest reports: to the page through the data bridge, and to tests.

/** Why a pack was skipped. The rest of the corpus is ingested without it; the next run retries it. */
export type PackFailureReason =
  /** The server answered with an HTTP error. */
  | 'http'
  /** Fewer bytes than the manifest lists. */
  | 'truncated'
  /** The bytes do not hash to the manifest's SHA-256. */
  | 'hash'
  | 'json'
  /** Valid JSON, but not a corpus pack (or not the pack the manifest lists). */
  | 'shape';

export interface PackFailure {
  packId: string;
  file: string;
  reason: PackFailureReason;
  detail: string;
}

export interface IngestProgress {
  /** Packs this run has to fetch (new or changed), and how many of them are done or failed. */
  packsTotal: number;
  packsDone: number;
  articlesWritten: number;
  articlesDeleted: number;
  /** Bytes of the packs to fetch, per the manifest, and bytes fetched so far. */
  bytesTotal: number;
  bytesDone: number;
  /** The pack being fetched or written, if any. */
  currentPack: string | null;
  failed: PackFailure[];
}

export interface IngestResult {
  /** Manifest version read by this run. */
  version: string;
  /** Every pack of the manifest is stored: the database now holds corpus `version`. */
  complete: boolean;
  /** Packs fetched and written by this run. */
  ingested: string[];
  /** Packs already stored with the manifest's hash. */
  unchanged: number;
  /** Packs gone from the manifest, whose articles were deleted. */
  removed: string[];
  failed: PackFailure[];
  articlesWritten: number;
  articlesDeleted: number;
  bytesFetched: number;
  /** Search shards rebuilt by this run. */
  shardsRebuilt: string[];
}
