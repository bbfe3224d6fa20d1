import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';

// A reader sets up reading to their taste: bigger text, dark then 护眼 colours, 繁體 characters,
// and finds them kept after a reload. The article (焦作日报 2022-02-09 A07) holds 奥密克戎 twelve
// times in its body; the browser's own colour scheme is light unless a test says otherwise.
const omicronId = '86dc4ca7d812';
const colours = { light: 'rgb(251, 248, 241)', dark: 'rgb(24, 22, 18)', sepia: 'rgb(244, 236, 216)' };

let session: ReaderSession;
let page: Page;
const requested: string[] = [];

const bodyParagraph = () => page.locator('article .body p').first();
const bodyText = () => page.locator('article .body').innerText();
const settingsPanel = () => page.locator('article details');
const choice = (group: string, name: string) => page.getByRole('group', { name: group }).getByRole('radio', { name, exact: true });
const fontSize = (locator: Locator) => locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
const lineHeight = (locator: Locator) => locator.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
// The colours change with a short transition: wait for where it ends.
const backgroundBecomes = (colour: string) =>
  page.waitForFunction((expected) => getComputedStyle(document.body).backgroundColor === expected, colour, { timeout: 2000 });
const converterRequested = () => requested.some((url) => /\/cn2t-[^/]*\.js$/.test(url));

async function openArticle() {
  await page.goto(`${session.app.url}#/article/${omicronId}`);
  await bodyParagraph().waitFor();
}

async function expectTouchTarget(control: Locator) {
  const box = await control.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(44);
  expect(box?.height).toBeGreaterThanOrEqual(44);
}

beforeAll(async () => {
  session = await startReaderSession();
  ({ page } = session);
  page.on('request', (request) => requested.push(request.url()));
});

afterAll(async () => {
  await session?.close();
});

describe('reading settings', () => {
  it('opens from the Aa control on an article, with labelled, touch-sized choices', async () => {
    await openArticle();
    const summary = settingsPanel().getByText('阅读设置');
    await expectTouchTarget(settingsPanel().locator('summary'));
    await settingsPanel().locator('summary').click();
    for (const group of ['字号', '行距', '配色', '文字']) await page.getByRole('group', { name: group }).waitFor();
    expect(await choice('配色', '跟随系统').isChecked()).toBe(true);
    expect(await choice('文字', '简体').isChecked()).toBe(true);
    await expectTouchTarget(choice('字号', '特大').locator('xpath=..'));
    expect(await summary.count()).toBe(1);
  });

  it('makes the body text larger, and the lines wider apart', async () => {
    const before = await fontSize(bodyParagraph());
    await choice('字号', '特大').check();
    await page.waitForFunction((px) => parseFloat(getComputedStyle(document.querySelector('article .body p')!).fontSize) > px, before);
    expect(await fontSize(bodyParagraph())).toBeCloseTo(before * 1.5, 0);

    const spacing = (await lineHeight(bodyParagraph())) / (await fontSize(bodyParagraph()));
    await choice('行距', '宽松').check();
    await page.waitForFunction(
      (ratio) => {
        const style = getComputedStyle(document.querySelector('article .body p')!);
        return parseFloat(style.lineHeight) / parseFloat(style.fontSize) > ratio + 0.1;
      },
      spacing,
    );
  });

  it('follows the system colours by default, and switches to 深色 and 护眼 when chosen', async () => {
    expect(await background()).toBe(colours.light);
    await page.emulateMedia({ colorScheme: 'dark' });
    await backgroundBecomes(colours.dark);
    await page.emulateMedia({ colorScheme: 'light' });
    await backgroundBecomes(colours.light);

    await choice('配色', '深色').check();
    await backgroundBecomes(colours.dark);
    // A chosen theme holds whatever the system prefers.
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe(colours.dark);
    await choice('配色', '护眼').check();
    await backgroundBecomes(colours.sepia);
  });

  it('shows the article in 繁體, loading the converter only then', async () => {
    expect(await bodyText()).toContain('奥密克戎');
    expect(converterRequested()).toBe(false);
    await choice('文字', '繁體').check();
    await page.locator('article .body').getByText('奧密克戎').first().waitFor();
    expect(await bodyText()).not.toContain('奥密克戎');
    expect(converterRequested()).toBe(true);
  });

  it('keeps every choice after a reload, in the database and not only in the start-up copy', async () => {
    const size = await fontSize(bodyParagraph());
    await page.reload();
    await bodyParagraph().waitFor();
    expect(await fontSize(bodyParagraph())).toBe(size);
    expect(await background()).toBe(colours.sepia);

    // Without the localStorage copy index.html applies at start, the database alone restores them.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator('article .body').getByText('奧密克戎').first().waitFor();
    await backgroundBecomes(colours.sepia);
    expect(await fontSize(bodyParagraph())).toBe(size);
    await settingsPanel().locator('summary').click();
    expect(await choice('字号', '特大').isChecked()).toBe(true);
    expect(await choice('行距', '宽松').isChecked()).toBe(true);
    expect(await choice('配色', '护眼').isChecked()).toBe(true);
    expect(await choice('文字', '繁體').isChecked()).toBe(true);
  });

  it('still searches in 繁體 mode', async () => {
    await page.getByRole('searchbox', { name: '搜索报纸' }).fill('奥密克戎');
    await page.getByRole('status').filter({ hasText: '共 1 条' }).waitFor();
  });

  it('has its own page, #/settings, linked from the header and usable from the keyboard', async () => {
    await page.getByRole('banner').getByRole('link', { name: '设置' }).click();
    await page.getByRole('heading', { level: 1, name: '阅读设置' }).waitFor();
    expect(page.url()).toMatch(/#\/settings$/);
    expect(await page.getByRole('banner').getByRole('link', { name: '设置' }).getAttribute('aria-current')).toBe('page');

    // Arrow keys move between the choices of a group, as in any radio group: back to 简体.
    await choice('文字', '繁體').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await choice('文字', '简体').isChecked()).toBe(true);

    await openArticle();
    await page.locator('article .body').getByText('奥密克戎').first().waitFor();
    expect(await bodyText()).not.toContain('奧密克戎');
    await page.reload();
    await bodyParagraph().waitFor();
    expect(await bodyText()).toContain('奥密克戎');
  });

  it('turns transitions off for readers who ask for less motion', async () => {
    const duration = () => page.evaluate(() => getComputedStyle(document.body).transitionDuration);
    expect(await duration()).not.toMatch(/^0s(, 0s)*$/);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await duration()).toMatch(/^0s(, 0s)*$/);
  });
});
