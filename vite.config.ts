/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { chunkSizeBudget } from './src/build/chunkSizeBudget.ts';
import { corpusPlugin } from './src/build/corpusPlugin.ts';
import { pwaOptions } from './src/build/pwaOptions.ts';

export default defineConfig({
  // Relative asset URLs so the built app works under any base path (a sub-folder, a file share).
  base: './',
  plugins: [
    svelte(),
    // Unit tests build their own corpora; parsing seeds/ on every test run would only add noise.
    // DUBAO_SEEDS names another folder of seed files (browser tests build the app on their own corpus).
    process.env.VITEST ? null : corpusPlugin({ seedsDir: process.env.DUBAO_SEEDS ?? 'seeds' }),
    // Manifest, icons and the service worker (src/build/pwaOptions.ts); after the corpus, whose manifest it precaches.
    process.env.VITEST ? null : VitePWA(pwaOptions()),
    // 500 kB a chunk as Vite's default, but the lazy 简→繁 dictionary exempt; 60 kB gzipped for the entry.
    chunkSizeBudget({ chunkLimitBytes: 500_000, exemptLazyModules: ['/opencc-js/'], entryGzipLimitBytes: 60_000 }),
  ],
  // The budget above replaces Vite's one-size warning, which would flag the dictionary on every build.
  build: { chunkSizeWarningLimit: Number.POSITIVE_INFINITY },
  // ES module workers, so the worker's heavy parts (opencc-js, MiniSearch) stay lazy chunks.
  worker: { format: 'es' },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
