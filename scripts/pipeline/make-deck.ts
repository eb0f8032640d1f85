import type { Browser } from 'playwright-chromium'
import type { CheckReport } from '../check/check-report'
import type { FitChange } from '../check/plan-fixes'
import type { ExportReport } from '../export/export-deck'
import type { Format } from '../export/formats'
import type { HandoutPerPage } from '../export/handout-parts'
import type { Diagnostic } from '../lib/diagnostics'
import type { ParsedArticle } from '../parse'
import type { FitHint, FitHints } from '../plan/fit-hints'
import type { GenerateOptions, GenerateResult } from './generate'
import { join } from 'node:path'
import { buildReport, fitWarnings, withBrowserTraffic } from '../check/check-report'
import { deckPaths, netLogPath, readBrowserTraffic, writeReport } from '../check/check-site'
import { planFixes } from '../check/plan-fixes'
import { BROWSER_STAGE_TIMEOUT_MS, withTimeout } from '../export/capture-deck'
import { exportDeck } from '../export/export-deck'
import { launchBrowser } from '../export/launch-browser'
import { parseArticle, readArticle } from '../parse'
import { planDeck } from '../plan'
import { readFitHints, writeFitHints } from './fit-file'
import { generateDeck } from './generate'
import { readSidecar } from './read-sidecar'

/**
 * Most rounds of planning, building and checking: generous, since a round only follows
 * one that changed the plan, and each change steps a slide further (smaller type, more
 * slides, a block on a slide of its own), of which there are few.
 */
export const MAX_FIX_ROUNDS = 10

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
  /** Most rounds of planning, building and checking (default {@link MAX_FIX_ROUNDS}; 1: check without re-planning). */
  maxRounds?: number
  onStage?: (stage: string) => void
  /** Called after each round the fix loop re-plans, with what it changed. */
  onFix?: (round: number, changes: FitChange[]) => void
  /** How the article's images are found and fetched. */
  images?: Pick<GenerateOptions, 'assetsDir' | 'remoteImages' | 'allowPrivateImages'>
}

/** A finished deck: what was generated, exported and checked, and what the fix loop changed. */
export interface MadeDeck {
  generated: GenerateResult
  exported: ExportReport
  report: CheckReport
  rounds: number
  changes: FitChange[]
  /** The check's failures no plan could fix, as `file:line: warning: slide N "title": ...` for the article. */
  warnings: Diagnostic[]
}

/**
 * Generates, builds, checks and exports a deck with one browser. When slides overflow or
 * their text is too small, the slides are planned again with hints (smaller type, more
 * slides, diagrams alone) and checked again, as long as a round changes the plan and for
 * at most `maxRounds` rounds; the exports are written once, from the last round, with
 * `exports/check.json`, whether or not every slide fits (what does not is in `warnings`).
 * It starts from the hints the last run in the same folder kept (`slides.fit.json`), so a
 * rerun is usually one round.
 */
export async function makeDeck(options: MakeDeckOptions): Promise<MadeDeck> {
  const { maxRounds = MAX_FIX_ROUNDS, onStage = () => {} } = options
  const exportsDir = join(options.outDir, 'exports')
  let hints: Map<string, FitHint> = await readFitHints(options.outDir)
  const allChanges: FitChange[] = []
  onStage('generate')
  const generate = () => generateDeck({ article: options.article, outDir: options.outDir, offline: options.offline, fit: hints, minutes: options.minutes, ...options.images })
  let generated = await generate()
  const replan = planner(await readParsed(options.article), options.minutes)
  const netLog = netLogPath()
  const browser = launchBrowser(options.browserPath, { netLogPath: netLog })
  browser.catch(() => {})
  let made: MadeDeck | undefined
  try {
    for (let round = 1; !made; round++) {
      if (round > 1) {
        onStage('generate')
        generated = await generate()
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
          const fixes = planFixes(report, generated.deck.slides, hints, { splittable: replan.splittable(hints) })
          if (fixes.changes.length === 0 || !replan.changes(hints, fixes.hints))
            return true
          changes = fixes.changes
          hints = fixes.hints
          return false
        },
      })
      if (exported.accepted) {
        made = { generated, exported, report: report!, rounds: round, changes: allChanges, warnings: [] }
        break
      }
      allChanges.push(...changes)
      options.onFix?.(round, changes)
    }
  }
  finally {
    await closeBrowser(browser)
  }
  const report = withBrowserTraffic(made!.report, await readBrowserTraffic(netLog))
  await writeReport(deckPaths(options.outDir).report, report)
  await writeFitHints(options.outDir, hints)
  const warnings = report.summary.passed ? [] : fitWarnings(report, made!.generated.deck.slides, options.article)
  return { ...made!, report, warnings }
}

/** Reads and parses the article and its sidecar, as generation does, for re-planning in memory. */
async function readParsed(article: string): Promise<ParsedArticle> {
  const [source, sidecar] = await Promise.all([readArticle(article), readSidecar(article)])
  return parseArticle(source, sidecar.sidecar)
}

/**
 * Plans the article in memory with given hints: whether new hints change any slide (a
 * round that would change nothing is not run), and which slide keys a split hint can
 * name (the slides as packed before splitting).
 */
function planner(parsed: ParsedArticle, minutes: number | undefined) {
  const slidesWith = (fit: FitHints) => planDeck(parsed, { fit, minutes }).slides
  return {
    changes: (before: FitHints, after: FitHints) => JSON.stringify(slidesWith(before)) !== JSON.stringify(slidesWith(after)),
    splittable: (fit: FitHints) => new Set(slidesWith(withoutSplits(fit)).flatMap(slide => (slide.key ? [slide.key] : []))),
  }
}

/** The hints with every `split` taken out. */
function withoutSplits(hints: FitHints): Map<string, FitHint> {
  return new Map([...hints].map(([key, { split: _split, ...rest }]) => [key, rest]))
}

/** Closes the browser, if it started, within the stage limit; a browser that does not close is left to exit with the process. */
async function closeBrowser(browser: Promise<Browser>): Promise<void> {
  const started = await browser.catch(() => undefined)
  if (started)
    await withTimeout(started.close(), BROWSER_STAGE_TIMEOUT_MS, 'the browser did not close').catch(() => {})
}
