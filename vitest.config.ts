import { availableParallelism } from 'node:os'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [vue()],
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Test files share a worker's loaded modules (a fresh worker per file loaded the planner,
    // jieba and the renderers again for each of them: a minute of the run); no test relies
    // on a module's state being new.
    isolate: false,
    // Two files at a time even on two cores (vitest's default there is one): the slow tests
    // spend their time in child processes (a build, a browser) that leave a core idle while
    // they wait on each other.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'components', include: ['tests/components/**/*.test.ts'] } },
      { extends: true, test: { name: 'cli', include: ['tests/cli/**/*.test.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/e2e/global-setup.ts'] } },
    ],
  },
})
