import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, launchPersistentReaderContext, newReaderContext, serveBuiltApp, type ServedApp } from '../helpers/chromium';
import { waitUntilReadyOffline } from '../helpers/offlineReader';

// Chromium can install 读报: it reports no installability errors (in a persistent profile, as a
// reader's browser is), and the manifest has what the install sheet and the home screen show.

interface WebAppManifest {
  name: string;
  short_name: string;
  lang: string;
  display: string;
  start_url: string;
  scope: string;
  icons: { src: string; sizes: string; purpose?: string }[];
  screenshots: { src: string; sizes: string; form_factor?: string }[];
  shortcuts: { name: string; url: string }[];
}

const iphoneSafari =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

let app: ServedApp;
let profile: string;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  app = await serveBuiltApp();
  profile = await mkdtemp(join(tmpdir(), 'dubao-install-'));
  context = await launchPersistentReaderContext(profile);
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(app.url);
  await waitUntilReadyOffline(page);
});

afterAll(async () => {
  await context?.close();
  await app?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe('installing 读报', () => {
  it('has no installability errors in Chromium', async () => {
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { errors } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
  });

  it('names the app 读报, in Chinese, in a window of its own', async () => {
    const manifest = await fetchManifest();
    expect(manifest).toMatchObject({ name: '读报', short_name: '读报', lang: 'zh-CN', display: 'standalone' });
    // Resolved against the manifest: the folder the app is served from.
    expect(new URL(manifest.start_url, manifestUrl()).href).toBe(app.url);
    expect(new URL(manifest.scope, manifestUrl()).href).toBe(app.url);
  });

  it('has icons of 192 and 512 px, maskable ones too, and every file is there', async () => {
    const { icons } = await fetchManifest();
    const sizes = (purpose: string | undefined) => icons.filter((icon) => icon.purpose === purpose).map((icon) => icon.sizes);
    expect(sizes(undefined)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(sizes('maskable')).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of icons) await expectPng(icon.src, icon.sizes);
    const appleTouchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    await expectPng(appleTouchIcon ?? 'missing', '180x180');
  });

  it('shows screenshots for narrow and wide screens in the install sheet', async () => {
    const { screenshots } = await fetchManifest();
    expect(screenshots.map((shot) => shot.form_factor)).toEqual(expect.arrayContaining(['narrow', 'wide']));
    for (const shot of screenshots) await expectPng(shot.src, shot.sizes);
  });

  it('has shortcuts to 搜索 and 收藏', async () => {
    const { shortcuts } = await fetchManifest();
    const target = (name: string) => new URL(shortcuts.find((s) => s.name === name)?.url ?? 'missing', manifestUrl()).href;
    expect(target('搜索')).toBe(`${app.url}#/search`);
    expect(target('收藏')).toBe(`${app.url}#/bookmarks`);
  });

  it('gives the browser bars the light and the dark paper colour', async () => {
    const themeColors = await page.locator('meta[name="theme-color"]').evaluateAll((metas) =>
      metas.map((meta) => [meta.getAttribute('media'), meta.getAttribute('content')]),
    );
    expect(themeColors).toEqual([
      ['(prefers-color-scheme: light)', '#fbf8f1'],
      ['(prefers-color-scheme: dark)', '#181612'],
    ]);
    expect(await page.locator('meta[name="apple-mobile-web-app-title"]').getAttribute('content')).toBe('读报');
  });
});

describe('the install button', () => {
  it('appears when the browser offers to install, and shows the browser\'s prompt', async () => {
    const install = page.getByRole('contentinfo').getByRole('button', { name: '安装到主屏幕' });
    expect(await install.count()).toBe(0);
    // Chromium fires beforeinstallprompt when its own engagement rules are met, which a test cannot
    // wait for: this is the same event, with the prompt() the page calls.
    await page.evaluate(() => {
      const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: async () => void ((window as { prompted?: boolean }).prompted = true),
        userChoice: Promise.resolve({ outcome: 'accepted' }),
      });
      window.dispatchEvent(offer);
    });
    await install.click();
    expect(await page.evaluate(() => (window as { prompted?: boolean }).prompted)).toBe(true);
    // The browser's prompt shows once per offer.
    await install.waitFor({ state: 'detached' });
  });

  it('is, on an iPhone, how to add 读报 to the home screen', async () => {
    const browser = await launchBrowser();
    try {
      const iphone = await newReaderContext(browser, { userAgent: iphoneSafari, viewport: { width: 390, height: 844 } });
      const phonePage = await iphone.newPage();
      await phonePage.goto(app.url);
      await phonePage.getByRole('contentinfo').getByText('点浏览器的“分享”按钮，再选“添加到主屏幕”').waitFor({ timeout: 10_000 });
      expect(await phonePage.getByRole('button', { name: '安装到主屏幕' }).count()).toBe(0);
    } finally {
      await browser.close();
    }
  });
});

function manifestUrl(): string {
  return new URL('manifest.webmanifest', app.url).href;
}

async function fetchManifest(): Promise<WebAppManifest> {
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(new URL(href ?? 'missing', app.url).href).toBe(manifestUrl());
  const response = await fetch(manifestUrl());
  expect(response.ok).toBe(true);
  return (await response.json()) as WebAppManifest;
}

/** The file is a PNG of the size the manifest or the link says. */
async function expectPng(src: string, sizes: string): Promise<void> {
  const response = await fetch(new URL(src, manifestUrl()));
  expect(response.status, src).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // PNG: the IHDR chunk holds width and height, big-endian, at bytes 16 and 20.
  const view = new DataView(bytes.buffer);
  expect(`${view.getUint32(16)}x${view.getUint32(20)}`, src).toBe(sizes);
}
