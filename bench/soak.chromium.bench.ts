// npm run bench:soak [-- --opens 1000 --searches 1000 --dist .tmp/some-build]
// A long reading session in Chromium, through the UI of the built app: `opens` articles opened
// from the home list (and back), then `searches` queries typed into the search box, one after
// another. The JS heap of the page and of the data worker is measured after a full garbage
// collection once the first 100 of each run are done and at its end: a leak shows as growth.
// It prints the figures and whether each end is within 20% of its level after 100; it never
// fails on a missed goal.
import { mkdtempSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../test/helpers/buildApp';
import { launchBrowser, newReaderContext, serveBuiltApp } from '../test/helpers/chromium';
import { watchHeap, type HeapUsage } from '../test/helpers/heapUsage';
import { runArticleOpens, runSearches, type SoakRun } from './soak/soakRuns';
import { printSoakReport } from './soak/printSoakReport';

const { values } = parseArgs({
  options: {
    opens: { type: 'string', default: '1000' },
    searches: { type: 'string', default: '1000' },
    // An existing build to use instead of building one from seeds/.
    dist: { type: 'string' },
  },
});
const opens = Number(values.opens);
const searches = Number(values.searches);

const projectRoot = resolve(import.meta.dirname, '..');
const workDir = mkdtempSync(join(projectRoot, '.tmp', 'bench-soak-'));
process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

const log = (line: string) => console.error(`  ${line}`);
const began = performance.now();
let outDir = values.dist;
if (outDir === undefined) {
  outDir = relative(projectRoot, join(workDir, 'dist'));
  log(`building the app into ${outDir}`);
  await buildApp({ outDir });
}

const app = await serveBuiltApp(outDir);
const browser = await launchBrowser();
try {
  const context = await newReaderContext(browser);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const heap = await watchHeap(page);
  const settledHeap = async (): Promise<HeapUsage> => {
    await heap.collectGarbage();
    return heap.current();
  };

  await page.goto(app.url);
  // The library is ready when the home list shows articles (the first visit ingests the corpus).
  await page.locator('main a[href^="#/article/"]').first().waitFor({ timeout: 120_000 });
  const runs: SoakRun[] = [];
  // --opens 0 or --searches 0 leaves that run out.
  if (opens > 0) runs.push(await runArticleOpens(page, opens, settledHeap, log));
  if (searches > 0) runs.push(await runSearches(page, searches, settledHeap, log));
  printSoakReport(runs);
} finally {
  await browser.close();
  await app.close();
  console.error(`done in ${((performance.now() - began) / 1000).toFixed(0)} s`);
}
