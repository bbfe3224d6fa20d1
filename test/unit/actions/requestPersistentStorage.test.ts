import { describe, expect, it } from 'vitest';
import { persistAfterBookmark, persistWhenInstalled, requestPersistentStorage } from '../../../src/actions/requestPersistentStorage';
import { toggleBookmark } from '../../../src/actions/toggleBookmark';
import type { StorageManagerLike } from '../../../src/storage/storageManager';
import { itWithDb, makeArticleRow } from '../db/helpers/testDatabase';

/** A storage manager that grants (or refuses) persistence, counting the requests. */
function fakeStorage(grants: boolean, persisted = false) {
  const state = { requests: 0, persisted };
  const storage: StorageManagerLike = {
    estimate: async () => ({ usage: 1000, quota: 10_000 }),
    persisted: async () => state.persisted,
    persist: async () => {
      state.requests++;
      state.persisted = grants;
      return grants;
    },
  };
  return { state, storage };
}

describe('asking for persistent storage', () => {
  itWithDb('asks after the first bookmark only, once', async ({ db }) => {
    const { state, storage } = fakeStorage(false);
    await persistAfterBookmark(db, storage, 1000);
    await persistAfterBookmark(db, storage, 2000);
    expect(state.requests).toBe(1);
  });

  itWithDb('does not ask after a bookmark when the storage is persistent already', async ({ db }) => {
    const { state, storage } = fakeStorage(true, true);
    await persistAfterBookmark(db, storage);
    expect(state.requests).toBe(0);
  });

  it('asks at start only when the app runs installed', async () => {
    const { state, storage } = fakeStorage(true);
    await persistWhenInstalled(storage, false);
    expect(state.requests).toBe(0);
    await persistWhenInstalled(storage, true);
    expect(state.requests).toBe(1);
    // Granted: not asked again.
    await persistWhenInstalled(storage, true);
    expect(state.requests).toBe(1);
  });

  it('answers the reader’s own request with whether the storage is persistent now', async () => {
    expect(await requestPersistentStorage(fakeStorage(true).storage)).toBe(true);
    expect(await requestPersistentStorage(fakeStorage(false).storage)).toBe(false);
    expect(await requestPersistentStorage(undefined)).toBe(false);
  });

  itWithDb('a bookmark still works where the browser has no storage manager (Node)', async ({ db }) => {
    await db.articles.put(makeArticleRow({ id: 'a1', title: '标题' }));
    expect(await toggleBookmark(db, 'a1')).toBe(true);
  });
});
