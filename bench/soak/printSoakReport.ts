// The soak bench's table: heap of page and worker after the warm-up and at the end of each run.
import { WARM_UP_STEPS, type SoakRun } from './soakRuns';

/** The end may be this much above the level after the warm-up before it counts as a leak. */
export const ALLOWED_GROWTH = 0.2;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const change = (from: number, to: number) => `${to >= from ? '+' : ''}${(((to - from) / from) * 100).toFixed(1)}%`;

export function printSoakReport(runs: readonly SoakRun[]): void {
  console.log(`\nSoak: JS heap after a full GC, after ${WARM_UP_STEPS} steps and at the end of each run`);
  console.log('| run | steps | ms/step | heap | after 100 | at end | change | within 20% |');
  console.log('|---|---:|---:|---|---:|---:|---:|---|');
  let allWithin = true;
  for (const run of runs) {
    for (const where of ['page', 'worker'] as const) {
      const from = run.afterWarmUp[where];
      const to = run.atEnd[where];
      const within = to <= from * (1 + ALLOWED_GROWTH);
      allWithin &&= within;
      console.log(`| ${run.name} | ${run.steps} | ${run.msPerStep.toFixed(0)} | ${where} | ${mb(from)} | ${mb(to)} | ${change(from, to)} | ${within ? 'yes' : 'NO'} |`);
    }
  }
  console.log('\nOn the way (MB after a full GC):');
  for (const run of runs) {
    for (const where of ['page', 'worker'] as const) {
      const series = [[WARM_UP_STEPS, run.afterWarmUp] as const, ...run.checkpoints].map(([done, heap]) => `${done}: ${(heap[where] / 1024 / 1024).toFixed(2)}`);
      console.log(`  ${run.name}, ${where}: ${series.join(' · ')}`);
    }
  }
  console.log(allWithin ? '\nNo leak: every end is within 20% of its level after 100 steps.' : '\nLEAK? An end is more than 20% above its level after 100 steps.');
}
