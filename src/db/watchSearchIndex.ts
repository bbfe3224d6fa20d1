import Dexie, { type ObservabilitySet } from 'dexie';
import type { DubaoDatabase } from './DubaoDatabase';

/**
 * Calls `onChange` after a transaction changed the search shards of `db`: in this context, or
 * (Dexie broadcasts its changes) in another tab or worker. A search engine that caches shards
 * forgets them then. Returns a function that stops watching.
 */
export function watchSearchIndex(db: DubaoDatabase, onChange: () => void): () => void {
  const prefix = `idb://${db.name}/${db.searchShards.name}/`;
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) onChange();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}
