// Asking the browser to keep the papers for good (navigator.storage.persist()), at moments
// that make sense to the reader: when they ask, after their first bookmark, or when the app
// runs installed. Never on a first visit: a browser may prompt, and would refuse a page it
// barely knows. Without a storage manager (Node, some embedded browsers) these do nothing.
import type { DubaoDatabase } from '../db/DubaoDatabase';
import { isStandalone } from '../storage/displayMode';
import { storageManager, type StorageManagerLike } from '../storage/storageManager';

/** Settings key: when persistence was asked for after a bookmark (ms since the epoch). */
export const PERSIST_ASKED_KEY = 'persistAskedAfterBookmark';

/** The reader asks (the storage page's button). Returns whether the storage is persistent now. */
export async function requestPersistentStorage(storage = storageManager()): Promise<boolean> {
  if (storage === undefined) return false;
  return (await storage.persisted()) || storage.persist();
}

/** A bookmark was added: asks once, the first time, unless the storage is persistent already. */
export async function persistAfterBookmark(db: DubaoDatabase, storage = storageManager(), now = Date.now()): Promise<void> {
  if (storage === undefined || (await storage.persisted())) return;
  const askedBefore = await db.transaction('rw', db.settings, async () => {
    if (await db.settings.get(PERSIST_ASKED_KEY)) return true;
    await db.settings.put({ key: PERSIST_ASKED_KEY, value: now });
    return false;
  });
  if (!askedBefore) await storage.persist();
}

/** At start: an installed app (which Chromium grants persistence without a prompt) asks. */
export async function persistWhenInstalled(storage: StorageManagerLike | undefined = storageManager(), installed = isStandalone()): Promise<void> {
  if (storage === undefined || !installed || (await storage.persisted())) return;
  await storage.persist();
}

/** Asks now if the app runs installed, and again once the reader installs it from this tab. */
export function persistWhenInstalledFrom(window: Pick<Window, 'addEventListener'>): void {
  void persistWhenInstalled().catch(console.error);
  window.addEventListener('appinstalled', () => void persistWhenInstalled(storageManager(), true).catch(console.error));
}
