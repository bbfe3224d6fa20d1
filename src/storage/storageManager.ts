// The browser's storage manager (navigator.storage), where there is one: not in Node, nor in
// some private windows and embedded browsers.

export interface StorageManagerLike {
  estimate(): Promise<StorageEstimate>;
  persisted(): Promise<boolean>;
  persist(): Promise<boolean>;
}

export function storageManager(): StorageManagerLike | undefined {
  const storage = (globalThis as { navigator?: { storage?: Partial<StorageManagerLike> } }).navigator?.storage;
  return storage?.estimate && storage.persisted && storage.persist ? (storage as StorageManagerLike) : undefined;
}

/** What the storage page shows: space used and offered (bytes), and whether it is kept for good. */
export interface StorageStatus {
  usage: number | null;
  quota: number | null;
  persisted: boolean;
}

export async function readStorageStatus(storage = storageManager()): Promise<StorageStatus | null> {
  if (storage === undefined) return null;
  const [estimate, persisted] = await Promise.all([storage.estimate(), storage.persisted()]);
  return { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
}
