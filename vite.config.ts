/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { corpusPlugin } from './src/build/corpusPlugin.ts';

export default defineConfig({
  // Relative asset URLs so the built app works under any base path (a sub-folder, a file share).
  base: './',
  plugins: [
    svelte(),
    // Unit tests build their own corpora; parsing seeds/ on every test run would only add noise.
    // DUBAO_SEEDS names another folder of seed files (browser tests build the app on their own corpus).
    process.env.VITEST ? null : corpusPlugin({ seedsDir: process.env.DUBAO_SEEDS ?? 'seeds' }),
  ],
  // ES module workers, so the worker's heavy parts (opencc-js, MiniSearch) stay lazy chunks.
  worker: { format: 'es' },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
