import type { Locale } from './pickLocale';

/** A moment (ms since the epoch) in the reader's time zone: 2026年11月29日 20:30 (zh-CN). */
export function formatDateTime(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(ms);
}
