import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSmallTargets } from '../helpers/touchTargets';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';

// On a 360×740 phone every control on every screen is at least 44×44 CSS px: a link in a list
// counts as its whole line, so that a thumb cannot miss it. Only links inside running text
// are exempt (see findSmallTargets), and the test names any it finds.
const article = { id: '550e29afef97', title: '新的一年，科技创新！“虎虎生威”！' };

let session: ReaderSession;
let page: Page;

beforeAll(async () => {
  session = await startReaderSession();
  ({ page } = session);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(session.app.url);
  await page.getByRole('link', { name: article.title }).waitFor();
  // Bookmarks and reading progress on screen too: their controls are measured as well.
  await page.getByRole('button', { name: `收藏“${article.title}”` }).click();
});

afterAll(async () => {
  await session?.close();
});

async function expectNoSmallTargets(screen: string) {
  const { small, inlineInText, measured } = await findSmallTargets(page);
  expect(measured, `${screen}: controls measured`).toBeGreaterThan(3);
  expect(small.map(({ what, width, height }) => `${what} ${width}×${height}`), `${screen}: controls under 44×44 px`).toEqual([]);
  expect(inlineInText, `${screen}: links inside running text`).toEqual([]);
}

async function open(hash: string, ready: () => Promise<unknown>) {
  await page.evaluate((hash) => (location.hash = hash), hash);
  await ready();
}

describe('touch targets at 360×740', () => {
  it('on the home page', async () => {
    await expectNoSmallTargets('home');
  });

  it('on an article, its settings panel open', async () => {
    await open(`#/article/${article.id}`, () => page.getByRole('heading', { level: 1, name: article.title }).waitFor());
    await expectNoSmallTargets('article');
    await page.locator('summary').filter({ hasText: 'Aa' }).click();
    await expectNoSmallTargets('article with Aa open');
  });

  it('on the home page with continue reading', async () => {
    await open('#/', () => page.getByRole('region', { name: '继续阅读' }).waitFor());
    await expectNoSmallTargets('home with continue reading');
  });

  it('on an edition', async () => {
    await open(`#/edition/${encodeURIComponent('焦作日报')}/2022-02-09`, () => page.getByRole('navigation', { name: '版面目录' }).waitFor());
    await expectNoSmallTargets('edition');
  });

  it('on search: tips, then results', async () => {
    await open('#/search', () => page.getByRole('heading', { name: '可以这样搜' }).waitFor());
    await expectNoSmallTargets('search tips');
    await open(`#/search?q=${encodeURIComponent('奥密克戎')}`, () => page.locator('ol li article').first().waitFor());
    await expectNoSmallTargets('search results');
  });

  it('on bookmarks and settings', async () => {
    await open('#/bookmarks', () => page.getByRole('heading', { level: 2, name: article.title }).waitFor());
    await expectNoSmallTargets('bookmarks');
    await open('#/settings', () => page.getByRole('heading', { level: 1, name: '设置' }).waitFor());
    await expectNoSmallTargets('settings');
  });

  it('on 离线与存储', async () => {
    await open('#/storage', () => page.getByRole('heading', { level: 1, name: '离线与存储' }).waitFor());
    // Its list of editions comes from the database a moment later.
    await page.getByText('焦作日报').first().waitFor();
    await expectNoSmallTargets('storage');
  });

  it('keeps the header search box usable: at least half the width of the screen', async () => {
    const box = await page.getByRole('searchbox').boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(180);
    expect(box?.height).toBeGreaterThanOrEqual(44);
  });
});
