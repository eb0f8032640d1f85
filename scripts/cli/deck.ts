import { join } from 'node:path'
import process from 'node:process'
import { exportDeck } from '../export/export-deck'
import { findBrowser } from '../export/find-browser'
import { generateDeck } from '../pipeline/generate'
import { formatCoverage } from '../verify/check-coverage'
import { parseCommonArgs } from './parse-args'
import { createProgress, displayPath, printDiagnostics } from './report'
import { runCli } from './run-cli'

const USAGE = 'usage: npm run deck -- [article.md] [--out DIR] [--dark] [--offline]'

runCli(async () => {
  const args = parseCommonArgs(process.argv.slice(2), USAGE)
  if (args.help) {
    process.stdout.write(`${USAGE}\nGenerates DIR/slides.md, then builds and exports DIR/exports/{slides.pdf,png/,site/}.\n`)
    return
  }
  const started = performance.now()
  const browser = findBrowser()
  const progress = createProgress()
  progress.start('generate')
  const generated = await generateDeck({ article: args.article, outDir: args.outDir, offline: args.offline })
  printDiagnostics(generated.diagnostics)
  progress.end(`${generated.deck.slides.length} slides -> ${displayPath(generated.slidesPath)}; kept ${formatCoverage(generated.coverage)}`)

  const exportsDir = join(args.outDir, 'exports')
  const { meta } = generated.deck
  const report = await exportDeck({
    slidesPath: generated.slidesPath,
    exportsDir,
    slideCount: generated.deck.slides.length,
    meta: { title: meta.title, author: meta.author, subject: meta.subtitle, lang: meta.lang },
    browserPath: browser.path,
    dark: args.dark,
    onStage: progress.start,
  })
  progress.end(`${displayPath(report.pdf)}, ${report.pngs.length} PNGs, site in ${displayPath(report.site)}`)
  printDiagnostics(report.diagnostics)
  process.stderr.write(`done in ${((performance.now() - started) / 1000).toFixed(1)}s (browser: ${browser.path})\n`)
})
