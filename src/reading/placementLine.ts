import { formatDate } from '../i18n/formatDate';
import type { Messages } from '../i18n/messages';
import type { Locale } from '../i18n/pickLocale';

export interface Placement {
  paper: string | null;
  date: string | null;
  page: string | null;
  section?: string | null;
}

/** Where an item was printed, as one line: 焦作日报 · 2022年2月9日星期三 · A07版 要闻. Unknown parts are left out. */
export function placementLine({ paper, date, page, section = null }: Placement, messages: Pick<Messages, 'page'>, locale: Locale): string {
  const pageText = page === null ? null : [messages.page(page), section].filter(Boolean).join(' ');
  return [paper, date === null ? null : formatDate(date, locale), pageText].filter((part) => part !== null).join(' · ');
}
