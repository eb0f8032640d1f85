import process from 'node:process'
import { formatReport } from '../check/check-report'
import { deckPaths } from '../check/check-site'
import { findBrowser } from '../export/find-browser'
import { makeDeck } from '../pipeline/make-deck'
import { formatCoverage } from '../verify/check-coverage'
import { parseCommonArgs } from './parse-args'
import { createProgress, displayPath, printDiagnostics } from './report'
import { runCli } from './run-cli'

const USAGE = 'usage: npm run deck -- [article.md] [--out DIR] [--dark] [--offline] [--no-fix]'

runCli(async () => {
  const args = parseCommonArgs(process.argv.slice(2), USAGE)
  if (args.help) {
    process.stdout.write(`${USAGE}\nGenerates DIR/slides.md, then builds, checks and exports DIR/exports/{slides.pdf,png/,site/,check.json}.\n`)
    return
  }
  const started = performance.now()
  const browser = findBrowser()
  const progress = createProgress()
  const made = await makeDeck({
    article: args.article,
    outDir: args.outDir,
    browserPath: browser.path,
    offline: args.offline,
    dark: args.dark,
    maxRounds: args.noFix ? 1 : 4,
    onStage: progress.start,
    onFix: (round, changes) => {
      progress.end(`round ${round}: ${changes.length} slides did not fit`)
      for (const change of changes)
        process.stderr.write(`  slide ${change.slide} "${change.title}": ${change.problem} -> ${change.change}\n`)
    },
  })
  const { generated, exported, report } = made
  progress.end(`${displayPath(exported.pdf)}, ${exported.pngs.length} PNGs, site in ${displayPath(exported.site)}`)
  printDiagnostics(generated.diagnostics)
  process.stderr.write(`generated ${generated.deck.slides.length} slides -> ${displayPath(generated.slidesPath)}; kept ${formatCoverage(generated.coverage)}\n`)
  process.stdout.write(`${formatReport(report).split('\n').slice(report.summary.passed ? -2 : 0).join('\n')}\n`)
  process.stderr.write(`check: ${displayPath(deckPaths(args.outDir).report)}; ${made.rounds} round${made.rounds > 1 ? 's' : ''}, ${made.changes.length} fixes\n`)
  process.stderr.write(`done in ${((performance.now() - started) / 1000).toFixed(1)}s (browser: ${browser.path})\n`)
  if (!report.summary.passed)
    process.exitCode = 1
})
