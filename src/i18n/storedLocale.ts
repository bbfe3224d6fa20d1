import type { Locale } from './pickLocale';

// The UI language is chosen before the first paint, before the database answers, so the
// reader's choice is kept in localStorage (and in the settings table for export and backup).
const KEY = 'dubao.locale';

/** The language the reader chose, or null to follow the browser. */
export function readStoredLocale(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Locale | null {
  try {
    const value = storage?.getItem(KEY);
    return value === 'zh-CN' || value === 'en' ? value : null;
  } catch {
    return null; // storage blocked: follow the browser
  }
}

export function storeLocale(locale: Locale | null, storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = globalThis.localStorage): void {
  try {
    if (locale === null) storage?.removeItem(KEY);
    else storage?.setItem(KEY, locale);
  } catch {
    // storage blocked: the choice lasts this page only
  }
}
