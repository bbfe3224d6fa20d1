import { defineConfig } from 'vitest/config';

// Browser tests: they drive the built app (dist/) in Chromium, so `npm run build` comes first.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    // The first run unpacks Chromium (~200 MB) before any page opens.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One browser and one preview server at a time.
    fileParallelism: false,
  },
});
