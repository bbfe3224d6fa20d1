import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSynthCorpus } from '../../scripts/writeSynthCorpus';
import { buildApp } from '../helpers/buildApp';
import { launchBrowser, newReaderContext, serveBuiltApp, type ServedApp } from '../helpers/chromium';

// A library of ten editions (three papers, a synthetic corpus made from seeds/): the home page
// lists the newest three only, shows three more on demand, and its 往期报纸 picker opens any.
const folder = '.tmp/e2e-home-editions';

let app: ServedApp;
let browser: Browser;
let page: Page;

/** The dates of the editions listed on the home page, from their headings' links. */
const listedDates = () =>
  page.locator('.paper .edition h3 a').evaluateAll((links) => links.map((link) => decodeURIComponent(link.getAttribute('href') ?? '').split('/').at(-1)));
const articleLinks = () => page.locator('.paper a[href^="#/article/"]').count();

beforeAll(async () => {
  writeSynthCorpus({ seedsDir: 'seeds', outDir: `${folder}/seeds`, pages: 90, seed: 1, year: 2022 });
  await buildApp({ outDir: `${folder}/dist`, seedsDir: `${folder}/seeds` });
  app = await serveBuiltApp(`${folder}/dist`);
  browser = await launchBrowser();
  const context = await newReaderContext(browser, { viewport: { width: 360, height: 740 } });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the home page of a large library', () => {
  let allDates: string[] = [];

  it('lists the newest three editions only, and says how many there are', async () => {
    await page.goto(app.url);
    await page.getByText(/^显示最近 3 期，共 \d+ 期$/).waitFor();
    const total = Number(/共 (\d+) 期/.exec(await page.getByText(/^显示最近 3 期/).innerText())?.[1]);
    expect(total).toBeGreaterThanOrEqual(8);
    const listed = await listedDates();
    expect(listed).toHaveLength(3);
    // Every edition is offered in the picker, one date list per paper.
    const pickers = page.getByRole('region', { name: '往期报纸' }).getByRole('combobox');
    allDates = (await pickers.evaluateAll((selects) => selects.flatMap((select) => [...(select as HTMLSelectElement).options].map((o) => o.value)))).sort().reverse();
    expect(allDates).toHaveLength(total);
    // The three listed are the three newest of all.
    expect([...listed].sort().reverse()).toEqual(allDates.slice(0, 3));
    // Far fewer articles than the library holds are on the page.
    const stored = Number(/共 (\d+) 篇/.exec(await page.getByText(/^共 \d+ 篇$/).innerText())?.[1]);
    expect(await articleLinks()).toBeLessThan(stored / 2);
  });

  it('shows three more, older editions when asked', async () => {
    const before = await articleLinks();
    await page.getByRole('button', { name: '显示更早的报纸' }).click();
    await page.getByText(/^显示最近 6 期，/).waitFor();
    expect([...(await listedDates())].sort().reverse()).toEqual(allDates.slice(0, 6));
    expect(await articleLinks()).toBeGreaterThan(before);
  });

  it('opens the oldest edition from the picker', async () => {
    const oldest = allDates.at(-1)!;
    const picker = page.getByRole('region', { name: '往期报纸' }).locator('form').filter({ has: page.locator(`option[value="${oldest}"]`) });
    await picker.getByRole('combobox').selectOption(oldest);
    await picker.getByRole('button', { name: '打开' }).click();
    await page.getByRole('navigation', { name: '版面目录' }).waitFor();
    expect(decodeURIComponent(page.url())).toContain(`/${oldest}`);
  });
});
