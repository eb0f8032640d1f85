import process from 'node:process'
import { DeckError, EXIT_FAILURE } from '../lib/errors'

/**
 * Runs a command's main function: a {@link DeckError} prints one line on stderr and
 * exits with its code; anything else is a bug and prints its stack.
 */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof DeckError) {
      process.stderr.write(`error: ${error.message}\n`)
      process.exitCode = error.exitCode
      return
    }
    process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = EXIT_FAILURE
  })
}
