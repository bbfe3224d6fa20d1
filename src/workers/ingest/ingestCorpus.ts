import { listPacks, setMeta } from '../../db/corpusMeta';
import type { DubaoDatabase } from '../../db/DubaoDatabase';
import { deletePackArticles, forgetPack } from '../../db/packWrites';
import { rebuildPendingShards } from '../../db/rebuildShards';
import { downloadPack, type FetchLike } from './downloadPack';
import { ingestPack } from './ingestPack';
import { PackDownloads } from './PackDownloads';
import type { IngestProgress, IngestResult } from './ingestTypes';
import { planIngest } from './planIngest';
import { readManifest } from './readManifest';
import { shardOf } from '../../search/shardOf';
import type { ManifestEntry } from '../../build/packFormat';

export interface IngestOptions {
  db: DubaoDatabase;
  /** The page's base URL (document.baseURI): the manifest and pack paths are relative to it. */
  baseUrl: string;
  fetch: FetchLike;
  onProgress?: (progress: IngestProgress) => void;
  signal?: AbortSignal;
  /** Rows per write transaction: small, so the reader's own queries are never held up long. */
  batchSize?: number;
  /** Packs fetched ahead of the one being written. */
  prefetch?: number;
}

export const DEFAULT_BATCH_SIZE = 250;

/**
 * Brings the database to the corpus the manifest lists: fetches new and changed packs, writes
 * their changed articles, deletes the articles of packs gone from it, rebuilds the search shards
 * that changed. Each pack is marked complete only once written, so a run stopped anywhere (a
 * closed tab, an abort, the network) resumes where it stopped and never writes anything twice.
 * A damaged pack is skipped and reported; it is retried on the next run.
 */
export async function ingestCorpus(options: IngestOptions): Promise<IngestResult> {
  const { db, baseUrl, fetch, onProgress, signal, batchSize = DEFAULT_BATCH_SIZE, prefetch = 2 } = options;
  const manifest = await readManifest(baseUrl, fetch, signal);
  const plan = planIngest(manifest, await listPacks(db));

  const progress: IngestProgress = {
    packsTotal: plan.toFetch.length,
    packsDone: 0,
    articlesWritten: 0,
    articlesDeleted: 0,
    bytesTotal: plan.toFetch.reduce((sum, entry) => sum + entry.size, 0),
    bytesDone: 0,
    currentPack: null,
    failed: [],
  };
  const report = () => onProgress?.({ ...progress, failed: [...progress.failed] });
  const ingested: string[] = [];
  const shardsRebuilt: string[] = [];
  report();

  for (const row of plan.toRemove) {
    signal?.throwIfAborted();
    progress.articlesDeleted += await deletePackArticles(db, row.id, new Set(), batchSize);
    await forgetPack(db, row.id);
  }

  const downloads = new PackDownloads(plan.toFetch, (entry, downloadSignal) => downloadPack(entry, baseUrl, fetch, downloadSignal), signal);
  try {
    for (const [i, entry] of plan.toFetch.entries()) {
      progress.currentPack = entry.id;
      report();
      downloads.startUpTo(i + prefetch);
      const download = await downloads.take(i);
      progress.bytesDone += download.bytes;
      if (download.ok) {
        const written = await ingestPack(db, entry, download.pack, {
          batchSize,
          signal,
          onWritten: (count) => {
            progress.articlesWritten += count;
            report();
          },
        });
        progress.articlesDeleted += written.deleted;
        ingested.push(entry.id);
        // A shard that packs still to come will touch again waits for them: each is rebuilt once,
        // after its last pack (the manifest lists packs paper by paper, so a month recurs).
        const comingShards = new Set([...written.shards, ...plan.toFetch.slice(i + 1).map(shardOfEntry)]);
        shardsRebuilt.push(...(await rebuildPendingShards(db, comingShards)));
      } else {
        progress.failed.push(download.failure);
      }
      progress.packsDone++;
    }
  } finally {
    downloads.cancel();
  }

  progress.currentPack = null;
  shardsRebuilt.push(...(await rebuildPendingShards(db)));
  const complete = progress.failed.length === 0;
  if (complete) await setMeta(db, 'corpusVersion', manifest.version);
  report();
  return {
    version: manifest.version,
    complete,
    ingested,
    unchanged: plan.unchanged,
    removed: plan.toRemove.map((row) => row.id),
    failed: progress.failed,
    articlesWritten: progress.articlesWritten,
    articlesDeleted: progress.articlesDeleted,
    bytesFetched: progress.bytesDone,
    shardsRebuilt: [...new Set(shardsRebuilt)],
  };
}

/** The search shard a pack's articles fall in: its edition's month, or its seed file when undated. */
function shardOfEntry(entry: ManifestEntry): string {
  return shardOf({ date: entry.date, source: entry.source ?? '' });
}
