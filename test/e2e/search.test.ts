import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';

// A reader searches the saved papers from the box in the header. 奥密克戎 is in one article of
// seeds/ (焦作日报 2022-02-09 A07, twelve times in its body); the parser found no title for it, so
// it is named by the start of its body.
const omicronStart = '近段时间，多国报告的奥密克戎毒株';

let session: ReaderSession;
let page: Page;

const searchBox = () => page.getByRole('searchbox', { name: '搜索报纸' });
const results = () => page.locator('main ol li');

beforeAll(async () => {
  session = await startReaderSession();
  ({ page } = session);
  await page.goto(session.app.url);
  await page.locator('main li a[href^="#/article/"]').first().waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('searching the papers', () => {
  it('focuses the search box with /', async () => {
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-box');
  });

  it('shows hits as the reader types, with the matches marked', async () => {
    await page.keyboard.type('奥密克戎');
    // The URL follows the query once it has run.
    await page.waitForURL((url) => decodeURIComponent(url.hash) === '#/search?q=奥密克戎');
    await page.getByRole('status').filter({ hasText: '共 1 条' }).waitFor();
    expect(await results().count()).toBe(1);

    const hit = results().first();
    const heading = hit.getByRole('heading', { level: 2 });
    expect(await heading.innerText()).toMatch(new RegExp(`^无标题\\s*${omicronStart}`));
    expect(await hit.innerText()).toContain('焦作日报 · 2022年2月9日星期三 · A07版');
    expect(await hit.innerText()).toContain('新华社记者 罗国芳');
    // The snippet names the untitled article, with every match in it marked.
    const marks = await heading.locator('mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(1);
    for (const mark of marks) expect(mark).toBe('奥密克戎');
    expect(decodeURIComponent(page.url())).toContain('#/search?q=奥密克戎');
  });

  it('opens a hit: the article, with the match marked in its text', async () => {
    await results().first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: omicronStart }).waitFor();
    expect(decodeURIComponent(page.url())).toMatch(/#\/article\/[0-9a-f-]+\?q=奥密克戎$/);
    const marks = await page.locator('article .body mark').allInnerTexts();
    expect(marks).toHaveLength(12);
    for (const mark of marks) expect(mark).toBe('奥密克戎');
    expect(await page.locator('article h1 mark').allInnerTexts()).toEqual(['奥密克戎']);
  });

  it('finds the same article for the query in traditional characters', async () => {
    await searchBox().fill('奧密克戎');
    await page.getByRole('status').filter({ hasText: '共 1 条' }).waitFor();
    expect(await results().first().getByRole('heading', { level: 2 }).innerText()).toContain(omicronStart);
    expect(await results().first().locator('mark').first().innerText()).toBe('奥密克戎');
  });

  it('says when nothing matches, and suggests what to try', async () => {
    await searchBox().fill('龘靐齉');
    await page.getByRole('heading', { name: '没有找到“龘靐齉”' }).waitFor();
    expect(await results().count()).toBe(0);
    expect(await page.getByText('简体、繁體都可以').count()).toBe(1);
    expect(await page.getByRole('link', { name: '科协' }).count()).toBe(1);
  });

  it('lists recent searches under the empty box, and removes one', async () => {
    await searchBox().fill('');
    const recent = page.getByRole('region', { name: '最近搜索' });
    await recent.waitFor();
    expect(await recent.getByRole('link').allInnerTexts()).toContain('奥密克戎');

    await recent.getByRole('button', { name: '删除最近搜索“奥密克戎”' }).click();
    await recent.getByRole('link', { name: '奥密克戎', exact: true }).waitFor({ state: 'detached' });
    // The example of the tips is still offered.
    expect(await page.getByRole('link', { name: '奥密克戎', exact: true }).count()).toBe(1);
  });

  it('filters by kind, and a search link from the URL shows its results', async () => {
    await page.goto(`${session.app.url}#/search?q=${encodeURIComponent('记者')}&kind=brief`);
    await page.getByRole('status').filter({ hasText: /^共 \d+ 条$/ }).waitFor();
    expect(await page.getByRole('combobox', { name: '类型' }).inputValue()).toBe('brief');
    expect(await searchBox().inputValue()).toBe('记者');
    for (const text of await results().allInnerTexts()) expect(text).toContain('简讯');
  });
});
