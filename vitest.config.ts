import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    environment: 'node',
    exclude: ['test/browser/**', 'node_modules/**'],
    include: ['test/**/*.test.ts', 'engine/**/*.test.ts', 'components/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
