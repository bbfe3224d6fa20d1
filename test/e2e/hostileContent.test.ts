import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../helpers/buildApp';
import { launchBrowser, newReaderContext, serveBuiltApp, type ServedApp } from '../helpers/chromium';
import { stubWebShare, webShareCalls } from '../helpers/webShare';

// A page whose headlines and bodies carry markup and script (test/fixtures/hostile-seeds/): the
// reader sees every bit of it as plain text, in every place the app shows or shares article text,
// and none of it runs. The app runs under its Content-Security-Policy without a single violation.
const img = '<img src=x onerror=alert(1)>';
const script = '<script>alert(1)</script>';
const jsLink = 'javascript:alert(1)';
const titles = {
  img: `${img}图片新闻标题`,
  script: `${script}暴雪预警发布`,
  link: '<a href="javascript:alert(1)">市民热线</a>今起开通',
};
const outDir = '.tmp/dist-hostile';

let app: ServedApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];

interface Watch {
  dubaoViolations: { directive: string; blocked: string }[];
  dubaoHostileRan?: unknown;
}

beforeAll(async () => {
  await buildApp({ outDir, seedsDir: 'test/fixtures/hostile-seeds' });
  app = await serveBuiltApp(outDir);
  browser = await launchBrowser();
  context = await newReaderContext(browser);
  // Before any script of the page: collect every violation of the policy.
  await context.addInitScript(() => {
    const watch = window as unknown as Watch;
    watch.dubaoViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      watch.dubaoViolations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
    });
  });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** What ran or was blocked so far: all three must stay empty. */
async function nothingRan() {
  const { violations, flag, elements } = await page.evaluate(() => ({
    violations: (window as unknown as Watch).dubaoViolations,
    flag: (window as unknown as Watch).dubaoHostileRan,
    // Elements the text would have made, had it been parsed as HTML.
    elements: [
      ...document.querySelectorAll('img[src="x"], [onerror], [onload], a[href^="javascript:" i]'),
      ...[...document.scripts].filter((s) => s.textContent?.includes('alert(1)') || s.textContent?.includes('dubaoHostileRan')),
    ].map((element) => element.outerHTML),
  }));
  expect(dialogs).toEqual([]);
  expect(flag).toBeUndefined();
  expect(elements).toEqual([]);
  expect(violations).toEqual([]);
}

const mainText = () => page.locator('main').innerText();

describe('hostile text in the papers', () => {
  it('shows the headlines as text in the home list', async () => {
    await page.goto(app.url);
    await page.getByRole('link', { name: titles.img }).waitFor();
    const text = await mainText();
    for (const title of Object.values(titles)) expect(text).toContain(title);
    await nothingRan();
  });

  it('shows headline and body as text in the article view', async () => {
    await page.getByRole('link', { name: titles.img }).click();
    await page.getByRole('heading', { level: 1, name: titles.img }).waitFor();
    const body = await page.locator('article').innerText();
    expect(body).toContain(`接待游客${script}人次`);
    expect(body).toContain(`登录${jsLink}查询`);
    expect(body).toContain(`预约情况${img}，并关注天气`);
    await nothingRan();
  });

  it('shares the text as it stands, not as markup', async () => {
    await stubWebShare(page);
    await page.getByRole('button', { name: '分享', exact: true }).click();
    const [call] = await webShareCalls(page, 1);
    expect(call?.title).toBe(titles.img);
    expect(call?.text).toContain(`接待游客${script}人次`);
    expect(call?.text).not.toMatch(/&lt;|&gt;|&amp;/u);
    await nothingRan();
  });

  it('shows search hits and their snippets as text', async () => {
    const searchBox = page.getByRole('searchbox', { name: '搜索报纸' });
    await searchBox.fill('预约情况');
    await page.getByRole('status').filter({ hasText: '共 1 条' }).waitFor();
    const hit = await page.locator('main ol li').first().innerText();
    expect(hit).toContain(titles.img);
    expect(hit).toContain(`预约情况${img}，并关注`);
    await searchBox.fill('热线');
    await page.getByRole('status').filter({ hasText: '共 2 条' }).waitFor();
    const hits = await mainText();
    expect(hits).toContain(titles.link);
    expect(hits).toContain(titles.script);
    await nothingRan();
  });

  it('lists a bookmarked hostile article as text, with a hostile note kept as typed', async () => {
    await page.locator('main ol li').getByRole('link', { name: titles.script }).click();
    await page.getByRole('heading', { level: 1, name: titles.script }).waitFor();
    await page.getByRole('button', { name: '收藏', exact: true }).click();
    await page.getByRole('button', { name: '收藏', exact: true, pressed: true }).waitFor();
    await page.goto(`${app.url}#/bookmarks`);
    const note = page.getByRole('textbox', { name: /^笔记/u });
    await note.fill(`${img}${script}`);
    await note.press('Enter');
    await page.locator('main ol > li').getByRole('status').filter({ hasText: '已保存' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: titles.script }).waitFor();
    expect(await page.getByRole('textbox', { name: /^笔记/u }).inputValue()).toBe(`${img}${script}`);
    await nothingRan();
  });

  it('imports a bookmarks file with hostile strings as text', async () => {
    const file = {
      format: 'dubao-user-data',
      version: 1,
      exportedAt: '2026-11-29T00:00:00.000Z',
      bookmarks: [{ articleId: 'not-here-1234', addedAt: 1, note: script, title: `${img}导入的标题`, paper: jsLink, date: null, page: null, available: true }],
      readingState: [],
    };
    await page.getByLabel('从文件导入收藏').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.getByRole('status').filter({ hasText: '已导入 1 条收藏' }).waitFor();
    await page.getByRole('heading', { level: 2, name: `${img}导入的标题` }).waitFor();
    expect(await mainText()).toContain(jsLink);
    await nothingRan();
  });
});

describe('the Content-Security-Policy', () => {
  it('is in force: a script put into the page is blocked and reported, and does not run', async () => {
    const violations = await page.evaluate(async () => {
      const injected = document.createElement('script');
      injected.textContent = 'window.dubaoHostileRan = 1';
      document.body.append(injected);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as Watch).dubaoViolations.splice(0);
    });
    expect(violations).toEqual([expect.objectContaining({ directive: 'script-src-elem', blocked: 'inline' })]);
    expect(await page.evaluate(() => (window as unknown as Watch).dubaoHostileRan)).toBeUndefined();
  });

  it('lets the app load and use every screen without a violation', async () => {
    for (const hash of ['#/', '#/settings', '#/bookmarks', `#/search?q=${encodeURIComponent('景区')}`]) {
      await page.goto(`${app.url}${hash}`);
      await page.locator('main h1, main h2').first().waitFor();
    }
    // A reload starts from the start-up script again (its hash is in the policy).
    await page.reload();
    await page.locator('main').waitFor();
    await nothingRan();
  });
});
