import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newReaderContext } from '../helpers/chromium';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';

// When the paper data cannot be fetched and nothing is saved yet, the reader is told so in plain
// Chinese and can retry. Once the papers are saved, a failed update only adds a small notice.

const manifest = '**/corpus/manifest.json';

let session: ReaderSession;

beforeAll(async () => {
  session = await startReaderSession();
});

afterAll(async () => {
  await session?.close();
});

async function freshReader(options: Parameters<typeof newReaderContext>[1] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newReaderContext(session.browser, options);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { context, page };
}

describe('with nothing saved yet', () => {
  it('says the paper data is missing, and saves the papers on retry once they are back', async () => {
    const { context, page } = await freshReader();
    await page.route(manifest, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(session.app.url);

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('报纸没能载入');
    expect(await alert.innerText()).toContain('服务器上找不到报纸数据（错误代码 404）');

    await page.unroute(manifest);
    await page.getByRole('button', { name: '重试' }).click();
    await page.getByRole('heading', { level: 1, name: '读报' }).waitFor();
    await page.locator('main li a[href^="#/article/"]').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('says the connection failed when the server cannot be reached', async () => {
    const { context, page } = await freshReader();
    await page.route(manifest, (route) => route.abort('connectionrefused'));
    await page.goto(session.app.url);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('连不上服务器');
    expect(await page.getByRole('button', { name: '重试' }).count()).toBe(1);
    await context.close();
  });
});

describe('with the papers saved', () => {
  it('shows the saved papers offline, with a small notice', async () => {
    // As in a browser without the service worker (which answers the manifest from its own copy,
    // so that there is then nothing to say): the manifest cannot be fetched, the papers are saved.
    const { context, page } = await freshReader({ serviceWorkers: 'block' });
    await page.goto(session.app.url);
    await page.locator('main li a[href^="#/article/"]').first().waitFor();

    await context.route('**/corpus/**', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await page.getByRole('status').filter({ hasText: '现在连不上网络，显示的是本机保存的报纸' }).waitFor();
    expect(await page.locator('main li a[href^="#/article/"]').count()).toBeGreaterThan(1);
    expect(await page.getByRole('alert').count()).toBe(0);

    await page.getByRole('button', { name: '知道了' }).click();
    expect(await page.getByText('现在连不上网络').count()).toBe(0);
    await context.close();
  });
});
