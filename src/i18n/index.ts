import { en } from './en';
import type { Messages } from './messages';
import { pickLocale, type Locale } from './pickLocale';
import { readStoredLocale } from './storedLocale';
import { zhCN } from './zhCN';

export type { Messages, Locale };
export { formatDate } from './formatDate';

export const messagesByLocale: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/** The reader's UI language, chosen once at start-up: their own choice, else the browser's. */
export const locale: Locale = readStoredLocale() ?? pickLocale(globalThis.navigator?.languages ?? []);

/** UI strings in the reader's language. */
export const t: Messages = messagesByLocale[locale];
