// `npm run bench:storage`: storage timings in Node with fake-indexeddb, written to bench/results/storage.json.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['bench/**/*.measure.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
