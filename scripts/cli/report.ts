import type { Diagnostic } from '../lib/diagnostics'
import type { Deck } from '../model/deck'
import type { GenerateResult } from '../pipeline/generate'
import { relative } from 'node:path'
import process from 'node:process'
import { formatDiagnostic } from '../lib/diagnostics'
import { describeRate } from '../plan/plan-timing'
import { formatCoverage } from '../verify/check-coverage'

/** Prints diagnostics on stderr, with paths relative to the current folder. */
export function printDiagnostics(diagnostics: readonly Diagnostic[]): void {
  for (const diagnostic of diagnostics)
    process.stderr.write(`${formatDiagnostic({ ...diagnostic, file: diagnostic.file && displayPath(diagnostic.file) })}\n`)
}

/** A path as the user would type it from where they ran the command. */
export function displayPath(path: string): string {
  const shown = relative(process.env.INIT_CWD ?? process.cwd(), path)
  return shown && !shown.startsWith('..') ? shown : path
}

/** Progress lines on stderr: one per stage, printed when the stage ends, with its time. */
export interface Progress {
  start: (stage: string) => void
  end: (detail?: string) => void
}

/** Creates a {@link Progress}; starting a stage ends the one before it. */
export function createProgress(): Progress {
  let current: { stage: string, started: number } | undefined
  const end = (detail = 'done') => {
    if (!current)
      return
    const seconds = ((performance.now() - current.started) / 1000).toFixed(1)
    process.stderr.write(`${current.stage.padEnd(9)} ${detail} (${seconds}s)\n`)
    current = undefined
  }
  return {
    start(stage) {
      end()
      current = { stage, started: performance.now() }
    },
    end,
  }
}

/** One line on the talk's length: asked for, or estimated from the notes at the speaking rate. */
export function formatTalkLength(deck: Deck): string {
  const duration = deck.meta.duration
  if (!duration)
    return ''
  const minutes = Math.round(duration.seconds / 60)
  return duration.source === 'minutes'
    ? `talk: ${minutes} min (--minutes), each slide's time in its notes`
    : `talk: about ${minutes} min, estimated from the notes at ${describeRate(deck.meta.lang)} (--minutes N sets it), each slide's time in its notes`
}

/** One line on a generated deck: `generated 40 slides -> slides.md; kept 132/132 sentences, ...`. */
export function formatGenerated(result: GenerateResult): string {
  return `generated ${result.deck.slides.length} slides -> ${displayPath(result.slidesPath)}; kept ${formatCoverage(result.coverage)}${formatEdits(result)}`
}

/** What the run kept of the speaker's edits: `; your edits kept: 2 slides changed, 1 added, 3 removed in slides.md` (empty without edits). */
export function formatEdits({ edits }: Pick<GenerateResult, 'edits'>): string {
  if (!edits)
    return ''
  const parts = [`${edits.changed} slide${edits.changed === 1 ? '' : 's'} changed`, `${edits.added} added`, `${edits.removed} removed`]
  const conflicts = edits.conflicts > 0 ? `; ${edits.conflicts} where the article changed too (see the warnings)` : ''
  return `; your edits kept: ${parts.join(', ')} in slides.md${conflicts}`
}

/** The `--help` lines on how the speaker's edits to `slides.md` are kept. */
export const EDITS_HELP = `Your edits to DIR/slides.md are kept: each run merges the new deck with them slide by slide
(changed, deleted and added slides stay as you left them; where the article changed under
your edit, yours stays, the new version goes to slides.new.md and a warning names both).
The file before the run is kept in DIR/.deck-cache/slides.before.md; --fresh starts over.
`
