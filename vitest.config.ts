import { defineConfig } from 'vitest/config';
import { pdfAliases } from './src/pdf/vendor/aliases.mjs';

export default defineConfig({
  // Hint: the same module aliases as the site's build, so the PDF code tested is the code shipped.
  resolve: { alias: pdfAliases },
  test: {
    // Hint: dependencies run outside Vite unless inlined, and aliases apply only to what Vite transforms.
    server: { deps: { inline: ['pdf-lib', 'fontkit'] } },
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // Hint: sized for a two-core machine with two CPU burners beside the suite (.ci/run); PDF rendering and
    // property tests took 10 s there against vitest's 5 s default. The heaviest set their own limits on top.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
