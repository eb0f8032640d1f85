import { execFile } from 'node:child_process'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { BROWSER_ENV, findBrowser } from '../../scripts/export/find-browser'

/** The project folder. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** The project's commands, each run as `npm run <command>` runs it. */
export type Command = 'generate' | 'deck' | 'check' | 'present'

/** Node's arguments for a command, as `npm run <command> -- ...args` gives them (see package.json). */
export function commandArgs(command: Command, args: string[]): string[] {
  return ['scripts/cli/run.mjs', command, ...args]
}

let browserPath: string | undefined

/**
 * The environment a test runs a command in: the project's root as npm's `INIT_CWD`,
 * downloads off (`DECK_OFFLINE=1`; no test reaches beyond 127.0.0.1), and the browser
 * named in `DECK_BROWSER_PATH` (found once here, so each command need not load Playwright
 * to find it; the search itself has tests of its own), then the test's own variables.
 */
export function commandEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  if (browserPath === undefined) {
    try {
      browserPath = findBrowser().path
    }
    catch {
      browserPath = ''
    }
  }
  return { ...process.env, INIT_CWD: ROOT, DECK_OFFLINE: '1', ...(browserPath ? { [BROWSER_ENV]: browserPath } : {}), ...env }
}

/** Result of running one of the project's commands. */
export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs one of the project's commands the way `npm run <command>` does (`scripts/cli/run.mjs`,
 * from the project root), in {@link commandEnv} with the test's extra variables.
 */
export function runCommand(command: Command, args: string[], env: NodeJS.ProcessEnv = {}, timeout = 240_000): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, commandArgs(command, args), {
      cwd: ROOT,
      env: commandEnv(env),
      timeout,
      maxBuffer: 64 * 1024 * 1024,
    }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0
      resolve({ code, stdout, stderr })
    })
  })
}

/** Builds a hand-written `slides.md` into a static site, in a process of its own. */
export function buildSlides(entry: string, outDir: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'tests/helpers/build-slides.ts', entry, outDir], { cwd: ROOT, timeout: 240_000 }, (error, stdout, stderr) => {
      resolve({ code: error && typeof error.code === 'number' ? error.code : error ? 1 : 0, stdout, stderr })
    })
  })
}
