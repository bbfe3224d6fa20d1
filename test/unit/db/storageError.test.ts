// The faults a reader's browser can have, as Dexie reports them, are told apart from bugs.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/openDatabase';
import { storageFaultOf } from '../../../src/db/storageError';
import { indexedDbThatThrowsOnOpen, indexedDbWhoseOpenFails, refuseWritesWhenFull, type WriteRefusal } from './helpers/faultyIndexedDb';
import { makeArticleRow, openTestDatabase, TEST_DATABASE_NAME } from './helpers/testDatabase';

let refusal: WriteRefusal | undefined;
afterEach(() => refusal?.lift());

describe('storageFaultOf', () => {
  it('calls IndexedDB unavailable when open() throws (private browsing)', async () => {
    const error = await openDatabase({ name: TEST_DATABASE_NAME, ...indexedDbThatThrowsOnOpen() }).catch((e: unknown) => e);
    expect(storageFaultOf(error)).toBe('unavailable');
  });

  it('calls IndexedDB unavailable when the open request fails', async () => {
    const error = await openDatabase({ name: TEST_DATABASE_NAME, ...indexedDbWhoseOpenFails() }).catch((e: unknown) => e);
    expect(storageFaultOf(error)).toBe('unavailable');
  });

  it('calls IndexedDB unavailable when the browser has none', async () => {
    const error = await openDatabase({ name: TEST_DATABASE_NAME, indexedDB: undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(storageFaultOf(error)).toBe('unavailable');
  });

  it('calls a write refused for quota a full disk, inside a transaction too', async () => {
    const db = await openTestDatabase();
    refusal = refuseWritesWhenFull('articles', 1);
    const error = await db
      .transaction('rw', db.articles, () => db.articles.bulkPut([makeArticleRow({ id: 'a' }), makeArticleRow({ id: 'b' })]))
      .catch((e: unknown) => e);
    expect(refusal.refused).toBe(1);
    expect(storageFaultOf(error)).toBe('full');
    // The transaction was rolled back whole.
    refusal.lift();
    expect(await db.articles.count()).toBe(0);
    db.close();
  });

  it('finds a full disk behind the error it caused', () => {
    const quota = new DOMException('quota', 'QuotaExceededError');
    expect(storageFaultOf({ name: 'AbortError', inner: quota })).toBe('full');
    expect(storageFaultOf({ name: 'OpenFailedError', inner: { name: 'AbortError', inner: quota } })).toBe('full');
    expect(storageFaultOf(new Error('wrapped', { cause: quota }))).toBe('full');
  });

  it('leaves other errors to the caller', () => {
    expect(storageFaultOf(new TypeError('x is undefined'))).toBeNull();
    expect(storageFaultOf('a string')).toBeNull();
    expect(storageFaultOf(null)).toBeNull();
  });
});
