import type { CheckReport } from '../check/check-report'
import type { FitChange } from '../check/plan-fixes'
import type { ExportReport } from '../export/export-deck'
import type { Format } from '../export/formats'
import type { HandoutPerPage } from '../export/handout-parts'
import type { FitHint } from '../plan/fit-hints'
import type { GenerateResult } from './generate'
import { join } from 'node:path'
import { buildReport } from '../check/check-report'
import { deckPaths, writeReport } from '../check/check-site'
import { planFixes } from '../check/plan-fixes'
import { exportDeck } from '../export/export-deck'
import { launchBrowser } from '../export/launch-browser'
import { readFitHints, writeFitHints } from './fit-file'
import { generateDeck } from './generate'

/** Options for {@link makeDeck}. */
export interface MakeDeckOptions {
  article: string
  outDir: string
  browserPath: string
  offline?: boolean
  dark?: boolean
  /** Length of the talk (default: estimated from the spoken text). */
  minutes?: number
  /** Outputs to write (default: all). */
  formats?: readonly Format[]
  /** Build the site even when the last one was built from the same sources. */
  rebuild?: boolean
  handoutPerPage?: HandoutPerPage
  /** Most rounds of planning, building and checking. */
  maxRounds?: number
  onStage?: (stage: string) => void
  /** Called after each round the fix loop re-plans, with what it changed. */
  onFix?: (round: number, changes: FitChange[]) => void
}

/** A finished deck: what was generated, exported and checked, and what the fix loop changed. */
export interface MadeDeck {
  generated: GenerateResult
  exported: ExportReport
  report: CheckReport
  rounds: number
  changes: FitChange[]
}

/**
 * Generates, builds, checks and exports a deck with one browser. When slides overflow or
 * their text is too small, the slides are planned again with hints (smaller type, more
 * slides, diagrams alone) and checked again, for at most `maxRounds` rounds; the exports
 * are written once, from the last round, with `exports/check.json`. It starts from the hints
 * the last run in the same folder kept (`slides.fit.json`), so a rerun is usually one round.
 */
export async function makeDeck(options: MakeDeckOptions): Promise<MadeDeck> {
  const { maxRounds = 4, onStage = () => {} } = options
  const exportsDir = join(options.outDir, 'exports')
  let hints: Map<string, FitHint> = await readFitHints(options.outDir)
  const allChanges: FitChange[] = []
  onStage('generate')
  let generated = await generateDeck({ article: options.article, outDir: options.outDir, offline: options.offline, fit: hints, minutes: options.minutes })
  const browser = launchBrowser(options.browserPath)
  browser.catch(() => {})
  try {
    for (let round = 1; ; round++) {
      if (round > 1) {
        onStage('generate')
        generated = await generateDeck({ article: options.article, outDir: options.outDir, offline: options.offline, fit: hints, minutes: options.minutes })
      }
      const titles = generated.deck.slides.map(slide => ('title' in slide ? slide.title : undefined))
      let report: CheckReport | undefined
      let changes: FitChange[] = []
      const exported = await exportDeck({
        slidesPath: generated.slidesPath,
        deck: generated.deck,
        exportsDir,
        browser,
        formats: options.formats,
        dark: options.dark,
        handoutPerPage: options.handoutPerPage,
        rebuild: options.rebuild,
        onStage,
        accept: (measures, problems) => {
          report = buildReport(measures, titles, problems.consoleErrors, problems.blockedRequests)
          if (report.summary.passed || round >= maxRounds)
            return true
          const fixes = planFixes(report, generated.deck.slides, hints)
          changes = fixes.changes
          hints = fixes.hints
          return changes.length === 0
        },
      })
      if (exported.accepted) {
        await writeReport(deckPaths(options.outDir).report, report!)
        await writeFitHints(options.outDir, hints)
        return { generated, exported, report: report!, rounds: round, changes: allChanges }
      }
      allChanges.push(...changes)
      options.onFix?.(round, changes)
    }
  }
  finally {
    await (await browser.catch(() => undefined))?.close()
  }
}
