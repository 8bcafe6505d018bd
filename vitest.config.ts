import { defineConfig } from "vitest/config";

// Many tests run the built command as a child process; on a loaded machine one spawn can take
// seconds, so time limits bound hangs, not speed (speed is measured by `npm run bench`).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
