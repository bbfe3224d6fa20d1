import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';

// The 科协 feature (seeds/002_59aa2384767d3827.txt) opens with a 核心提示 box: the reader sees it
// first, set apart under its label, and the story's own text after it.
let session: ReaderSession;

beforeAll(async () => {
  session = await startReaderSession();
});

afterAll(async () => {
  await session?.close();
});

describe('an article with a 核心提示 box', () => {
  it('shows the box first, under its label, then the story', async () => {
    const { page } = session;
    await page.goto(`${session.app.url}#/article/94ad11069319`);
    const box = page.getByRole('complementary', { name: '核心提示' });
    await box.waitFor();
    const boxText = await box.locator('p').allTextContents();
    expect(boxText).toHaveLength(2);
    expect(boxText[0].startsWith('成功入选全国创新驱动示范市')).toBe(true);
    expect(boxText[1].startsWith('市科协第六次代表大会以来')).toBe(true);
    // the story goes on after the box, not inside it
    const after = page.locator('.body > p.article-text').first();
    expect((await after.textContent())?.startsWith('凝心铸魂')).toBe(true);
  });

  it('shows an article without a box as plain paragraphs', async () => {
    const { page } = session;
    await page.goto(`${session.app.url}#/article/fd32062a99bd`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('.body p').first().waitFor();
    expect(await page.getByRole('complementary', { name: '核心提示' }).count()).toBe(0);
  });
});
