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
  },
});
