import type { HandoutPerPage } from '../export/handout-parts'
import process from 'node:process'
import { formatReport } from '../check/check-report'
import { deckPaths } from '../check/check-site'
import { findBrowser } from '../export/find-browser'
import { ALL_FORMATS, parseFormats } from '../export/formats'
import { UsageError } from '../lib/errors'
import { makeDeck } from '../pipeline/make-deck'
import { parseCommonArgs } from './parse-args'
import { createProgress, displayPath, formatGenerated, formatTalkLength, printDiagnostics } from './report'
import { runCli } from './run-cli'

const USAGE = `usage: npm run deck -- [article.md] [--out DIR] [--formats ${ALL_FORMATS.join(',')}] [--handout 1|2|3] [--minutes N] [--dark] [--offline] [--no-fix] [--rebuild]`

runCli(async () => {
  const args = parseCommonArgs(process.argv.slice(2), USAGE, { formats: { type: 'string', short: 'f' }, handout: { type: 'string' }, rebuild: { type: 'boolean' } })
  if (args.help) {
    process.stdout.write(`${USAGE}
Generates DIR/slides.md, then builds, checks and exports into DIR/exports/:
  slides.pdf   one page per slide, bookmarks per section      (pdf)
  png/         one 1920x1080 PNG per slide                     (png)
  handout.pdf  A4, each slide with its notes; --handout 2 or 3 puts 2-3 slides a page (handout)
  slides.pptx  one slide per slide, notes as speaker notes     (pptx)
  site/        the built deck, presenter mode included         (site)
  notes.md     the talk script, slide by slide                 (notes)
  check.json   what the fit check measured
When slides.md, its assets and the theme are unchanged since the last build, the built site is
reused instead of built again; --rebuild builds it anyway.
`)
    return
  }
  const formats = parseFormats(typeof args.extra.formats === 'string' ? args.extra.formats : 'all')
  const handoutPerPage = Number(args.extra.handout ?? 1)
  if (![1, 2, 3].includes(handoutPerPage))
    throw new UsageError(`--handout takes 1, 2 or 3 slides a page, not ${String(args.extra.handout)}\n${USAGE}`)
  const started = performance.now()
  const browser = findBrowser()
  const progress = createProgress()
  const made = await makeDeck({
    article: args.article,
    outDir: args.outDir,
    browserPath: browser.path,
    offline: args.offline,
    dark: args.dark,
    minutes: args.minutes,
    formats,
    rebuild: args.extra.rebuild === true,
    handoutPerPage: handoutPerPage as HandoutPerPage,
    maxRounds: args.noFix ? 1 : 4,
    onStage: progress.start,
    onFix: (round, changes) => {
      progress.end(`round ${round}: ${changes.length} slides did not fit`)
      for (const change of changes)
        process.stderr.write(`  slide ${change.slide} "${change.title}": ${change.problem} -> ${change.change}\n`)
    },
  })
  const { generated, exported, report } = made
  progress.end()
  printDiagnostics(generated.diagnostics)
  process.stderr.write(`${formatGenerated(generated)}\n`)
  process.stderr.write(`${formatTalkLength(generated.deck)}\n`)
  const written = exported.formats.map(format => format === 'png' ? `${displayPath(exported.files.png!)}/ (${exported.pngs.length} PNGs)` : displayPath(exported.files[format]!))
  process.stderr.write(`wrote ${written.join(', ')}\n`)
  process.stdout.write(`${formatReport(report).split('\n').slice(report.summary.passed ? -2 : 0).join('\n')}\n`)
  process.stderr.write(`check: ${displayPath(deckPaths(args.outDir).report)}; ${made.rounds} round${made.rounds > 1 ? 's' : ''}, ${made.changes.length} fixes\n`)
  process.stderr.write(`done in ${((performance.now() - started) / 1000).toFixed(1)}s (browser: ${browser.path})\n`)
  if (!report.summary.passed)
    process.exitCode = 1
})
