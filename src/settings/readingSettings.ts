// How the reader wants articles to look: text size, line spacing, colours, 简体 or 繁體.
// Stored one row per key in the settings table (src/actions/saveReadingSetting.ts).
import type { Settings } from '../db/settings';

// The stored shape is the database's (src/db/settings.ts); these are the keys a reader sets here.
export type ReadingSettings = Pick<Settings, 'textScale' | 'lineHeight' | 'theme' | 'script'>;
export type Theme = Settings['theme'];
export type Script = Settings['script'];

/** Six sizes; 1 is a 1.1875 rem body, comfortable on a phone, and all of them follow the phone's own text size. */
export const textScales: readonly number[] = [0.875, 1, 1.125, 1.25, 1.5, 1.75];
export const lineHeights: readonly number[] = [1.6, 1.9, 2.2];
export const themes: readonly Theme[] = ['system', 'light', 'dark', 'sepia'];
export const scripts: readonly Script[] = ['simplified', 'traditional'];

export const defaultReadingSettings: Readonly<ReadingSettings> = {
  textScale: 1,
  lineHeight: 1.9,
  theme: 'system',
  script: 'simplified',
};

export type ReadingSettingKey = keyof ReadingSettings;

/**
 * Stored rows read as settings: unknown keys are ignored, a value this version cannot use falls
 * back to its default, and a number between steps snaps to the nearest step.
 */
export function readingSettingsOf(rows: readonly { key: string; value: unknown }[]): ReadingSettings {
  const settings: ReadingSettings = { ...defaultReadingSettings };
  for (const { key, value } of rows) {
    if (key === 'textScale' && isFiniteNumber(value)) settings.textScale = nearestStep(textScales, value);
    else if (key === 'lineHeight' && isFiniteNumber(value)) settings.lineHeight = nearestStep(lineHeights, value);
    else if (key === 'theme') settings.theme = themes.find((theme) => theme === value) ?? defaultReadingSettings.theme;
    else if (key === 'script') settings.script = scripts.find((script) => script === value) ?? defaultReadingSettings.script;
  }
  return settings;
}

export function nearestStep(steps: readonly number[], value: number): number {
  return steps.reduce((best, step) => (Math.abs(step - value) < Math.abs(best - value) ? step : best));
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
