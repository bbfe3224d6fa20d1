import { describe, expect } from 'vitest';
import { defaultSettings, getSetting, getSettings, setSetting } from '../../../src/db/settings';
import { itWithDb } from './helpers/testDatabase';

describe('settings', () => {
  itWithDb('reads a setting never saved as its default', async ({ db }) => {
    expect(await getSetting(db, 'textScale')).toBe(1);
    expect(await getSettings(db)).toEqual(defaultSettings);
  });

  itWithDb('reads back what was saved', async ({ db }) => {
    await setSetting(db, 'textScale', 1.25);
    await setSetting(db, 'theme', 'dark');
    expect(await getSetting(db, 'textScale')).toBe(1.25);
    expect(await getSettings(db)).toEqual({ ...defaultSettings, textScale: 1.25, theme: 'dark' });
  });

  itWithDb('leaves out keys this version does not know (a newer tab may have saved them)', async ({ db }) => {
    await db.settings.put({ key: 'fromTheFuture', value: true });
    expect(await getSettings(db)).toEqual(defaultSettings);
  });
});
