import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../src/db/schemaVersions';
import { newReaderContext } from '../helpers/chromium';
import { APP_DATABASE, countRows, readRows } from '../helpers/rawIndexedDb';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';
import { servedCorpus, spinalArticle } from '../helpers/servedCorpus';

// A reader with the app open in two tabs while it saves the papers, or while another tab
// upgrades its database: the papers are fetched and written once, a bookmark made in one tab
// during the other's update is kept, and both tabs end on the new version.

const { manifest, totalArticles } = servedCorpus();
const spinal = spinalArticle;
const note = '两个标签页\n都不丢';

let session: ReaderSession;

beforeAll(async () => {
  session = await startReaderSession();
});

afterAll(async () => {
  await session?.close();
});

/** A reader's browser (no service worker: the tests publish a new corpus under it) and a way to open tabs. */
async function readerBrowser(): Promise<{ context: BrowserContext; newTab: () => Promise<Page> }> {
  const context = await newReaderContext(session.browser, { serviceWorkers: 'block' });
  const newTab = async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  };
  return { context, newTab };
}

/** Holds every pack download until release(); counts the downloads of each pack file. */
async function holdPackDownloads(context: BrowserContext) {
  const fetched: string[] = [];
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await context.route(/\/corpus\/(?!manifest).*\.json$/, async (route) => {
    fetched.push(new URL(route.request().url()).pathname.slice(1));
    await released;
    await route.continue().catch(() => undefined);
  });
  return { fetched, release, timesFetched: (file: string) => fetched.filter((path) => path === file).length };
}

const homeCount = (page: Page, count: number) => page.getByText(`共 ${count} 篇`).waitFor();

describe('two tabs during the first ingest', () => {
  it('fetch and write each pack once: the second tab waits for the first, then finds nothing to do', async () => {
    const { context, newTab } = await readerBrowser();
    const downloads = await holdPackDownloads(context);
    const first = await newTab();
    await first.goto(session.app.url);
    await expect.poll(() => downloads.fetched.length).toBeGreaterThan(0);
    const second = await newTab();
    await second.goto(session.app.url);
    // The second tab says the other tab is saving the papers, and fetches nothing meanwhile.
    await second.getByRole('progressbar').waitFor();
    await second.getByText('另一个读报标签页正在保存报纸，存好后本页就能阅读。').waitFor();
    const fetchedByFirst = downloads.fetched.length;
    await second.waitForTimeout(300);
    expect(downloads.fetched).toHaveLength(fetchedByFirst);
    downloads.release();

    await homeCount(first, totalArticles);
    await homeCount(second, totalArticles);
    for (const pack of manifest.packs) expect(downloads.timesFetched(pack.file), pack.file).toBe(1);
    expect(await countRows(first, 'articles')).toBe(totalArticles);
    await context.close();
  });
});

describe('a bookmark made in one tab while the other updates', () => {
  it('is kept, and the update is fetched once though both tabs reload', async () => {
    const { context, newTab } = await readerBrowser();
    // The papers as first published: only the first pack.
    const older = { ...manifest, version: 'f1rst0ne', packs: manifest.packs.slice(0, 1) };
    let olderServed = 0;
    await context.route('**/corpus/manifest.json', async (route) => {
      await route.fulfill({ json: older });
      olderServed++;
    });
    const updating = await newTab();
    await updating.goto(session.app.url);
    await homeCount(updating, manifest.packs[0]!.count);
    const reading = await newTab();
    await reading.goto(`${session.app.url}#/article/${spinal.id}`);
    await reading.getByRole('heading', { level: 1, name: spinal.title }).waitFor();

    // Both tabs have checked for new papers (and found none) before new ones are published.
    await expect.poll(() => olderServed).toBe(2);
    await reading.waitForTimeout(500);
    // New papers are published; the first tab reloads and starts the update (held mid-way).
    await context.unroute('**/corpus/manifest.json');
    const downloads = await holdPackDownloads(context);
    await updating.reload();
    await expect.poll(() => downloads.fetched.length).toBeGreaterThan(0);

    // Meanwhile the reader bookmarks the article in the other tab and writes a note on it.
    await reading.getByRole('button', { name: '收藏', exact: true }).click();
    await reading.getByRole('button', { name: '收藏', exact: true, pressed: true }).waitFor();
    await reading.goto(`${session.app.url}#/bookmarks`);
    const noteBox = reading.getByRole('textbox', { name: new RegExp(`^笔记\\s*：${spinal.title}$`) });
    await noteBox.fill(note);
    await noteBox.press('Enter');
    await reading.getByText('已保存').waitFor();
    // …and reloads it too, so both tabs want to update.
    await reading.reload();
    await reading.getByRole('heading', { level: 1, name: '收藏' }).waitFor();

    downloads.release();
    await updating.getByRole('status').filter({ hasText: '报纸已更新' }).waitFor();
    await reading.goto(session.app.url);
    await homeCount(reading, totalArticles);
    await homeCount(updating, totalArticles);
    for (const pack of manifest.packs.slice(1)) expect(downloads.timesFetched(pack.file), pack.file).toBe(1);
    expect(downloads.timesFetched(manifest.packs[0]!.file)).toBe(0);
    const bookmarks = await readRows<{ articleId: string; note: string; available: boolean }>(updating, 'bookmarks');
    expect(bookmarks).toMatchObject([{ articleId: spinal.id, note, available: true }]);
    await context.close();
  });
});

describe('another tab upgrading the database', () => {
  const newVersion = CURRENT_SCHEMA_VERSION * 10 + 10;

  /** What the next release's first tab does: opens the database at a higher version, adding a table. */
  function upgradeFromAnotherTab(page: Page): Promise<number> {
    return page.evaluate(
      ({ database, version }) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open(database, version);
          open.onupgradeneeded = () => open.result.createObjectStore('nextReleaseTable', { keyPath: 'id' });
          open.onsuccess = () => {
            const upgraded = open.result.version;
            open.result.close();
            resolve(upgraded);
          };
          open.onerror = () => reject(open.error);
        }),
      { database: APP_DATABASE, version: newVersion },
    );
  }

  it('asks both open tabs to reload; after reloading they read on the new version with the bookmark kept', async () => {
    const { context, newTab } = await readerBrowser();
    const tabs = [await newTab(), await newTab()];
    await tabs[0]!.goto(`${session.app.url}#/article/${spinal.id}`);
    await tabs[0]!.getByRole('button', { name: '收藏', exact: true }).click();
    await tabs[0]!.getByRole('button', { name: '收藏', exact: true, pressed: true }).waitFor();
    await tabs[1]!.goto(session.app.url);
    await homeCount(tabs[1]!, totalArticles);

    // The tabs' connections (pages and workers) let go at once, so the upgrade is not blocked.
    const upgrader = await newTab();
    await upgrader.goto(`${session.app.url}corpus/no-such-file`);
    expect(await upgradeFromAnotherTab(upgrader)).toBe(newVersion);

    for (const tab of tabs) {
      const alert = tab.getByRole('alert').filter({ hasText: '读报已在另一个标签页更新，请重新载入本页' });
      await alert.waitFor();
      await Promise.all([tab.waitForEvent('load'), alert.getByRole('button', { name: '重新载入' }).click()]);
      await tab.goto(session.app.url);
      await homeCount(tab, totalArticles);
      await tab.getByRole('button', { name: `收藏“${spinal.title}”`, pressed: true }).waitFor();
      expect(await tab.getByRole('alert').count()).toBe(0);
    }
    const version = await upgrader.evaluate(async (name) => (await indexedDB.databases()).find((db) => db.name === name)?.version, APP_DATABASE);
    expect(version).toBe(newVersion);
    await context.close();
  });

  it('tells the reader to close the other tab when an old one holds up the upgrade, then goes on', async () => {
    const { context, newTab } = await readerBrowser();
    // An older tab holds the database at an older version and does not let go when asked.
    const old = await newTab();
    await old.goto(`${session.app.url}corpus/no-such-file`);
    await old.evaluate(
      (database) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(database, 5);
          open.onsuccess = () => {
            (window as unknown as { held: IDBDatabase }).held = open.result;
            resolve();
          };
          open.onerror = () => reject(open.error);
        }),
      APP_DATABASE,
    );

    const page = await newTab();
    await page.goto(session.app.url);
    await page.getByRole('alert').filter({ hasText: '请关闭其他读报标签页' }).waitFor();
    await old.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
    await homeCount(page, totalArticles);
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });
});
