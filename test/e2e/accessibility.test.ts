import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeProblems, focusProblems, tabThroughPage } from '../helpers/accessibilityChecks';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';

// Every screen, in each colour theme, on a phone (360×740, zh-CN): axe-core finds nothing, and
// the keyboard reaches and works every control. The article holds 奥密克戎 (焦作日报 2022-02-09 A07
// in seeds/); it is opened from a search, so its matches are marked, and it is bookmarked with a
// note, so the Bookmarks screen has an entry and the article's 收藏 button shows its pressed state.
const omicron = { id: '86dc4ca7d812', start: '近段时间，多国报告的奥密克戎毒株' };
const query = encodeURIComponent('奥密克戎');
const themes = [
  { label: '浅色', attribute: 'light', background: 'rgb(251, 248, 241)' },
  { label: '深色', attribute: 'dark', background: 'rgb(24, 22, 18)' },
  { label: '护眼', attribute: 'sepia', background: 'rgb(244, 236, 216)' },
] as const;

let session: ReaderSession;
let page: Page;

const screens: { name: string; hash: string; ready: () => Promise<void> }[] = [
  { name: 'home', hash: '#/', ready: () => page.locator('main li a[href^="#/article/"]').first().waitFor() },
  {
    name: 'article (opened from a search, bookmarked)',
    hash: `#/article/${omicron.id}?q=${query}`,
    ready: () => page.getByRole('button', { name: '收藏', exact: true, pressed: true }).waitFor(),
  },
  { name: 'search with results', hash: `#/search?q=${query}`, ready: () => page.getByRole('status').filter({ hasText: '共 1 条' }).waitFor() },
  {
    name: 'search without results',
    hash: `#/search?q=${encodeURIComponent('龘靐齉')}`,
    ready: () => page.getByRole('heading', { name: '没有找到“龘靐齉”' }).waitFor(),
  },
  {
    name: 'bookmarks with a note',
    hash: '#/bookmarks',
    ready: async () => void (await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('main textarea')?.value || null)),
  },
  { name: 'settings', hash: '#/settings', ready: () => page.getByRole('group', { name: '配色' }).waitFor() },
  {
    name: 'edition',
    hash: `#/edition/${encodeURIComponent('焦作日报')}/2022-02-09`,
    ready: () => page.getByRole('navigation', { name: '版面目录' }).waitFor(),
  },
];

async function open(hash: string, ready: () => Promise<void>) {
  await page.goto(`${session.app.url}${hash}`);
  await ready();
}

async function chooseTheme(label: string, attribute: string, background: string) {
  await open('#/settings', () => page.getByRole('group', { name: '配色' }).waitFor());
  await page.getByRole('group', { name: '配色' }).getByRole('radio', { name: label, exact: true }).check();
  await page.waitForFunction((value) => document.documentElement.dataset.theme === value, attribute);
  // The colours change with a short transition: measure contrast where it ends.
  await page.waitForFunction((colour) => getComputedStyle(document.body).backgroundColor === colour, background);
}

beforeAll(async () => {
  session = await startReaderSession();
  ({ page } = session);
  await page.setViewportSize({ width: 360, height: 740 });
  await open(`#/article/${omicron.id}`, () => page.getByRole('heading', { level: 1, name: omicron.start }).waitFor());
  await page.getByRole('button', { name: '收藏', exact: true }).click();
  await page.getByRole('button', { name: '收藏', exact: true, pressed: true }).waitFor();
  await open('#/bookmarks', () => page.locator('main textarea').waitFor());
  await page.locator('main textarea').fill('周末给孩子读');
  await page.locator('main textarea').press('Enter');
  await page.getByRole('main').getByRole('status').filter({ hasText: '已保存' }).waitFor();
});

afterAll(async () => {
  await session?.close();
});

for (const theme of themes) {
  describe(`axe-core in the ${theme.attribute} theme (${theme.label})`, () => {
    beforeAll(() => chooseTheme(theme.label, theme.attribute, theme.background));

    for (const screen of screens) {
      it(`finds no violations on ${screen.name}`, async () => {
        await open(screen.hash, screen.ready);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme.attribute);
        expect(await axeProblems(page)).toEqual([]);
      });
    }

    it('finds no violations with the reading settings open on the article', async () => {
      await open(`#/article/${omicron.id}`, () => page.locator('article details summary').waitFor());
      await page.locator('article details summary').click();
      await page.getByRole('group', { name: '字号' }).waitFor();
      expect(await axeProblems(page)).toEqual([]);
    });
  });
}

describe('the keyboard alone', () => {
  for (const screen of screens) {
    it(`reaches every control of ${screen.name} with Tab, each with a visible focus ring in view`, async () => {
      // A fresh load, as a reader arriving there: coming back from an article, the list would put
      // focus back on that article's link, perhaps after the walk has started.
      await page.goto('about:blank');
      await open(screen.hash, screen.ready);
      const walk = await tabThroughPage(page);
      expect(walk.stops.length).toBeGreaterThan(3);
      expect(walk.unreached).toEqual([]);
      expect(focusProblems(walk)).toEqual([]);
    });
  }

  it('skips to the content, and opens an article from the list with Enter', async () => {
    await open('#/', screens[0]!.ready);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The first Tab after the skip lands in the content, past the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);

    // The first of its links: Continue reading lists it above the papers.
    const link = page.locator(`main li a[href="#/article/${omicron.id}"]`).first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: omicron.start }).waitFor();
    // Focus follows to the new page's title, for screen readers and the next Tab.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });

  it('toggles the bookmark with Space, and opens the reading settings and picks a size with the keyboard', async () => {
    const toggle = page.getByRole('button', { name: '收藏', exact: true });
    await toggle.focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: '收藏', exact: true, pressed: false }).waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: '收藏', exact: true, pressed: true }).waitFor();

    await page.locator('article details summary').focus();
    await page.keyboard.press('Enter');
    const sizes = page.getByRole('group', { name: '字号' });
    await sizes.waitFor();
    const paragraph = page.locator('article .body p').first();
    const before = await paragraph.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    // Tab enters the size group at its chosen step; an arrow key picks the next one.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent)).toBe('字号');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((px) => parseFloat(getComputedStyle(document.querySelector('article .body p')!).fontSize) > px, before);
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((px) => parseFloat(getComputedStyle(document.querySelector('article .body p')!).fontSize) === px, before);
  });

  it('searches with / and Enter, and opens the hit with Enter', async () => {
    await open('#/', screens[0]!.ready);
    await page.keyboard.press('/');
    await page.keyboard.type('奥密克戎');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '共 1 条' }).waitFor();
    await page.keyboard.press('Tab');
    // Tab goes from the box to the search button, then through the filters to the hit.
    const hit = page.locator('main ol li a').first();
    for (let i = 0; i < 20 && !(await hit.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: omicron.start }).waitFor();
    expect(decodeURIComponent(page.url())).toContain('?q=奥密克戎');
  });

  it('writes a note, removes a bookmark and undoes it with the keyboard', async () => {
    await open('#/bookmarks', () => page.locator('main textarea').waitFor());
    await page.locator('main textarea').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('转给同事');
    await page.keyboard.press('Enter');
    await page.getByRole('main').getByRole('status').filter({ hasText: '已保存' }).waitFor();

    await page.keyboard.press('Tab');
    const remove = page.getByRole('button', { name: /^取消收藏/ });
    expect(await remove.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const undo = page.getByRole('status').filter({ hasText: '已取消收藏' }).getByRole('button', { name: '撤销' });
    await undo.waitFor();
    // The undo button is the next stop after the removed entry is gone.
    for (let i = 0; i < 10 && !(await undo.evaluate((button) => button === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await undo.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await page.locator('main textarea').waitFor();
    expect(await page.locator('main textarea').inputValue()).toBe('转给同事');
  });
});
