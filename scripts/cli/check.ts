import { resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { formatReport } from '../check/check-report'
import { findBrowser } from '../export/find-browser'
import { UsageError } from '../lib/errors'
import { deckPaths, PROJECT_ROOT } from '../lib/paths'
import { checkSite } from '../pipeline/check-site'
import { displayPath } from './report'
import { runCli } from './run-cli'

const USAGE = 'usage: npm run check -- [DIR]'

runCli(async () => {
  let parsed
  try {
    parsed = parseArgs({ args: process.argv.slice(2), allowPositionals: true, options: { help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } } })
  }
  catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\nMeasures every slide of DIR/exports/site at 1920x1080 and writes DIR/exports/check.json.\n`)
    return
  }
  const dir = parsed.positionals[0] ? resolve(process.env.INIT_CWD ?? process.cwd(), parsed.positionals[0]) : PROJECT_ROOT
  const report = await checkSite(dir, findBrowser().path)
  process.stdout.write(`${formatReport(report)}\n`)
  process.stderr.write(`report: ${displayPath(deckPaths(dir).report)}\n`)
  if (!report.summary.passed)
    process.exitCode = 1
})
