// The two runs of the soak bench, each through the app's UI as a reader would do it.
import type { Page } from 'playwright-core';
import { seededRandom } from '../../src/corpus/synth/seededRandom';
import type { HeapUsage } from '../../test/helpers/heapUsage';
import { LATIN_QUERIES, NO_MATCH_QUERIES } from '../../test/helpers/searchQueries';

/** Heap is measured once this many steps of a run are done, and again at its end. */
export const WARM_UP_STEPS = 100;
/** And every this many steps between, to tell a cache filling up to its bound (a plateau) from a leak (a slope). */
const CHECKPOINT_STEPS = 250;

export interface SoakRun {
  name: string;
  steps: number;
  /** After WARM_UP_STEPS steps, and at the end; after a full garbage collection. */
  afterWarmUp: HeapUsage;
  atEnd: HeapUsage;
  /** Every CHECKPOINT_STEPS steps: [steps done, heap]. */
  checkpoints: [number, HeapUsage][];
  /** Mean time per step, in ms. */
  msPerStep: number;
}

type Measure = () => Promise<HeapUsage>;

async function run(name: string, steps: number, step: (index: number) => Promise<void>, measure: Measure, log: (line: string) => void): Promise<SoakRun> {
  let afterWarmUp: HeapUsage | undefined;
  const checkpoints: [number, HeapUsage][] = [];
  let stepping = 0;
  for (let index = 0; index < steps; index++) {
    const started = performance.now();
    await step(index);
    stepping += performance.now() - started;
    const done = index + 1;
    if (done === Math.min(WARM_UP_STEPS, steps)) afterWarmUp = await measure();
    if (done % CHECKPOINT_STEPS === 0 && done < steps) checkpoints.push([done, await measure()]);
    if (done % 100 === 0) log(`${name}: ${done} / ${steps}`);
  }
  const atEnd = await measure();
  checkpoints.push([steps, atEnd]);
  return { name, steps, afterWarmUp: afterWarmUp!, atEnd, checkpoints, msPerStep: stepping / steps };
}

const articleLinks = (page: Page) => page.locator('main a[href^="#/article/"]');

/** Opens the home list's articles in turn: a click on the link, then the browser's Back. */
export async function runArticleOpens(page: Page, steps: number, measure: Measure, log: (line: string) => void): Promise<SoakRun> {
  const count = await articleLinks(page).count();
  log(`article opens: cycling through the ${count} articles of the home list`);
  return run('article opens', steps, async (index) => {
    await articleLinks(page).nth(index % count).click();
    await page.locator('main h1').first().waitFor();
    await page.waitForFunction(() => location.hash.startsWith('#/article/'));
    await page.goBack();
    await articleLinks(page).nth(index % count).waitFor();
  }, measure, log);
}

/** Types queries into the header's search box: pieces of the headlines, Latin, and misses. */
export async function runSearches(page: Page, steps: number, measure: Measure, log: (line: string) => void): Promise<SoakRun> {
  const headlines = (await articleLinks(page).allInnerTexts()).map((text) => [...text.replace(/\s+/gu, '')]).filter((chars) => chars.length >= 2);
  const random = seededRandom(11);
  const queries = Array.from({ length: 200 }, (_, i) => {
    if (i % 10 === 8) return random.pick(LATIN_QUERIES);
    if (i % 10 === 9) return random.pick(NO_MATCH_QUERIES);
    const chars = random.pick(headlines);
    const length = random.integer(2, Math.min(4, chars.length));
    const start = random.integer(0, chars.length - length);
    return chars.slice(start, start + length).join('');
  });
  const searchBox = page.getByRole('searchbox', { name: '搜索报纸' });
  log(`searches: cycling through ${queries.length} queries`);
  return run('searches', steps, async (index) => {
    const query = queries[index % queries.length];
    await searchBox.fill(query);
    await page.waitForFunction(searchHasAnswered, query);
  }, measure, log);
}

/** The query has run (the URL follows it as it starts) and its hits, or "nothing found", show. */
function searchHasAnswered(query: string): boolean {
  if (new URLSearchParams(location.hash.split('?')[1] ?? '').get('q') !== query) return false;
  if (document.querySelector('main ol.hits[aria-busy="true"]')) return false;
  const nothingFound = document.querySelector('main section.empty h2')?.textContent ?? '';
  return document.querySelector('main ol.hits') !== null || nothingFound.includes(query.trim());
}
