import { describe, expect, it } from 'vitest';
import { messagesByLocale } from '../../../src/i18n';
import {
  defaultReadingSettings,
  lineHeights,
  nearestStep,
  readingSettingsOf,
  textScales,
} from '../../../src/settings/readingSettings';

describe('reading settings steps', () => {
  it('offer at least five growing text sizes, the default among them', () => {
    expect(textScales.length).toBeGreaterThanOrEqual(5);
    expect([...textScales].sort((a, b) => a - b)).toEqual(textScales);
    expect(new Set(textScales).size).toBe(textScales.length);
    expect(textScales).toContain(defaultReadingSettings.textScale);
  });

  it('start at a body text of 1.125–1.25 rem (app.css sets 1.1875 rem times the scale)', () => {
    const defaultRem = 1.1875 * defaultReadingSettings.textScale;
    expect(defaultRem).toBeGreaterThanOrEqual(1.125);
    expect(defaultRem).toBeLessThanOrEqual(1.25);
  });

  it('offer three line heights, the default among them', () => {
    expect(lineHeights).toHaveLength(3);
    expect(lineHeights).toContain(defaultReadingSettings.lineHeight);
  });

  it('have a label for every step in both languages', () => {
    for (const messages of Object.values(messagesByLocale)) {
      expect(messages.textSizes).toHaveLength(textScales.length);
      expect(messages.lineHeights).toHaveLength(lineHeights.length);
    }
  });
});

describe('readingSettingsOf', () => {
  it('reads no rows as the defaults: system colours, 简体', () => {
    expect(readingSettingsOf([])).toEqual({ textScale: 1, lineHeight: 1.9, theme: 'system', script: 'simplified' });
  });

  it('reads saved rows over the defaults and ignores keys it does not know', () => {
    const rows = [
      { key: 'textScale', value: 1.5 },
      { key: 'lineHeight', value: 2.2 },
      { key: 'theme', value: 'sepia' },
      { key: 'script', value: 'traditional' },
      { key: 'locale', value: 'en' },
    ];
    expect(readingSettingsOf(rows)).toEqual({ textScale: 1.5, lineHeight: 2.2, theme: 'sepia', script: 'traditional' });
  });

  it('falls back to the default for values it cannot use, and snaps numbers to the nearest step', () => {
    const rows = [
      { key: 'textScale', value: 1.3 },
      { key: 'lineHeight', value: 'tall' },
      { key: 'theme', value: 'neon' },
      { key: 'script', value: null },
    ];
    expect(readingSettingsOf(rows)).toEqual({ textScale: 1.25, lineHeight: 1.9, theme: 'system', script: 'simplified' });
    expect(readingSettingsOf([{ key: 'textScale', value: Number.NaN }]).textScale).toBe(1);
  });

  it('snaps to the nearest step at either end', () => {
    expect(nearestStep(textScales, 0)).toBe(textScales[0]);
    expect(nearestStep(textScales, 99)).toBe(textScales.at(-1));
  });
});
