import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../helpers/buildApp';
import { launchBrowser, newReaderContext, serveBuiltApp, type ServedApp } from '../helpers/chromium';
import { waitUntilReadyOffline } from '../helpers/offlineReader';

// A new edition is published: v2 of the app is v1 (seeds/) plus one new page, deployed on the same
// address. A reader who has v1 is offered 新版本可用 · 更新; nothing reloads until they accept;
// then the new article is there, and the bookmark they made in v1 too. A second tab left open on v1
// is not reloaded under its reader either: it says 读报 was updated in another tab and reloads when asked.
const workDir = '.tmp/e2e-update';
const v1 = `${workDir}/v1`;
const v2 = `${workDir}/v2`;
const newPage = {
  file: '900_update_test.txt',
  text: [
    '市图书馆推出夜间阅览服务',
    '',
    '本报讯（记者 王晓）为方便上班族读书学习，市图书馆自本月起推出夜间阅览服务，每周二至周五开放至晚上九点。',
    '夜间开放期间，阅览室、自习区和少儿绘本区照常开放，读者凭读者证即可入馆，借还书服务同步延长。',
    '',
  ].join('\n'),
};
const newTitle = '市图书馆推出夜间阅览服务';
/** Words only the new page has. */
const newQuery = '夜间阅览';
const bookmarked = { id: 'fd32062a99bd', title: '人工3D脊髓组织或可让瘫痪者重新行走' };

let app: ServedApp | undefined;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** A second tab, open on v1 the whole time. */
let otherTab: Page;
let url: string;

const updatePrompt = () => page.getByRole('status').filter({ hasText: '新版本可用' });

beforeAll(async () => {
  await rm(workDir, { recursive: true, force: true });
  const seedsV2 = `${workDir}/seeds-v2`;
  await mkdir(seedsV2, { recursive: true });
  await cp('seeds', seedsV2, { recursive: true });
  await writeFile(join(seedsV2, newPage.file), newPage.text);
  await buildApp({ outDir: v1 });
  await buildApp({ outDir: v2, seedsDir: seedsV2 });

  app = await serveBuiltApp(v1);
  url = app.url;
  browser = await launchBrowser();
  context = await newReaderContext(browser);
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('a new version of the papers', () => {
  it('is read from v1 first: ready offline, with a bookmark', async () => {
    await page.goto(`${url}#/article/${bookmarked.id}`);
    await page.getByRole('heading', { level: 1, name: bookmarked.title }).waitFor();
    await page.getByRole('button', { name: '收藏', exact: true }).click();
    await page.getByRole('button', { name: '收藏', exact: true, pressed: true }).waitFor();
    await waitUntilReadyOffline(page);
    otherTab = await context.newPage();
    otherTab.setDefaultTimeout(10_000);
    await otherTab.goto(url);
    await otherTab.locator('main li a[href^="#/article/"]').first().waitFor();
    await otherTab.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true));
  });

  it('is offered once v2 is deployed, and nothing reloads before the reader accepts', async () => {
    const port = Number(new URL(url).port);
    await app?.close();
    app = undefined;
    app = await serveBuiltApp(v2, { port });

    await page.goto(url);
    // Marks this document: a reload would lose it.
    await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true));
    await updatePrompt().waitFor({ timeout: 30_000 });
    expect(await updatePrompt().getByRole('button', { name: '更新' }).count()).toBe(1);

    // Until then the reader keeps v1, whose papers lack the new page.
    await page.goto(`${url}#/search?q=${encodeURIComponent(newQuery)}`);
    await page.getByText(`没有找到“${newQuery}”`).waitFor();
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  it('is what 检查新版本 finds in 版本与更新', async () => {
    await page.goto(`${url}#/settings`);
    await page.getByRole('button', { name: '检查新版本' }).click();
    await page.getByRole('status').filter({ hasText: '发现新版本' }).waitFor();
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
  });

  it('brings the new article once accepted, and keeps the bookmark', async () => {
    await updatePrompt().getByRole('button', { name: '更新' }).click();
    // The page reloads once the new version controls it.
    await page.waitForFunction(() => (window as { sameDocument?: boolean }).sameDocument === undefined, null, { timeout: 20_000 });
    expect(await updatePrompt().count()).toBe(0);
    // The new page was fetched and indexed: search finds it.
    await page.goto(`${url}#/search?q=${encodeURIComponent(newQuery)}`);
    await page.getByRole('status').filter({ hasText: '共 1 条' }).waitFor({ timeout: 20_000 });
    await page.locator('main a[href^="#/article/"]').filter({ hasText: newTitle }).first().click();
    await page.getByRole('heading', { level: 1, name: newTitle }).waitFor();
    await page.goto(`${url}#/bookmarks`);
    await page.locator(`main ol > li a[href="#/article/${bookmarked.id}"]`).waitFor();
  });

  it('leaves the other tab on v1 until its reader reloads it, then it has the new article too', async () => {
    const notice = otherTab.getByRole('status').filter({ hasText: '读报已在另一个标签页更新' });
    await notice.waitFor({ timeout: 20_000 });
    expect(await otherTab.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await notice.getByRole('button', { name: '重新载入' }).click();
    await otherTab.waitForFunction(() => (window as { sameDocument?: boolean }).sameDocument === undefined, null, { timeout: 20_000 });
    await otherTab.goto(`${url}#/search?q=${encodeURIComponent(newQuery)}`);
    await otherTab.getByRole('status').filter({ hasText: '共 1 条' }).waitFor({ timeout: 20_000 });
  });

  it('is up to date afterwards', async () => {
    await page.goto(`${url}#/settings`);
    await page.getByRole('button', { name: '检查新版本' }).click();
    await page.getByRole('status').filter({ hasText: '已是最新' }).waitFor();
  });
});
