import process from 'node:process'
import { DeckError, EXIT_FAILURE, EXIT_USAGE } from '../lib/errors'
import { displayPath } from './report'

/** What the system's file errors mean to a user, by their code. */
const FILE_PROBLEMS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a file stands where a folder should be',
  EISDIR: 'a folder stands where a file should be',
  EEXIST: 'something already exists there',
  ENOENT: 'no such file or folder',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
}

/**
 * Runs a command's main function. Every failure is one line on stderr: a
 * {@link DeckError} with its own exit code, a file system error (no space, read-only,
 * a file where a folder should be ...) with the path it was writing and exit code 2,
 * anything else as an internal error with exit code 1. `--debug` adds the stack.
 */
export function runCli(main: () => Promise<void>): void {
  const debug = process.argv.includes('--debug')
  main().catch((error: unknown) => {
    const { line, exitCode } = describeFailure(error)
    process.stderr.write(`${line}\n`)
    if (debug && error instanceof Error && error.stack)
      process.stderr.write(`${error.stack}\n`)
    process.exitCode = exitCode
  })
}

/** The one line a failure is reported as, and the exit code it gives. */
export function describeFailure(error: unknown): { line: string, exitCode: number } {
  if (error instanceof DeckError)
    return { line: `error: ${firstLines(error.message)}`, exitCode: error.exitCode }
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code && code in FILE_PROBLEMS) {
    const path = (error as NodeJS.ErrnoException).path
    const where = path ? ` while writing ${displayPath(finalPath(path))}` : ''
    return { line: `error: ${FILE_PROBLEMS[code]}${where} (${code})`, exitCode: EXIT_USAGE }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { line: `internal error: ${message.split('\n')[0]} (run with --debug for the stack)`, exitCode: EXIT_FAILURE }
}

/** Where a file was going: without the run's temporary suffix (`slides.md.123.tmp`) or staging folder (`exports/.staging-123-456/`). */
function finalPath(path: string): string {
  return path.replace(/\.\d+(?:\.[\w-]+)?\.tmp$/, '').replace(/[\\/]\.staging-[\w-]+(?=[\\/]|$)/, '')
}

/** The problem alone: a usage message's usage line is left to `--help`. */
function firstLines(message: string): string {
  const [first, second] = message.split('\n')
  return second?.startsWith('usage:') ? `${first} (see --help)` : first!
}
