import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Child processes run the sources transpiled once per run (tests/support/compiled.ts), not tsx.
    globalSetup: ["tests/support/compile-once.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
