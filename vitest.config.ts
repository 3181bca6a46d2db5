import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Generous: browser and end-to-end tests share 2 cores with the rest; speed is the bench's job.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The SDK's Node 22 notice, which a user of the pinned SDK cannot act on (as in cli/main.ts).
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
