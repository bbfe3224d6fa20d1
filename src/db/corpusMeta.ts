// What the database knows about the corpus it holds: the manifest version of the last complete
// ingest, the packs stored and their hashes, and the search shards waiting to be rebuilt.
import type { DubaoDatabase } from './DubaoDatabase';
import type { CorpusMetaValues, MetaRow, PackRow } from './rows';

export async function getMeta<K extends keyof CorpusMetaValues>(db: DubaoDatabase, key: K): Promise<CorpusMetaValues[K] | undefined> {
  const row = (await db.meta.get(key)) as MetaRow<K> | undefined;
  return row?.value;
}

export function setMeta<K extends keyof CorpusMetaValues>(db: DubaoDatabase, key: K, value: CorpusMetaValues[K]): Promise<string> {
  return db.meta.put({ key, value } as MetaRow);
}

/** Version of the last corpus ingested completely, if any. */
export function getCorpusVersion(db: DubaoDatabase): Promise<string | undefined> {
  return getMeta(db, 'corpusVersion');
}

/**
 * Records the version of a corpus ingested completely; a new version also records when, which
 * the reader sees as 报纸更新于 (an unchanged one keeps the time it first arrived).
 */
export function recordCorpusVersion(db: DubaoDatabase, version: string, now = Date.now()): Promise<void> {
  return db.transaction('rw', db.meta, async () => {
    if ((await getCorpusVersion(db)) === version) return;
    await setMeta(db, 'corpusVersion', version);
    await setMeta(db, 'corpusUpdatedAt', now);
  });
}

/** Every pack stored or being ingested. */
export function listPacks(db: DubaoDatabase): Promise<PackRow[]> {
  return db.packs.toArray();
}

export async function getPendingShards(db: DubaoDatabase): Promise<string[]> {
  return (await getMeta(db, 'pendingShards')) ?? [];
}

/** Adds shards to rebuild; call inside a transaction that includes the meta table. */
export async function addPendingShards(db: DubaoDatabase, shards: Iterable<string>): Promise<void> {
  const pending = new Set(await getPendingShards(db));
  const before = pending.size;
  for (const shard of shards) pending.add(shard);
  if (pending.size !== before) await setMeta(db, 'pendingShards', [...pending]);
}

/** Removes a rebuilt shard from the pending ones; call inside a transaction that includes meta. */
export async function removePendingShard(db: DubaoDatabase, shard: string): Promise<void> {
  const pending = await getPendingShards(db);
  if (pending.includes(shard)) await setMeta(db, 'pendingShards', pending.filter((s) => s !== shard));
}
