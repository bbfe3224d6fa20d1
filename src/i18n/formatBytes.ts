import type { Locale } from './pickLocale';

const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/** 66,437 → "65 KB", 12,900,000 → "12.3 MB" (units of 1,024, as file managers count). */
export function formatBytes(bytes: number, locale: Locale): string {
  let value = Math.max(bytes, 0) / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  // Kilobytes whole (and at least 1, so a small edition never reads as 0 KB), larger units to a tenth.
  const shown = unit === 0 ? Math.max(1, Math.round(value)) : value;
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(shown)} ${UNITS[unit]}`;
}
