import process from 'node:process'
import { generateDeck } from '../pipeline/generate'
import { withOutputLock } from '../pipeline/output-lock'
import { formatCoverage, isComplete } from '../verify/check-coverage'
import { parseCommonArgs } from './parse-args'
import { createProgress, displayPath, EDITS_HELP, formatEdits, formatTalkLength, printDiagnostics } from './report'
import { runCli } from './run-cli'

const USAGE = 'usage: npm run generate -- [article.md] [--out DIR] [--minutes N] [--offline] [--assets DIR] [--no-remote-images] [--allow-private-images] [--fresh] [--strict] [--debug]'

runCli(async () => {
  const args = parseCommonArgs(process.argv.slice(2), USAGE, { strict: { type: 'boolean' } })
  if (args.help) {
    process.stdout.write(`${USAGE}\nWrites DIR/slides.md from the article (default: articles/why-chatgpt.md into the project root).\nText of the article the deck lost is a warning naming its line; --strict exits 1 then (for CI).\n${EDITS_HELP}`)
    return
  }
  const progress = createProgress()
  const onWait = (pid: number) => process.stderr.write(`waiting for another run (pid ${pid}) writing ${displayPath(args.outDir)}\n`)
  progress.start('generate')
  const result = await withOutputLock(args.outDir, () => generateDeck({ article: args.article, outDir: args.outDir, offline: args.offline, minutes: args.minutes, assetsDir: args.assetsDir, remoteImages: args.remoteImages, allowPrivateImages: args.allowPrivateImages, fresh: args.fresh }), { onWait })
  printDiagnostics(result.diagnostics)
  progress.end(`${result.deck.slides.length} slides -> ${displayPath(result.slidesPath)}; kept ${formatCoverage(result.coverage)}${formatEdits(result)}`)
  process.stderr.write(`${formatTalkLength(result.deck)}\n`)
  if (args.extra.strict === true && !isComplete(result.coverage))
    process.exitCode = 1
})
