import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';

// A reader whose browser is set to Chinese switches the interface to English in the settings,
// and back to following the browser.
let session: ReaderSession;

beforeAll(async () => {
  session = await startReaderSession();
});

afterAll(async () => {
  await session?.close();
});

describe('choosing the interface language', () => {
  it('switches to English, keeps it after a reload, and follows the browser again', async () => {
    const { page } = session;
    await page.goto(`${session.app.url}#/settings`);
    const group = page.getByRole('group', { name: '界面语言' });
    await group.waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');

    // click, not check: the choice reloads the page, so the radio cannot be read back as checked.
    await Promise.all([page.waitForEvent('load'), group.getByRole('radio', { name: 'English' }).click()]);
    const english = page.getByRole('group', { name: 'Interface language' });
    await english.waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await english.waitFor();
    expect(await english.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);

    await Promise.all([page.waitForEvent('load'), english.getByRole('radio', { name: 'Same as the browser' }).click()]);
    await page.getByRole('group', { name: '界面语言' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });
});
