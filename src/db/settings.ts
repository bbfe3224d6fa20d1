// The reader's settings, one row per key. Values not yet saved read as their default.
import type { DubaoDatabase } from './DubaoDatabase';

export interface Settings {
  /** UI language; null follows the browser. */
  locale: 'zh-CN' | 'en' | null;
  /** Multiplier of the article text size. */
  textScale: number;
  /** Line height of the article body. */
  lineHeight: number;
  /** 'system' follows the system's light or dark mode; 'sepia' is the warm 护眼 page. */
  theme: 'system' | 'light' | 'dark' | 'sepia';
  /** Article text shown in 简体 as stored, or converted to 繁體. */
  script: 'simplified' | 'traditional';
}

export const defaultSettings: Readonly<Settings> = { locale: null, textScale: 1, lineHeight: 1.9, theme: 'system', script: 'simplified' };

export async function getSetting<K extends keyof Settings>(db: DubaoDatabase, key: K): Promise<Settings[K]> {
  const row = await db.settings.get(key);
  return row === undefined ? defaultSettings[key] : (row.value as Settings[K]);
}

export function setSetting<K extends keyof Settings>(db: DubaoDatabase, key: K, value: Settings[K]): Promise<string> {
  return db.settings.put({ key, value });
}

/** Every setting, saved values over defaults (keys this version does not know are left out). */
export async function getSettings(db: DubaoDatabase): Promise<Settings> {
  const settings: Settings = { ...defaultSettings };
  const known = new Set<string>(Object.keys(defaultSettings));
  for (const row of await db.settings.toArray()) {
    if (known.has(row.key)) Object.assign(settings, { [row.key]: row.value });
  }
  return settings;
}
