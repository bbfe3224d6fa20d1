import { listPacks, recordCorpusVersion } from '../../db/corpusMeta';
import type { DubaoDatabase } from '../../db/DubaoDatabase';
import { deletePackArticles, forgetPack, writeWholePacks } from '../../db/packWrites';
import { rebuildPendingShards } from '../../db/rebuildShards';
import { downloadPack, type FetchLike, type PackDownload } from './downloadPack';
import { ingestPack } from './ingestPack';
import { PackDownloads } from './PackDownloads';
import { PackGroup } from './PackGroup';
import type { IngestProgress, IngestResult } from './ingestTypes';
import { planIngest } from './planIngest';
import { selectKeptPacks } from './packSelection';
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
  /**
   * Rows per write transaction: small, so the reader's own queries are never held up long.
   * Packs of fewer rows are written several to a transaction, larger ones in several.
   */
  batchSize?: number;
  /** Packs fetched ahead of the one being written. */
  prefetch?: number;
}

export const DEFAULT_BATCH_SIZE = 600;

/**
 * Brings the database to the corpus the manifest lists: fetches new and changed packs, writes
 * their changed articles, deletes the articles of packs gone from it, rebuilds the search shards
 * that changed. Each pack is marked complete only once written, so a run stopped anywhere (a
 * closed tab, an abort, the network) resumes where it stopped and never writes anything twice.
 * A damaged pack is skipped and reported; it is retried on the next run.
 */
export async function ingestCorpus(options: IngestOptions): Promise<IngestResult> {
  const { db, baseUrl, fetch, onProgress, signal, batchSize = DEFAULT_BATCH_SIZE, prefetch = 6 } = options;
  const manifest = await readManifest(baseUrl, fetch, signal);
  const plan = await selectKeptPacks(db, manifest, planIngest(manifest, await listPacks(db)));

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

  // A shard that packs still to come will touch again waits for them: each is rebuilt once,
  // after its last pack (the manifest lists packs paper by paper, so a month recurs). Rebuilds
  // run one after another behind the writes: building a month's index takes the worker's time
  // while IndexedDB (in the browser's own process) stores the next packs.
  let rebuilding: Promise<void> = Promise.resolve();
  const rebuildPassed = (writtenShards: readonly string[], next: number) => {
    const comingShards = new Set([...writtenShards, ...plan.toFetch.slice(next).map(shardOfEntry)]);
    rebuilding = rebuilding.then(async () => {
      shardsRebuilt.push(...(await rebuildPendingShards(db, comingShards)));
    });
    // Awaited after the loop; a failure stops the rebuilds queued after it.
    rebuilding.catch(() => undefined);
  };
  const group = new PackGroup(batchSize);
  // Writes the small packs waiting, each whole, in one transaction (`next`: the first pack not in it).
  const writeGroup = async (next: number) => {
    const packs = group.take();
    if (packs.length === 0) return;
    signal?.throwIfAborted();
    const counts = await writeWholePacks(db, packs);
    for (const [k, { entry }] of packs.entries()) {
      progress.articlesWritten += counts[k].written;
      progress.articlesDeleted += counts[k].deleted;
      ingested.push(entry.id);
    }
    progress.packsDone += packs.length;
    report();
    rebuildPassed(packs.flatMap((pack) => pack.shards), next);
  };

  const downloads = new PackDownloads(plan.toFetch, (entry, downloadSignal) => downloadPack(entry, baseUrl, fetch, downloadSignal), signal);
  try {
    for (const [i, entry] of plan.toFetch.entries()) {
      progress.currentPack = entry.id;
      report();
      downloads.startUpTo(i + prefetch);
      let download: PackDownload;
      try {
        download = await downloads.take(i);
      } catch (error) {
        // Offline from here on: the packs already downloaded are still stored.
        if (!signal?.aborted) await writeGroup(i);
        throw error;
      }
      progress.bytesDone += download.bytes;
      if (!download.ok) {
        progress.failed.push(download.failure);
        progress.packsDone++;
        continue;
      }
      if (!group.fits(entry.count)) await writeGroup(i);
      if (group.fits(entry.count)) {
        group.add(entry, download.pack);
        continue;
      }
      // Too large for one transaction: written step by step, and resumed halfway if interrupted.
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
      progress.packsDone++;
      rebuildPassed(written.shards, i + 1);
    }
    await writeGroup(plan.toFetch.length);
    await rebuilding;
  } finally {
    downloads.cancel();
    // Never return (and let another ingest start) while a rebuild is still writing.
    await rebuilding.catch(() => undefined);
  }

  progress.currentPack = null;
  shardsRebuilt.push(...(await rebuildPendingShards(db)));
  const complete = progress.failed.length === 0;
  if (complete) await recordCorpusVersion(db, manifest.version);
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
