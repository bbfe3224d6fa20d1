import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusManifest, CorpusPack, PackedItem } from '../../src/build/packFormat';
import type { SearchPage } from '../../src/search/searchIndex';
import type { SearchHit } from '../../src/search/types';
import type { IngestRun } from '../harness/harnessApi';
import { buildHarness } from '../helpers/buildHarness';
import { launchBrowser, newReaderContext, serveBuiltApp, type ServedApp } from '../helpers/chromium';

// The reader's browser keeps the papers of seeds/ for offline reading: the app's data worker,
// behind its one bridge, ingests the published corpus into IndexedDB, and after a reload (a new
// worker, nothing fetched) finds articles by any string of their text. The harness page
// (test/harness) drives the worker; the reader UI comes later.

const outDir = resolve(import.meta.dirname, '../../.tmp/e2e-data-layer');

// Items of seeds/ that hold each query, counted by hand over the built packs (see the first test):
// headline hits (in kicker, title, subtitle or byline) first, then body hits, newest first.
const omicronItem = '86dc4ca7d812'; // 焦作日报 2022-02-09 A07, byline 新华社记者 罗国芳: 奥密克戎 ×12, BA.2 ×12
const expected = {
  奥密克戎: { headline: [], body: [omicronItem] },
  科协: {
    headline: ['e5d349e9320a'], // 数说焦作科协 亮点工作 (undated, 002)
    body: ['94ad11069319', 'bd6f9c1db947'], // 002, positions 0 and 4 on the page
  },
  'BA.2': { headline: [], body: [omicronItem] },
  新华社: {
    headline: [omicronItem], // in the byline only
    body: ['fd32062a99bd', 'f0f0c4d3e260'], // dated (2022-02-09) before undated (004)
  },
} as const;
type ExpectedQuery = keyof typeof expected;
const expectedIds = (query: ExpectedQuery) => [...expected[query].headline, ...expected[query].body];
const REPORTER_HITS = 49; // 记者: every one in a byline

let app: ServedApp;
let browser: Browser;
let page: Page;
let items: (PackedItem & { paper: string | null })[];
let packs: CorpusManifest['packs'];

const squash = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s/g, '');
const headlineText = (item: PackedItem) => [item.kicker, item.title, item.subtitle, item.byline].filter(Boolean).join('');

function search(query: string, limit = 20): Promise<SearchPage> {
  return page.evaluate((request) => window.harness.search(request), { query, limit });
}

function ingest(): Promise<IngestRun> {
  return page.evaluate(() => window.harness.ingest());
}

async function openHarness(): Promise<void> {
  await page.waitForFunction(() => window.harness !== undefined);
}

/** Every marked range of a hit holds the searched term (line breaks and spaces aside). */
function expectMarksOn(hit: SearchHit, term: string): void {
  for (const { start, end } of hit.snippet.matches) expect(squash(hit.snippet.text.slice(start, end))).toBe(term);
  for (const { start, end } of hit.headlineMatches) expect(squash(hit.doc.headline.slice(start, end))).toBe(term);
}

beforeAll(async () => {
  await buildHarness({ seedsDir: 'seeds', outDir });
  const manifest = JSON.parse(readFileSync(join(outDir, 'corpus/manifest.json'), 'utf8')) as CorpusManifest;
  packs = manifest.packs;
  items = packs.flatMap((entry) => {
    const pack = JSON.parse(readFileSync(join(outDir, entry.file), 'utf8')) as CorpusPack;
    return pack.items.map((item) => ({ ...item, paper: pack.paper }));
  });
  app = await serveBuiltApp(outDir);
  browser = await launchBrowser();
  page = await (await newReaderContext(browser)).newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(app.url);
  await openHarness();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await rm(outDir, { recursive: true, force: true });
});

describe('the published corpus of seeds/', () => {
  it('holds the items the searches below expect', () => {
    for (const query of Object.keys(expected) as ExpectedQuery[]) {
      const inHeadline = items.filter((item) => squash(headlineText(item)).includes(squash(query)));
      const inBody = items.filter((item) => !inHeadline.includes(item) && item.paragraphs.join('').includes(query));
      expect({ query, headline: inHeadline.map((item) => item.id).sort(), body: inBody.map((item) => item.id).sort() }).toEqual({
        query,
        headline: [...expected[query].headline].sort(),
        body: [...expected[query].body].sort(),
      });
    }
    expect(items.filter((item) => (item.byline ?? '').includes('记者'))).toHaveLength(REPORTER_HITS);
  });
});

describe('storing the papers', () => {
  it('runs on the app’s data worker', async () => {
    expect(await page.evaluate(() => window.harness.worker)).toBe('data');
  });

  it('ingests every pack, reporting progress up to the total', async () => {
    const { outcome, progress } = await ingest();
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result).toMatchObject({ complete: true, failed: [], articlesWritten: items.length, articlesDeleted: 0 });
    expect(outcome.result.ingested.toSorted()).toEqual(packs.map((entry) => entry.id).sort());

    const totalBytes = packs.reduce((sum, entry) => sum + entry.size, 0);
    expect(progress.at(-1)).toMatchObject({
      packsTotal: packs.length,
      packsDone: packs.length,
      articlesWritten: items.length,
      bytesTotal: totalBytes,
      bytesDone: totalBytes,
      currentPack: null,
    });
    const written = progress.map((report) => report.articlesWritten);
    expect(written).toEqual(written.toSorted((a, b) => a - b));
    expect(written[0]).toBe(0);
  });

  it('searches after a reload from IndexedDB, in a new worker, fetching no corpus file', async () => {
    let workersStarted = 0;
    const corpusRequests: string[] = [];
    page.on('worker', () => workersStarted++);
    page.on('request', (request) => {
      if (request.url().includes('/corpus/')) corpusRequests.push(request.url());
    });
    await page.reload();
    await openHarness();
    const result = await search('奥密克戎');
    expect(result.hits.map((hit) => hit.id)).toEqual(expectedIds('奥密克戎'));
    expect(workersStarted).toBe(1);
    expect(corpusRequests).toEqual([]);
  });
});

describe('searching the stored papers', () => {
  it.each(Object.keys(expected) as ExpectedQuery[])('finds %s: headline hits first, then body hits, newest first', async (query) => {
    const result = await search(query);
    expect(result.hits.map((hit) => [hit.id, hit.in])).toEqual([
      ...expected[query].headline.map((id) => [id, 'headline']),
      ...expected[query].body.map((id) => [id, 'body']),
    ]);
    expect(result.total).toBe(expectedIds(query).length);
    expect(result.totalExact).toBe(true);
    expect(result.terms).toEqual([squash(query)]);
  });

  it('marks where the query is, in snippets and headlines', async () => {
    for (const query of Object.keys(expected) as ExpectedQuery[]) {
      const result = await search(query);
      for (const hit of result.hits) expectMarksOn(hit, squash(query));
      for (const hit of result.hits.filter((h) => h.in === 'body')) expect(hit.snippet.matches.length).toBeGreaterThan(0);
    }
    const [sidebar] = (await search('科协')).hits;
    expect(sidebar.headlineMatches).toHaveLength(1);
    expect(sidebar.doc.headline.slice(sidebar.headlineMatches[0].start, sidebar.headlineMatches[0].end)).toBe('科协');
    // Found through the byline: a headline hit with nothing marked in the headline.
    const [byByline] = (await search('新华社')).hits;
    expect(byByline).toMatchObject({ id: omicronItem, in: 'headline', headlineMatches: [] });
    // The snippet opens on the first 奥密克戎 of the body, and marks every one it shows.
    const [omicron] = (await search('奥密克戎')).hits;
    expect(omicron.snippet.matches.map(({ start, end }) => omicron.snippet.text.slice(start, end))).toEqual(['奥密克戎', '奥密克戎']);
  });

  it('finds the same hits for a query in traditional characters or full-width Latin', async () => {
    const traditional = await search('奧密克戎');
    expect(traditional.terms).toEqual(['奥密克戎']);
    expect(traditional.hits.map((hit) => hit.id)).toEqual(expectedIds('奥密克戎'));
    for (const hit of traditional.hits) expectMarksOn(hit, '奥密克戎');
    for (const query of ['ＢＡ．２', 'ba.2']) {
      expect((await search(query)).hits.map((hit) => hit.id)).toEqual(expectedIds('BA.2'));
    }
  });

  it('orders many hits newest first: the dated edition, then undated pages by seed file and position', async () => {
    const result = await search('记者', 100);
    expect(result.total).toBe(REPORTER_HITS);
    const byId = new Map(items.map((item) => [item.id, item]));
    const found = result.hits.map((hit) => byId.get(hit.id)!);
    expect(result.hits.every((hit) => hit.in === 'headline')).toBe(true);
    // This corpus has one dated page (2022-02-09 A07); sorted by hand from the documented order.
    const newestFirst = found.toSorted(
      (a, b) =>
        Number(a.date === null) - Number(b.date === null) ||
        (b.date ?? '').localeCompare(a.date ?? '') ||
        (a.date === null ? a.source.localeCompare(b.source) : 0) ||
        a.order - b.order,
    );
    expect(found.map((item) => item.id)).toEqual(newestFirst.map((item) => item.id));
    expect(found[0].date).toBe('2022-02-09');
    expect(found.at(-1)!.date).toBeNull();
  });

  it('finds nothing for a query that is in no paper', async () => {
    expect(await search('龘靐齉')).toMatchObject({ hits: [], total: 0, totalExact: true });
  });
});

describe('storing the papers again', () => {
  it('writes nothing when the corpus has not changed', async () => {
    const { outcome } = await ingest();
    expect(outcome).toEqual({
      ok: true,
      result: expect.objectContaining({
        complete: true,
        ingested: [],
        unchanged: packs.length,
        removed: [],
        articlesWritten: 0,
        articlesDeleted: 0,
        bytesFetched: 0,
        shardsRebuilt: [],
      }),
    });
  });
});
