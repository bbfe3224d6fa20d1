import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';

// A reader scrolls down a list, opens an article, and comes back: by the browser's back
// button or by the page's own back link, the list is where they left it.
let session: ReaderSession;
let page: Page;

const scrollY = () => page.evaluate(() => window.scrollY);
const settled = () =>
  page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY)))));

/** Where the list was left: its scroll, and the link the reader followed and where it was on screen. */
interface Left {
  scroll: number;
  href: string;
  top: number;
}

// The list's own link (继续阅读 at the top of home lists opened articles too).
const listLink = (href: string) => page.locator(`main a[href="${href}"]:not(.continue a)`).first();
const linkTop = (href: string) => listLink(href).evaluate((link) => link.getBoundingClientRect().top);

/** Scrolls to `y` and opens the article link nearest the middle of the screen. */
async function scrollAndOpenArticle(y: number): Promise<Left> {
  await page.evaluate((y) => window.scrollTo(0, y), y);
  const scroll = await settled();
  expect(scroll).toBeGreaterThan(300);
  const href = await page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="#/article/"]:not(.continue a)')];
    const middle = window.innerHeight / 2;
    const inView = links.filter((link) => {
      const box = link.getBoundingClientRect();
      return box.top > 120 && box.bottom < window.innerHeight - 20;
    });
    inView.sort((a, b) => Math.abs(a.getBoundingClientRect().top - middle) - Math.abs(b.getBoundingClientRect().top - middle));
    return inView[0]?.getAttribute('href') ?? null;
  });
  if (href === null) throw new Error('no article link in view');
  const top = await linkTop(href);
  await listLink(href).click();
  await page.waitForFunction((href) => location.hash === href, href);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // The article opens at its top, not half-way down.
  await expect.poll(scrollY).toBe(0);
  return { scroll, href, top };
}

/** Back on the list: scrolled as it was, the followed link where it was on screen. */
async function expectBackAt(left: Left) {
  await listLink(left.href).waitFor();
  await expect.poll(async () => Math.abs((await linkTop(left.href)) - left.top), { timeout: 5000 }).toBeLessThanOrEqual(2);
  // Content above may have grown meanwhile (继续阅读 gained an article): the link is what stays put.
  expect(await settled()).toBeGreaterThan(left.scroll - 50);
}

beforeAll(async () => {
  session = await startReaderSession();
  ({ page } = session);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(session.app.url);
  await page.locator('main a[href^="#/article/"]').nth(20).waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('back to the list where the reader left it', () => {
  it('home, by the browser back button', async () => {
    const left = await scrollAndOpenArticle(2000);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: '读报' }).waitFor();
    await expectBackAt(left);
  });

  it('home, by the article page\'s back link', async () => {
    const left = await scrollAndOpenArticle(3000);
    await page.getByRole('link', { name: '返回文章列表' }).first().click();
    await page.getByRole('heading', { level: 1, name: '读报' }).waitFor();
    await expectBackAt(left);
  });

  it('home, after reading on to the next article (j) and taking the back link', async () => {
    const left = await scrollAndOpenArticle(1500);
    const first = page.url();
    await page.keyboard.press('j');
    await page.waitForFunction((first) => location.href !== first, first);
    await page.getByRole('link', { name: '返回文章列表' }).first().click();
    await page.getByRole('heading', { level: 1, name: '读报' }).waitFor();
    await expectBackAt(left);
  });

  it('an edition, by the browser back button', async () => {
    await page.evaluate(() => (location.hash = `#/edition/${encodeURIComponent('焦作日报')}/2022-02-09`));
    await page.getByRole('navigation', { name: '版面目录' }).waitFor();
    const left = await scrollAndOpenArticle(1200);
    await page.goBack();
    await page.getByRole('navigation', { name: '版面目录' }).waitFor();
    await expectBackAt(left);
  });

  it('search results, by the article page\'s back link (which returns to the results)', async () => {
    await page.evaluate(() => (location.hash = `#/search?q=${encodeURIComponent('焦作')}`));
    await page.locator('main ol li article').nth(8).waitFor();
    const results = page.url();
    const left = await scrollAndOpenArticle(900);
    await page.getByRole('link', { name: '返回文章列表' }).first().click();
    await page.waitForFunction((results) => location.href === results, results);
    await expectBackAt(left);
  });
});
