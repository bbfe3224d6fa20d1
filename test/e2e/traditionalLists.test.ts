import { Converter } from 'opencc-js/cn2t';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';

// A reader who chose 繁體 sees it everywhere the papers' text is listed, not only in an article:
// home, an edition, search results (with the matches still marked), bookmarks, continue reading.
// Both articles are on 焦作日报 2022-02-09; the second holds 奥密克戎 in its body.
const toTraditional = Converter({ from: 'cn', to: 'tw' });
const tech = { id: '550e29afef97', title: '新的一年，科技创新！“虎虎生威”！' };
const omicron = '奥密克戎';

let session: ReaderSession;
let page: Page;

const choice = (group: string, name: string) => page.getByRole('group', { name: group }).getByRole('radio', { name, exact: true });
const traditional = toTraditional(tech.title);

async function go(hash: string) {
  await page.evaluate((hash) => (location.hash = hash), hash);
}

beforeAll(async () => {
  session = await startReaderSession();
  ({ page } = session);
  await page.goto(session.app.url);
  await page.getByRole('link', { name: tech.title }).first().waitFor();
  // Opened (continue reading) and bookmarked while still in 简体.
  await page.getByRole('button', { name: `收藏“${tech.title}”` }).click();
  await page.getByRole('link', { name: tech.title }).first().click();
  await page.getByRole('heading', { level: 1, name: tech.title }).waitFor();
  await go('#/settings');
  await choice('文字', '繁體').check();
});

afterAll(async () => {
  await session?.close();
});

describe('繁體 in the lists', () => {
  it('converts something in the title under test (the test would prove nothing otherwise)', () => {
    expect(traditional).not.toBe(tech.title);
  });

  it('on the home page: the cards and 继续阅读', async () => {
    await go('#/');
    const card = page.locator('.paper').getByRole('link', { name: traditional, exact: true });
    await card.waitFor();
    expect(await page.locator('.paper').getByRole('link', { name: tech.title, exact: true }).count()).toBe(0);
    const continued = page.getByRole('region', { name: '继续阅读' }).getByRole('link', { name: traditional });
    expect(await continued.count()).toBe(1);
  });

  it('on an edition page', async () => {
    await go(`#/edition/${encodeURIComponent('焦作日报')}/2022-02-09`);
    await page.getByRole('navigation', { name: '版面目录' }).waitFor();
    expect(await page.getByRole('link', { name: traditional, exact: true }).count()).toBe(1);
    // The paper's name too, in the heading.
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(toTraditional('焦作日报'));
  });

  it('in search results, the matches still marked on the converted text', async () => {
    await go(`#/search?q=${encodeURIComponent(omicron)}`);
    const marks = page.locator('ol li article mark');
    await marks.first().waitFor();
    const marked = new Set(await marks.allInnerTexts());
    expect(marked).toEqual(new Set([toTraditional(omicron)]));
    // The text around a mark reads as converted text: nothing lost or doubled around the marks.
    const text = await marks.first().locator('xpath=..').innerText();
    expect(text).toContain(toTraditional(omicron));
    expect(toTraditional(text)).toBe(text);
  });

  it('in bookmarks', async () => {
    await go('#/bookmarks');
    await page.getByRole('heading', { level: 2, name: traditional }).waitFor();
    expect(await page.getByRole('button', { name: new RegExp(traditional.replace(/[“”！]/g, '.')) }).count()).toBe(1);
  });

  it('goes back to 简体 everywhere when chosen', async () => {
    await go('#/settings');
    await choice('文字', '简体').check();
    await go('#/');
    await page.locator('.paper').getByRole('link', { name: tech.title, exact: true }).waitFor();
  });
});
