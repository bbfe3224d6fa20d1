import { describe, expect, it } from 'vitest';
import { readStoredLocale, storeLocale } from '../../../src/i18n/storedLocale';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('the stored UI language', () => {
  it('keeps the reader’s choice and forgets it to follow the browser again', () => {
    const storage = memoryStorage();
    expect(readStoredLocale(storage)).toBeNull();
    storeLocale('en', storage);
    expect(readStoredLocale(storage)).toBe('en');
    storeLocale(null, storage);
    expect(readStoredLocale(storage)).toBeNull();
  });

  it('ignores values it does not know and storage that throws', () => {
    const storage = memoryStorage();
    storage.setItem('dubao.locale', 'fr');
    expect(readStoredLocale(storage)).toBeNull();
    const blocked = { getItem: () => { throw new Error('blocked'); } };
    expect(readStoredLocale(blocked)).toBeNull();
  });
});
