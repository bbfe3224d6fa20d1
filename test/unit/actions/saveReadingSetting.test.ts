import { describe, expect } from 'vitest';
import { saveReadingSetting } from '../../../src/actions/saveReadingSetting';
import { getSetting } from '../../../src/db/settings';
import { libraryConnectionOf } from '../../../src/state/libraryConnection';
import { itWithDb } from '../db/helpers/testDatabase';

describe('saving reading settings', () => {
  itWithDb('reads back every saved setting, and the defaults for the rest', async ({ db }) => {
    const connection = libraryConnectionOf(db);
    expect(await connection.readingSettings()).toEqual({ textScale: 1, lineHeight: 1.9, theme: 'system', script: 'simplified' });
    await saveReadingSetting(db, 'textScale', 1.5);
    await saveReadingSetting(db, 'theme', 'sepia');
    await saveReadingSetting(db, 'script', 'traditional');
    expect(await connection.readingSettings()).toEqual({ textScale: 1.5, lineHeight: 1.9, theme: 'sepia', script: 'traditional' });
  });

  itWithDb('keeps text size and light/dark in the keys src/db/settings knows', async ({ db }) => {
    await saveReadingSetting(db, 'textScale', 1.25);
    await saveReadingSetting(db, 'theme', 'dark');
    expect(await getSetting(db, 'textScale')).toBe(1.25);
    expect(await getSetting(db, 'theme')).toBe('dark');
  });
});
