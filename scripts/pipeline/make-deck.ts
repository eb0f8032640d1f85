import type { CheckReport } from '../check/check-report'
import type { FitChange } from '../check/plan-fixes'
import type { ExportReport } from '../export/export-deck'
import type { FormatOptionTexts, RunFindings } from '../export/formats/format'
import type { Format } from '../export/formats/registry'
import type { LazyBrowser } from '../export/launch-browser'
import type { Diagnostic } from '../lib/diagnostics'
import type { ArticleInput, GenerateFromOptions, GenerateOptions, GenerateResult } from './generate'
import { existsSync, statSync } from 'node:fs'
import { buildReport, fitWarnings, withBrowserTraffic } from '../check/check-report'
import { startSiteBuilder } from '../export/build-site'
import { openExport } from '../export/export-deck'
import { ALL_FORMATS, FORMATS } from '../export/formats/registry'
import { lazyBrowser } from '../export/launch-browser'
import { netLogPath, readBrowserTraffic } from '../export/net-log-file'
import { dropEarlySiteBuilder } from '../export/site-builder.mjs'
import { BROWSER_STAGE_TIMEOUT_MS, withTimeout } from '../export/with-timeout'
import { writeReport } from '../export/write-report'
import { deckPaths } from '../lib/paths'
import { slideLayout } from '../render'
import { expectsBuild } from './expect-build'
import { fitFilePath, readFitHints, writeFitHints } from './fit-file'
import { generateFrom, readArticleInput } from './generate'
import { checkOutFolder, recordWritten } from './out-folder'
import { nextHints, replanner } from './replan'
import { readSpeakerEdits } from './speaker-edits'

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
  /** The text given for formats' own options (`--handout 2`, `--pptx pictures`), by format name. */
  formatOptions?: FormatOptionTexts
  /** Most rounds of planning, building and checking (default {@link MAX_FIX_ROUNDS}; 1: check without re-planning). */
  maxRounds?: number
  onStage?: (stage: string) => void
  /** Called after each round the fix loop re-plans, with what it changed. */
  onFix?: (round: number, changes: FitChange[]) => void
  /** How the article's images are found and fetched. */
  images?: Pick<GenerateOptions, 'assetsDir' | 'remoteImages' | 'allowPrivateImages'>
  /** Start over from the article instead of merging the speaker's changes to `slides.md` (`--fresh`). */
  fresh?: boolean
  /** Fewest PNGs to take for them to be taken from a second page while the formats are written (see `openExport`). */
  parallelPngs?: number
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
 * Generates, builds, checks and exports a deck with one browser. The article is read and
 * parsed once; then each round plans and renders it, builds the site, opens its print
 * view and measures every slide. When slides overflow or their text is too small, the
 * deck is planned again with hints (smaller type, more slides, diagrams alone) for the
 * next round, as long as that changes the plan and for at most `maxRounds` rounds;
 * otherwise the exports are written from that same page, once, with `exports/check.json`,
 * whether or not every slide fits (what does not is in `warnings`). It starts from the
 * hints the last run in the same folder kept (`slides.fit.json`), so a rerun is usually
 * one round. The speaker's `slides.md` is read once, and every round merges its edits
 * (see `generateFrom`): the exports and the check are of the merged deck, and a slide of
 * the speaker's is measured but never re-planned.
 */
export async function makeDeck(options: MakeDeckOptions): Promise<MadeDeck> {
  const { maxRounds = MAX_FIX_ROUNDS, onStage = () => {} } = options
  const paths = deckPaths(options.outDir)
  const plan: GenerateFromOptions = { outDir: options.outDir, offline: options.offline, minutes: options.minutes, fresh: options.fresh, ...options.images }
  let hints = await readFitHints(options.outDir)
  const changes: FitChange[] = []
  // Slidev and Vite load in the build's process while the deck is generated, when a build is likely.
  const buildLikely = expectsBuild(options.article, paths.site, options.rebuild)
  if (!buildLikely)
    dropEarlySiteBuilder()
  // A first run in a folder usually takes a second round (no fit decisions are kept yet), built warm in the same process; a later run usually takes one, and the process ends after its build.
  const firstRun = !existsSync(paths.site)
  const siteBuilder = startSiteBuilder({ articleBytes: existsSync(options.article) ? statSync(options.article).size : 0, now: buildLikely, keepWarm: firstRun })
  onStage('generate')
  const input = await readArticleInput(options.article)
  await checkOutFolder(options.outDir, FORMATS.filter(format => (options.formats ?? ALL_FORMATS).includes(format.name)).map(format => format.output))
  // The speaker's slides.md as the command found it (once the folder is known to be safe to read): every round merges the same edits.
  plan.edits = await readSpeakerEdits(options.outDir)
  // When the site will be built, the browser starts while the deck is planned, once the article is known to be readable; otherwise when a page is needed, if ever.
  const netLog = netLogPath()
  const browser = lazyBrowser(options.browserPath, { netLogPath: netLog })
  if (buildLikely)
    browser.get().catch(() => {})
  let generated: GenerateResult | undefined
  let last: { report: CheckReport, exported: ExportReport, rounds: number } | undefined
  try {
    generated = await generateFrom(input, { ...plan, fit: hints })
    for (let round = 1; !last; round++) {
      const deckExport = await openExport({
        slidesPath: generated.slidesPath,
        deck: generated.deck,
        exportsDir: paths.exports,
        browser,
        formats: options.formats,
        dark: options.dark,
        formatOptions: options.formatOptions,
        rebuild: options.rebuild,
        siteBuilder,
        parallelPngs: options.parallelPngs,
        onStage,
      })
      let next: ReturnType<typeof nextHints>
      try {
        const { measures, consoleErrors, blockedRequests } = deckExport.capture
        const report = buildReport(measures, generated.deck.slides.map(slide => ('title' in slide ? slide.title : undefined)), consoleErrors, blockedRequests, undefined, generated.deck.slides.map(slideLayout))
        next = round >= maxRounds ? undefined : nextHints(report, generated.deck.slides, hints, replanner(input.parsed, { minutes: options.minutes, unavailableImages: generated.unavailableImages }))
        if (!next) {
          // No round follows: the build's memory goes back before the formats are written.
          siteBuilder.close()
          last = { report, exported: await deckExport.write(runFindings(report, generated, input)), rounds: round }
        }
      }
      finally {
        await deckExport.close()
      }
      if (next) {
        hints = next.hints
        changes.push(...next.changes)
        options.onFix?.(round, next.changes)
        onStage('generate')
        generated = await generateFrom(input, { ...plan, fit: hints })
      }
    }
  }
  finally {
    siteBuilder.close()
    await closeBrowser(browser)
  }
  const report = withBrowserTraffic(last.report, await readBrowserTraffic(netLog))
  await writeReport(paths.report, report)
  await writeFitHints(options.outDir, hints)
  await recordWritten(options.outDir, [...Object.values(last.exported.files), paths.report, fitFilePath(options.outDir)])
  const warnings = report.summary.passed ? [] : fitWarnings(report, generated.deck.slides, options.article, generated.slidesPath)
  return { generated, exported: last.exported, report, rounds: last.rounds, changes, warnings }
}

/** What the run found, for the review page: each slide's problems, the warnings so far, the article as read. */
function runFindings(report: CheckReport, generated: GenerateResult, input: ArticleInput): RunFindings {
  const problems = generated.deck.slides.map((_, index) => report.slides.find(slide => slide.slide === index + 1)?.problems ?? [])
  return { problems, diagnostics: generated.diagnostics, article: { path: input.article, text: input.parsed.text }, slidesPath: generated.slidesPath }
}

/** Closes the browser, if it started, within the stage limit; a browser that does not close is left to exit with the process. */
async function closeBrowser(browser: LazyBrowser): Promise<void> {
  const started = await browser.launched()?.catch(() => undefined)
  if (started)
    await withTimeout(started.close(), BROWSER_STAGE_TIMEOUT_MS, 'the browser did not close').catch(() => {})
}
