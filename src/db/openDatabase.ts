import type { DexieOptions } from 'dexie';
import { DATABASE_NAME, DubaoDatabase } from './DubaoDatabase';

export interface OpenDatabaseOptions {
  name?: string;
  /** An IndexedDB implementation and its key range (fake-indexeddb in tests); the global one by default. */
  indexedDB?: DexieOptions['indexedDB'];
  IDBKeyRange?: DexieOptions['IDBKeyRange'];
  /**
   * Another tab (or worker) opened a newer version of the app and needs to upgrade the database.
   * This connection is already closed when it is called, so the upgrade can go ahead; the app
   * should ask the reader to reload, since this tab's code no longer matches the database.
   */
  onVersionChange?: () => void;
  /** This connection's upgrade waits for an older tab that has not closed its connection yet. */
  onBlocked?: () => void;
}

/**
 * Opens the app's database at the current schema version, upgrading an older one. Tests pass a
 * fresh fake-indexeddb factory per test; the app calls it once and shares the instance.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<DubaoDatabase> {
  const { name = DATABASE_NAME, indexedDB, IDBKeyRange, onVersionChange, onBlocked } = options;
  // Only what is given: an explicit `indexedDB: undefined` would replace Dexie's default, the global one.
  const db = new DubaoDatabase(name, { ...(indexedDB && { indexedDB }), ...(IDBKeyRange && { IDBKeyRange }) });
  db.on('versionchange', () => {
    // An open connection blocks another tab's upgrade until it closes. Closing for good (no
    // auto-reopen) keeps this tab's old code from reopening a database it no longer understands.
    db.close({ disableAutoOpen: true });
    onVersionChange?.();
    return false;
  });
  if (onBlocked) db.on('blocked', () => onBlocked());
  await db.open();
  return db;
}
