// npx vite build -c test/harness/vite.config.ts   (HARNESS_SEEDS=seeds HARNESS_OUT=.tmp/harness by default)
// Tests and benchmarks build the harness through test/helpers/buildHarness.ts instead.
import { defineConfig } from 'vite';
import { harnessConfig } from './harnessConfig.ts';

export default defineConfig(
  harnessConfig({ seedsDir: process.env.HARNESS_SEEDS ?? 'seeds', outDir: process.env.HARNESS_OUT ?? '.tmp/harness', logLevel: 'info' }),
);
