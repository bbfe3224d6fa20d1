import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';

// A reader reads half of an article, comes back to it from 继续阅读, and moves along the page.
// Both articles are on 焦作日报 2022-02-09 A07 in seeds/, one after the other; the long one is
// the last article of the page (captions that stand alone follow it).
const long = { id: '550e29afef97', title: '新的一年，科技创新！“虎虎生威”！' };
const before = { id: '00817e585d12', title: '我市32家单位被认定为2021年度省工程技术研究中心' };

let session: ReaderSession;
let page: Page;

const articleTitle = (title: string) => page.getByRole('heading', { level: 1, name: title });
const continueReading = () => page.getByRole('region', { name: '继续阅读' });
const pageArticles = () => page.getByRole('navigation', { name: '本版文章' });
const scrollY = () => page.evaluate(() => window.scrollY);

beforeAll(async () => {
  session = await startReaderSession();
  ({ page } = session);
  // Short enough that the long article scrolls.
  await page.setViewportSize({ width: 1000, height: 600 });
});

afterAll(async () => {
  await session?.close();
});

describe('browsing and reading position', () => {
  let savedScroll = 0;

  it('offers nothing to continue before any article is opened', async () => {
    await page.goto(session.app.url);
    await page.getByRole('link', { name: long.title }).waitFor();
    expect(await continueReading().count()).toBe(0);
    expect(await page.getByText(/读到 \d+%|已读/).count()).toBe(0);
  });

  it('remembers how far an article was read and shows it on the home page', async () => {
    await page.getByRole('link', { name: long.title }).click();
    await articleTitle(long.title).waitFor();
    await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) / 2));
    // Where the page settled, a frame later.
    savedScroll = await page.evaluate(
      () => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY)))),
    );
    expect(savedScroll).toBeGreaterThan(200);
    // The sticky header's link, clicked where it is: Playwright's click would scroll first, and
    // the list's own back links are off screen.
    await page.getByRole('banner').getByRole('link', { name: '读报' }).dispatchEvent('click');

    const entry = continueReading().getByRole('listitem').filter({ hasText: long.title });
    const percentRead = async () => Number(/读到 (\d+)%/.exec(await entry.innerText())?.[1]);
    await expect.poll(percentRead).toBeGreaterThanOrEqual(40);
    const percent = await percentRead();
    expect(percent).toBeLessThanOrEqual(60);
    // The paper list marks it too, in words.
    const listed = page.locator('.paper li').filter({ hasText: long.title });
    // Its own query: the mark may come a moment after the list.
    await expect.poll(() => listed.innerText()).toContain(`读到 ${percent}%`);
    expect(await page.locator('.paper').getByText(/读到 \d+%|已读/).count()).toBe(1);
  });

  it('returns to where the reader stopped when the article is opened again', async () => {
    await continueReading().getByRole('link', { name: long.title }).click();
    await articleTitle(long.title).waitFor();
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) <= 30, savedScroll);
  });

  it('links to the previous article of the page, by its headline', async () => {
    const previous = pageArticles().getByRole('link', { name: new RegExp(`上一篇.*${before.title}`) });
    await previous.click();
    await articleTitle(before.title).waitFor();
    // Never opened before: it starts at the top.
    expect(await scrollY()).toBe(0);
    const next = pageArticles().getByRole('link', { name: new RegExp(`下一篇.*${long.title.replace(/[“”！]/g, '.')}`) });
    expect(await next.getAttribute('href')).toBe(`#/article/${long.id}`);
  });

  it('moves to the next and previous article with j and k', async () => {
    await page.keyboard.press('j');
    await articleTitle(long.title).waitFor();
    await page.keyboard.press('k');
    await articleTitle(before.title).waitFor();
  });

  it('leaves j to a field being typed in', async () => {
    // A key press that reaches the page from the search box (typing there would start a search).
    const handled = await page.getByRole('searchbox', { name: '搜索报纸' }).evaluate((box) => {
      const event = new KeyboardEvent('keydown', { key: 'j', bubbles: true, cancelable: true });
      box.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(handled).toBe(false);
    // The same key pressed on the page itself is taken.
    const taken = await page.evaluate(() => {
      const event = new KeyboardEvent('keydown', { key: 'j', bubbles: true, cancelable: true });
      document.body.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(taken).toBe(true);
    await articleTitle(long.title).waitFor();
    await page.keyboard.press('k');
    await articleTitle(before.title).waitFor();
    expect(page.url()).toContain(`#/article/${before.id}`);
  });

  it('toggles the bookmark with b', async () => {
    await page.getByRole('heading', { level: 1 }).focus();
    const toggle = (pressed: boolean) => page.getByRole('button', { name: '收藏', exact: true, pressed });
    await toggle(false).waitFor();
    await page.keyboard.press('b');
    await toggle(true).waitFor();
    await page.keyboard.press('b');
    await toggle(false).waitFor();
  });
});
