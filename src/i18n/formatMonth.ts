import type { Locale } from './pickLocale';

/** 2022-02 → 2022年2月 (zh-CN), February 2022 (en); text that is no month is shown as it is. */
export function formatMonth(isoMonth: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})$/.exec(isoMonth);
  const [year, month] = [Number(match?.[1]), Number(match?.[2])];
  if (!match || month < 1 || month > 12) return isoMonth;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
}
