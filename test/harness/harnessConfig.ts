// The Vite build of the test harness: its page and workers, and the corpus of a seeds folder
// published beside it by the app's own corpus plugin, so the harness ingests what the app would.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InlineConfig, LogLevel } from 'vite';
import { corpusPlugin } from '../../src/build/corpusPlugin.ts';

const harnessRoot = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(harnessRoot, '../..');

export interface HarnessBuildOptions {
  /** Folder of seed .txt files, relative to the project (or absolute). */
  seedsDir: string;
  /** Where the build goes, relative to the project (or absolute); keep it under .tmp/. */
  outDir: string;
  logLevel?: LogLevel;
}

export function harnessConfig({ seedsDir, outDir, logLevel = 'warn' }: HarnessBuildOptions): InlineConfig {
  return {
    root: harnessRoot,
    // Relative URLs, like the app: the corpus is fetched relative to the page.
    base: './',
    publicDir: false,
    logLevel,
    plugins: [corpusPlugin({ seedsDir: resolve(projectRoot, seedsDir) })],
    // ES module workers, as in the app (the data worker loads opencc-js on demand).
    worker: { format: 'es' },
    build: { outDir: resolve(projectRoot, outDir), emptyOutDir: true, reportCompressedSize: false },
  };
}
