import { defineConfig } from 'vitest/config';

// Two tiers, one command. `unit` runs the source in jsdom; `browser` drives real Chromium
// against the built bundles (run `npm run build` first; `npm test` does).
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'jsdom', include: ['tests/unit/**/*.test.{ts,tsx}'], setupFiles: ['tests/unit/setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores and timings must stay honest.
          fileParallelism: false,
        },
      },
    ],
  },
});
