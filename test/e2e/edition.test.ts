import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';

// A reader opens the one dated edition of seeds/ (焦作日报 2022-02-09) from the home page, finds
// its page A07 科技创新 in the page index, and reads an article of that page.
const article = { id: '00817e585d12', title: '我市32家单位被认定为2021年度省工程技术研究中心' };
const editionPath = `#/edition/${encodeURIComponent('焦作日报')}/2022-02-09`;

let session: ReaderSession;
let page: Page;

const pageIndex = () => page.getByRole('navigation', { name: '版面目录' });
const pageA07 = () => page.getByRole('region', { name: /A07版\s*科技创新/ });

beforeAll(async () => {
  session = await startReaderSession();
  ({ page } = session);
  // A phone's screen, so that the page section has to be scrolled to.
  await page.setViewportSize({ width: 390, height: 700 });
});

afterAll(async () => {
  await session?.close();
});

describe('an edition and its page index', () => {
  it('opens from the date heading on the home page', async () => {
    await page.goto(session.app.url);
    await page.getByRole('heading', { level: 3 }).getByRole('link', { name: '2022年2月9日星期三', exact: true }).click();
    const heading = page.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: '2022年2月9日星期三' }).waitFor();
    expect(await heading.innerText()).toContain('焦作日报');
    expect(page.url()).toContain(editionPath);
    expect(await page.title()).toContain('焦作日报');
  });

  it('offers the paper\'s dates in the edition picker, this one chosen', async () => {
    const picker = page.getByRole('combobox', { name: '选择日期' });
    const options = await picker.getByRole('option').allInnerTexts();
    expect(options).toContain('2022年2月9日星期三');
    expect(await picker.inputValue()).toBe('2022-02-09');
  });

  it('lists page A07 科技创新 in the page index and jumps to its articles', async () => {
    const entry = pageIndex().getByRole('link', { name: /A07版\s*科技创新/ });
    expect(await entry.getAttribute('href')).toBe(`${editionPath}/A07`);
    await entry.click();
    await page.waitForFunction(() => location.hash.endsWith('/A07'));
    // The section is scrolled to and holds the focus, so a screen reader starts there.
    await page.waitForFunction(() => document.activeElement?.matches('section.page') ?? false);
    expect(await pageA07().evaluate((section) => section === document.activeElement)).toBe(true);
    const top = await pageA07().evaluate((section) => section.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    expect(await pageA07().getByRole('link', { name: article.title }).count()).toBe(1);
  });

  it('opens the page at A07 from a deep link', async () => {
    await page.goto(session.app.url);
    await page.getByRole('heading', { level: 1, name: '读报' }).waitFor();
    await page.goto(`${session.app.url}${editionPath}/A07`);
    await pageA07().getByRole('link', { name: article.title }).waitFor();
  });

  it('follows an article link of the page to the article', async () => {
    await pageA07().getByRole('link', { name: article.title }).click();
    await page.getByRole('heading', { level: 1, name: article.title }).waitFor();
    expect(page.url()).toContain(`#/article/${article.id}`);
  });
});
