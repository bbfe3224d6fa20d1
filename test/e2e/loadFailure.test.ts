import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';

// When the paper data cannot be fetched, the reader is told so in plain Chinese and can retry.

let session: ReaderSession;
let page: Page;

beforeAll(async () => {
  session = await startReaderSession();
  ({ page } = session);
});

afterAll(async () => {
  await session?.close();
});

describe('when the paper data is missing', () => {
  it('says so, and loads the papers on retry once they are back', async () => {
    await page.route('**/corpus/manifest.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(session.app.url);

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('报纸没能载入');
    expect(await alert.innerText()).toContain('服务器上找不到报纸数据（错误代码 404）');

    await page.unroute('**/corpus/manifest.json');
    await page.getByRole('button', { name: '重试' }).click();
    await page.getByRole('heading', { level: 1, name: '读报' }).waitFor();
    expect(await page.locator('main li a[href^="#/article/"]').count()).toBeGreaterThan(1);
  });

  it('says the connection failed when the server cannot be reached', async () => {
    await page.route('**/corpus/manifest.json', (route) => route.abort('connectionrefused'));
    await page.goto(session.app.url);
    expect(await page.getByRole('alert').innerText()).toContain('连不上服务器');
  });
});
