import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // What template sets' helpers import from the generator (the generator resolves it when it bundles them).
  resolve: {
    alias: {
      'openapi-client-generator/helpers': fileURLToPath(new URL('./generator/render/helpers/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Type-checking generated clients and starting servers takes seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
