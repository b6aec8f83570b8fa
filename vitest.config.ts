import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // E2E tests spawn node and git; give them room on a loaded 2-core CI machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['test/global-setup.ts'],
    // @actions/workflow-parser imports JSON without `with { type: 'json' }`, which Node rejects;
    // inlined, vite transforms those imports.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    coverage: { provider: 'v8', include: ['src/**'], reporter: ['text-summary', 'lcov'] },
  },
});
