// npm run audit: Lighthouse (mobile preset) on the built app served by `vite preview`, in the
// project's Chromium. Prints the performance, accessibility and best-practices scores and every
// audit that fails, writes the full JSON report to .tmp/, and exits with 1 when a score is under
// the goal. Not part of `npm test`: scores move with the machine's load. DUBAO_DIST names another
// build than dist/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { launchDebuggableChromium, serveBuiltApp } from '../test/helpers/chromium';

const categories = ['performance', 'accessibility', 'best-practices'] as const;
const goal = 95;
const passThreshold = 0.9;
const reportDir = join(import.meta.dirname, '../.tmp');

const app = await serveBuiltApp();
const chromium = await launchDebuggableChromium();
try {
  const result = await lighthouse(app.url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
  if (!result) throw new Error('Lighthouse returned no result');
  const { lhr } = result;

  mkdirSync(reportDir, { recursive: true });
  const reportPath = join(reportDir, `lighthouse-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(reportPath, typeof result.report === 'string' ? result.report : JSON.stringify(lhr, null, 2));

  console.log(`Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ${lhr.environment.hostUserAgent}`);
  console.log(`${lhr.finalDisplayedUrl}\n`);
  for (const id of categories) {
    const category = lhr.categories[id]!;
    const score = Math.round((category.score ?? 0) * 100);
    console.log(`${category.title.padEnd(16)} ${String(score).padStart(3)}${score < goal ? `  (goal ${goal})` : ''}`);
    if (score < goal) process.exitCode = 1;
  }
  for (const metric of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
    const audit = lhr.audits[metric];
    if (audit) console.log(`  ${audit.title}: ${audit.displayValue ?? ''}`);
  }

  // Failing as the Lighthouse report counts it: a scored audit under 0.9 (informative and
  // not-applicable ones have no score). The metrics above are scored through the category.
  const failing = categories.flatMap((id) =>
    lhr.categories[id]!.auditRefs
      .filter((ref) => ref.group !== 'metrics')
      .map((ref) => lhr.audits[ref.id]!)
      .filter((audit) => audit.score !== null && audit.score < passThreshold)
      .map((audit) => `  [${id}] ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}, score ${audit.score}`),
  );
  console.log(failing.length > 0 ? `\nFailing audits:\n${failing.join('\n')}` : '\nNo failing audits.');
  // Parts of the run that did not work (a gatherer error) leave audits out rather than failing them.
  for (const warning of lhr.runWarnings) console.log(`Warning: ${warning}`);
  for (const audit of Object.values(lhr.audits).filter((audit) => audit.scoreDisplayMode === 'error')) {
    console.log(`Not measured: ${audit.id} (${audit.errorMessage ?? 'error'})`);
  }
  console.log(`\nReport: ${reportPath}`);
} finally {
  await chromium.close();
  await app.close();
}
