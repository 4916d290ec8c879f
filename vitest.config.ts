import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: {
      '@/': fileURLToPath(new URL('./', import.meta.url)),
      // codemirror-promql has no exports map: without this Node loads its CJS build,
      // which pulls a second copy of @codemirror/state (STACK.md gotcha 6).
      '@prometheus-io/codemirror-promql': fileURLToPath(new URL('./node_modules/@prometheus-io/codemirror-promql/dist/esm/index.js', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    exclude: ['test/browser/**', 'node_modules/**'],
    include: ['test/**/*.test.ts', 'engine/**/*.test.ts', 'components/**/*.test.ts'],
    testTimeout: 120_000,
    server: { deps: { inline: ['@prometheus-io/codemirror-promql'] } },
  },
});
