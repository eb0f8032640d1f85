import { execFile } from 'node:child_process'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

/** The project folder. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Result of running one of the project's commands. */
export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs `scripts/cli/<command>.ts` the way `npm run <command>` does (through tsx, from
 * the project root), with extra environment variables. Downloads are off
 * (`DECK_OFFLINE=1`) unless a test turns them on: no test reaches beyond 127.0.0.1.
 */
export function runCommand(command: 'generate' | 'deck' | 'check' | 'present', args: string[], env: NodeJS.ProcessEnv = {}, timeout = 240_000): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', `scripts/cli/${command}.ts`, ...args], {
      cwd: ROOT,
      env: { ...process.env, INIT_CWD: ROOT, DECK_OFFLINE: '1', ...env },
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
