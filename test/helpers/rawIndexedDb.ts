// The app's IndexedDB database seen from a browser test, without the app's code: count and read
// rows, damage the search index, or create the database as an older release left it. Each call
// opens its own connection (at whatever version the database has) and closes it again.
import type { Page } from 'playwright-core';

export const APP_DATABASE = 'dubao';

/** An object store as IndexedDB holds it: what Dexie's `stores()` string declares. */
export interface StoreShape {
  name: string;
  keyPath: string | string[];
  indexes: { name: string; keyPath: string | string[] }[];
}

/** The object stores a Dexie schema (`{ table: 'primaryKey, index, [a+b]' }`) creates. */
export function storeShapesOf(stores: Record<string, string | null>): StoreShape[] {
  const keyPathOf = (spec: string) => (spec.startsWith('[') ? spec.slice(1, -1).split('+') : spec);
  return Object.entries(stores).flatMap(([name, spec]) => {
    if (spec === null) return [];
    const [primary = '', ...indexes] = spec.split(',').map((part) => part.trim());
    if (/^(\+\+|&|\*)/.test(primary) || indexes.some((index) => /^(&|\*)/.test(index))) {
      throw new Error(`storeShapesOf does not handle ${spec} yet`);
    }
    return [{ name, keyPath: keyPathOf(primary), indexes: indexes.map((index) => ({ name: index, keyPath: keyPathOf(index) })) }];
  });
}

/** Rows in `store` of the app's database (0 when the database or store does not exist yet). */
export function countRows(page: Page, store: string): Promise<number> {
  return page.evaluate(
    ({ database, store }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            resolve(0);
            return;
          }
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    { database: APP_DATABASE, store },
  );
}

/** Every row of `store`, as JSON-safe values (byte arrays become their length). */
export function readRows<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    ({ database, store }) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(JSON.parse(JSON.stringify(request.result, (_key, value: unknown) => (value instanceof Uint8Array ? value.length : value))) as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    { database: APP_DATABASE, store },
  );
}

/** Overwrites the bytes of every posting block with `bytes`: a search index that no longer decodes. */
export function damageSearchBlocks(page: Page, bytes: number[]): Promise<number> {
  return page.evaluate(
    ({ database, bytes }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('searchBlocks', 'readwrite');
          let damaged = 0;
          const cursor = tx.objectStore('searchBlocks').openCursor();
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (!at) return;
            at.update({ ...(at.value as object), data: Uint8Array.from(bytes) });
            damaged++;
            at.continue();
          };
          tx.oncomplete = () => {
            db.close();
            resolve(damaged);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { database: APP_DATABASE, bytes },
  );
}

/**
 * Creates the app's database at IndexedDB version `version` (Dexie's schema version × 10) with
 * these stores and rows, as a released app left it. The page must not have opened it yet.
 */
export function createDatabase(page: Page, version: number, stores: StoreShape[], rows: Record<string, unknown[]>): Promise<void> {
  return page.evaluate(
    ({ database, version, stores, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(database, version);
        open.onerror = () => reject(open.error);
        open.onupgradeneeded = () => {
          const db = open.result;
          for (const store of stores) {
            const created = db.createObjectStore(store.name, { keyPath: store.keyPath });
            for (const index of store.indexes) created.createIndex(index.name, index.keyPath);
          }
          for (const [store, storeRows] of Object.entries(rows)) {
            for (const row of storeRows) open.transaction!.objectStore(store).put(row);
          }
        };
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
      }),
    { database: APP_DATABASE, version, stores, rows },
  );
}
