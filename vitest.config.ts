import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // Hint: sized for a two-core machine with two CPU burners beside the suite (.ci/run); PDF rendering and
    // property tests took 10 s there against vitest's 5 s default. The heaviest set their own limits on top.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
