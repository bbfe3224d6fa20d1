// The app and the worker call openDatabase() with no IndexedDB of their own: it must use the
// global one. (fake-indexeddb/auto installs it here, before Dexie loads.)
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/openDatabase';
import { getSetting, setSetting } from '../../../src/db/settings';

describe('openDatabase with no options', () => {
  it('opens the global IndexedDB', async () => {
    const db = await openDatabase();
    await setSetting(db, 'theme', 'dark');
    expect(await getSetting(db, 'theme')).toBe('dark');
    expect(db.name).toBe('dubao');
    db.close();
  });
});
