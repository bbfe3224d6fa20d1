import type { DubaoDatabase } from '../db/DubaoDatabase';
import { setSetting, type Settings } from '../db/settings';
import type { ReadingSettingKey, ReadingSettings } from '../settings/readingSettings';

/** The reader changes a reading setting; it persists in the settings table. */
export async function saveReadingSetting<K extends ReadingSettingKey>(db: DubaoDatabase, key: K, value: ReadingSettings[K]): Promise<void> {
  // ReadingSettings is a Pick of Settings: the same type per key, which TypeScript cannot see for a generic K.
  await setSetting(db, key, value as Settings[K]);
}
