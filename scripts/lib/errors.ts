/** Exit code for problems the user can fix: bad input, no browser, bad arguments. */
export const EXIT_USAGE = 2
/** Exit code for failures inside the tool or its dependencies. */
export const EXIT_FAILURE = 1

/** Base class of every error the CLI knows how to report in one line. */
export class DeckError extends Error {
  readonly exitCode: number

  constructor(message: string, exitCode: number = EXIT_FAILURE) {
    super(message)
    this.name = new.target.name
    this.exitCode = exitCode
  }
}

/** The article cannot be used: missing, empty, binary or not UTF-8. */
export class InputError extends DeckError {
  readonly file: string

  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`, EXIT_USAGE)
    this.file = file
  }
}

/** Command-line arguments that do not make sense. */
export class UsageError extends DeckError {
  constructor(message: string) {
    super(message, EXIT_USAGE)
  }
}

/** No Chromium or Chrome could be found to export with. */
export class BrowserNotFoundError extends DeckError {
  constructor(message: string) {
    super(message, EXIT_USAGE)
  }
}

/** Building or exporting the deck failed. */
export class ExportError extends DeckError {}

/** The output folder holds something the run would replace or write through that is not the tool's own. */
export class OutputConflictError extends DeckError {
  constructor(message: string) {
    super(message, EXIT_USAGE)
  }
}
