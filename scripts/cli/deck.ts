import type { FormatOptionTexts } from '../export/formats/format'
import process from 'node:process'
import { formatReport } from '../check/check-report'
import { findBrowser } from '../export/find-browser'
import { ALL_FORMATS, FORMATS, parseFormats } from '../export/formats/registry'
import { UsageError } from '../lib/errors'
import { deckPaths } from '../lib/paths'
import { makeDeck, MAX_FIX_ROUNDS } from '../pipeline/make-deck'
import { withOutputLock } from '../pipeline/output-lock'
import { isComplete } from '../verify/check-coverage'
import { parseCommonArgs } from './parse-args'
import { createProgress, displayPath, EDITS_HELP, formatGenerated, formatTalkLength, printDiagnostics } from './report'
import { runCli } from './run-cli'

const USAGE = `usage: npm run deck -- [article.md] [--out DIR] [--formats ${ALL_FORMATS.join(',')}] [--handout 1|2|3] [--pptx native|pictures] [--minutes N] [--dark] [--offline] [--no-fix] [--strict] [--rebuild] [--assets DIR] [--no-remote-images] [--allow-private-images] [--fresh] [--debug]`

runCli(async () => {
  const formatFlags = Object.fromEntries(FORMATS.flatMap(format => (format.option ? [[format.option.flag, { type: 'string' as const }]] : [])))
  const args = parseCommonArgs(process.argv.slice(2), USAGE, { formats: { type: 'string', short: 'f' }, ...formatFlags, rebuild: { type: 'boolean' }, strict: { type: 'boolean' } })
  if (args.help) {
    process.stdout.write(`${USAGE}
Generates DIR/slides.md, then builds, checks and exports into DIR/exports/:
  slides.pdf   one page per slide, bookmarks per section      (pdf)
  png/         one 1920x1080 PNG per slide                     (png)
  handout.pdf  A4, each slide beside its notes, 2 a page (1 a page when the notes are long;
               --handout 1, 2 or 3 sets it)                    (handout)
  slides.pptx  PowerPoint, every word editable, notes as speaker notes (pptx);
               --pptx pictures: each slide as its PNG instead
  site/        the built deck, presenter mode included         (site)
  notes.md     the talk script, slide by slide                 (notes)
  check.json   what the fit check measured
Slides that overflow or whose text is too small are planned again (smaller type, more
slides, a diagram on a slide of its own) and checked again, while that changes anything
(at most ${MAX_FIX_ROUNDS} rounds; --no-fix: none). A slide no plan can fit is printed as
  article.md:LINE: warning: slide N "title": <problem>
and everything is exported anyway, with exit code 0; so is text of the article the deck
lost (a warning naming its line); --strict exits 1 when the check fails or text was lost
(for CI).
When slides.md, its assets and the theme are unchanged since the last build, the built site is
reused instead of built again; --rebuild builds it anyway.
${EDITS_HELP}`)
    return
  }
  const formats = parseFormats(typeof args.extra.formats === 'string' ? args.extra.formats : 'all')
  const formatOptions = readFormatOptions(args.extra)
  const started = performance.now()
  const browser = findBrowser()
  const progress = createProgress()
  const onWait = (pid: number) => process.stderr.write(`waiting for another run (pid ${pid}) writing ${displayPath(args.outDir)}\n`)
  const made = await withOutputLock(args.outDir, () => makeDeck({
    article: args.article,
    outDir: args.outDir,
    browserPath: browser.path,
    offline: args.offline,
    dark: args.dark,
    minutes: args.minutes,
    formats,
    rebuild: args.extra.rebuild === true,
    formatOptions,
    maxRounds: args.noFix ? 1 : MAX_FIX_ROUNDS,
    fresh: args.fresh,
    onStage: progress.start,
    images: { assetsDir: args.assetsDir, remoteImages: args.remoteImages, allowPrivateImages: args.allowPrivateImages },
    onFix: (round, changes) => {
      const fixes = changes.filter(change => change.kind === 'fix').length
      const room = changes.length - fixes
      progress.end(`round ${round}: ${[fixes > 0 ? `${fixes} slide${fixes === 1 ? '' : 's'} did not fit` : '', room > 0 ? `${room} had room for larger type` : ''].filter(Boolean).join(', ')}`)
      for (const change of changes)
        process.stderr.write(`  slide ${change.slide} "${change.title}": ${change.problem} -> ${change.change}\n`)
    },
  }), { onWait })
  const { generated, exported, report } = made
  progress.end()
  printDiagnostics(generated.diagnostics)
  printDiagnostics(made.warnings)
  process.stderr.write(`${formatGenerated(generated)}\n`)
  process.stderr.write(`${formatTalkLength(generated.deck)}\n`)
  const written = exported.formats.map(format => format === 'png' ? `${displayPath(exported.files.png!)}/ (${generated.deck.slides.length} PNGs)` : displayPath(exported.files[format]!))
  process.stderr.write(`wrote ${written.join(', ')}\n`)
  process.stdout.write(`${formatReport(report).split('\n').slice(report.summary.passed ? -3 : 0).join('\n')}\n`)
  const unfit = report.slides.filter(slide => slide.problems.length > 0).length
  const failed = unfit > 0 ? `${unfit} slide${unfit === 1 ? '' : 's'} could not be fit` : 'the check failed'
  const verdict = report.summary.passed ? '' : `; ${failed}, exported anyway${args.extra.strict === true ? '' : ' (--strict fails the run)'}`
  process.stderr.write(`check: ${displayPath(deckPaths(args.outDir).report)}; ${made.rounds} round${made.rounds > 1 ? 's' : ''}, ${made.changes.filter(change => change.kind === 'fix').length} fixes, ${made.changes.filter(change => change.kind === 'room').length} slides set larger${verdict}\n`)
  process.stderr.write(`done in ${((performance.now() - started) / 1000).toFixed(1)}s (browser: ${browser.path})\n`)
  if (args.extra.strict === true && (!report.summary.passed || !isComplete(generated.coverage)))
    process.exitCode = 1
})

/** The text given for each format's own option (`--handout 2`), checked by the format: a value it does not take is a usage error. */
function readFormatOptions(values: Record<string, string | boolean | undefined>): FormatOptionTexts {
  const texts: Record<string, string> = {}
  for (const { name, option } of FORMATS) {
    const text = option && values[option.flag]
    if (!option || typeof text !== 'string')
      continue
    if (option.read(text) === undefined)
      throw new UsageError(`--${option.flag} takes ${option.takes}, not ${text}\n${USAGE}`)
    texts[name] = text
  }
  return texts
}
