import type { DubaoDatabase } from '../db/DubaoDatabase';
import { setSetting } from '../db/settings';
import { storeLocale } from '../i18n/storedLocale';
import type { Locale } from '../i18n';

/**
 * The reader picks the interface language (null: follow the browser). Every string is chosen at
 * start-up, so the page reloads to show it; the choice is kept for the next start.
 */
export async function chooseUiLanguage(db: DubaoDatabase, choice: Locale | null, reload: () => void = () => location.reload()): Promise<void> {
  storeLocale(choice);
  await setSetting(db, 'locale', choice);
  reload();
}
