import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { findBrowser } from '../export/find-browser'
import { DEFAULT_ARTICLE, PROJECT_ROOT } from '../lib/paths'
import { generateDeck } from '../pipeline/generate'
import { benchLongCase } from './long-case'
import { measureCommand } from './measure-command'

/**
 * Times `npm run deck` (every format, one build and one browser) three ways: a rerun on
 * an unchanged deck (the built site and the PNGs of unchanged slides are reused), a run
 * after an edit of the article (one bold phrase changed, in a copy of the default article:
 * the site is built again) and a run with `--rebuild`; against Slidev's own `slidev
 * export` (PDF, then PNG) on the same `slides.md`, alternating the runs. Prints medians of
 * the time, of the largest resident set of one process (GNU time's `%M`) and of all the
 * command's processes together (the browser's included), and ratios; then times
 * generation of the default article and of an article 100 times its size. Then the long
 * case (`long-case.ts`): a made-up chapter of 100+ slides, cold, after an edit and unchanged.
 * Usage: npm run bench -- [--runs N] [--copies N] [--cases default,long]
 */
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, copies: { type: 'string', default: '100' }, cases: { type: 'string', default: 'default,long' } } })
/** Which cases to time: `default` (the default article, then generation) and `long` (`long-case.ts`). */
const cases = new Set(values.cases.split(',').map(name => name.trim()))
const runs = Number(values.runs)
const copies = Number(values.copies)
const browser = findBrowser().path
const work = mkdtempSync(join(tmpdir(), 'deck-bench-'))
const bin = (name: string) => join(PROJECT_ROOT, 'node_modules/.bin', name)
const env = { ...process.env, DECK_OFFLINE: '1', INIT_CWD: PROJECT_ROOT }
const MB = 1024 * 1024

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const load = () => loadavg().map(value => value.toFixed(2)).join(' ')

async function benchDefaultCase(): Promise<void> {
  /** The article the deck runs read, a copy of the default one, and the edit that alternates in it (its first bold phrase, changed). */
  const article = join(work, 'article.md')
  const original = readFileSync(DEFAULT_ARTICLE, 'utf8')
  const edited = original.replace(/\*\*([^*\n]+)\*\*/, '**$1（修订）**')
  if (edited === original)
    throw new Error(`${DEFAULT_ARTICLE}: no bold phrase to edit`)
  writeFileSync(article, original)
  const sidecar = DEFAULT_ARTICLE.replace(/\.md$/, '.deck.yaml')
  if (existsSync(sidecar))
    copyFileSync(sidecar, article.replace(/\.md$/, '.deck.yaml'))
  let editedNow = false
  function editArticle(): void {
    editedNow = !editedNow
    writeFileSync(article, editedNow ? edited : original)
  }

  const deckDir = join(work, 'deck')
  mkdirSync(deckDir, { recursive: true })
  if (existsSync(join(PROJECT_ROOT, 'slides.fit.json')))
    copyFileSync(join(PROJECT_ROOT, 'slides.fit.json'), join(deckDir, 'slides.fit.json'))
  const run = (label: string, command: string, args: string[], cwd = PROJECT_ROOT) => measureCommand(label, command, args, { cwd, env })
  const deck = (...extra: string[]) => run(`deck ${extra.join(' ')}`, 'npm', ['run', '--silent', 'deck', '--', article, '--out', deckDir, ...extra])
  const commands = {
    'deck, unchanged': () => deck(),
    'deck after an edit': () => {
      editArticle()
      return deck()
    },
    'deck --rebuild': () => deck('--rebuild'),
    // Slidev as a speaker runs it, in the deck's folder. Its time varies with its dependency optimizer: a dependency found late (d3-hierarchy, on a mind map) reloads the page.
    'slidev export (PDF)': () => run('slidev export', bin('slidev'), ['export', 'slides.md', '--output', join(work, 'slidev.pdf'), '--executable-path', browser], deckDir),
    'slidev export --format png': () => run('slidev export png', bin('slidev'), ['export', 'slides.md', '--format', 'png', '--output', join(work, 'slidev-png'), '--executable-path', browser], deckDir),
  }
  type Name = keyof typeof commands
  const names = Object.keys(commands) as Name[]
  process.stdout.write(`browser: ${browser}\nload average at start: ${load()}\nwarming up (one run of each, not counted)...\n`)
  for (const name of names)
    await commands[name]()
  const slideCount = readdirSync(join(deckDir, 'exports/png')).length
  const costs = Object.fromEntries(names.map(name => [name, [] as Awaited<ReturnType<typeof run>>[]])) as Record<Name, Awaited<ReturnType<typeof run>>[]>
  for (let round = 1; round <= runs; round++) {
    for (const name of names)
      costs[name].push(await commands[name]())
    process.stdout.write(`run ${round}/${runs} (load ${load()}): ${names.map(name => `${name} ${costs[name].at(-1)!.seconds.toFixed(1)}s`).join(', ')}\n`)
  }
  const seconds = (name: Name) => median(costs[name].map(cost => cost.seconds))
  const megabytes = (name: Name, key: 'peakProcessBytes' | 'peakTreeBytes') => median(costs[name].map(cost => cost[key])) / MB
  process.stdout.write(`\n${slideCount} slides, median of ${runs} alternating runs (load average at the end: ${load()}):\n`)
  process.stdout.write(`  ${'command'.padEnd(28)} ${'time'.padStart(7)}  ${'max RSS'.padStart(8)}  ${'all processes'.padStart(13)}\n`)
  for (const name of names)
    process.stdout.write(`  ${name.padEnd(28)} ${seconds(name).toFixed(1).padStart(5)} s  ${megabytes(name, 'peakProcessBytes').toFixed(0).padStart(5)} MB  ${megabytes(name, 'peakTreeBytes').toFixed(0).padStart(10)} MB\n`)
  const pdfSeconds = seconds('slidev export (PDF)')
  const ratio = (name: Name) => (seconds(name) / pdfSeconds).toFixed(2)
  process.stdout.write(`  time, all formats / slidev PDF: deck unchanged ${ratio('deck, unchanged')} (goal <= 0.3), after an edit ${ratio('deck after an edit')} (goal <= 0.6), --rebuild ${ratio('deck --rebuild')}\n`)
  process.stdout.write(`  time, all formats after an edit / slidev PDF + PNG runs: ${(seconds('deck after an edit') / (pdfSeconds + seconds('slidev export --format png'))).toFixed(2)}\n`)
  const memory = (key: 'peakProcessBytes' | 'peakTreeBytes') => (['deck, unchanged', 'deck after an edit', 'deck --rebuild'] as const).map(name => (megabytes(name, key) / megabytes('slidev export (PDF)', key)).toFixed(2)).join(' / ')
  process.stdout.write(`  memory / slidev PDF (unchanged / edit / --rebuild): max RSS ${memory('peakProcessBytes')}, all processes ${memory('peakTreeBytes')} (goal <= 1.0)\n`)

  const bigArticle = join(work, 'big.md')
  writeFileSync(bigArticle, Array.from({ length: copies }, (_, i) => (i === 0 ? original : original.replace(/^# .*$/m, '').replace(/^(#{2,} .+)$/gm, `$1 (${i + 1})`))).join('\n\n'))
  if (existsSync(sidecar))
    copyFileSync(sidecar, bigArticle.replace(/\.md$/, '.deck.yaml'))
  async function generateSeconds(source: string, out: string): Promise<number> {
    const started = performance.now()
    await generateDeck({ article: source, outDir: out, offline: true, fit: new Map() })
    return (performance.now() - started) / 1000
  }
  await generateSeconds(DEFAULT_ARTICLE, join(work, 'gen-small'))
  const small = median([await generateSeconds(DEFAULT_ARTICLE, join(work, 'gen-small')), await generateSeconds(DEFAULT_ARTICLE, join(work, 'gen-small')), await generateSeconds(DEFAULT_ARTICLE, join(work, 'gen-small'))])
  const big = await generateSeconds(bigArticle, join(work, 'gen-big'))
  const smallCli = (await run('generate', 'npm', ['run', '--silent', 'generate', '--', DEFAULT_ARTICLE, '--out', join(work, 'gen-small')])).seconds
  const bigCli = (await run('generate big', 'npm', ['run', '--silent', 'generate', '--', bigArticle, '--out', join(work, 'gen-big')])).seconds
  const kb = (path: string) => (readFileSync(path).length / 1024).toFixed(0)
  process.stdout.write(`\ngeneration (parse, plan, render, coverage check, write slides.md):
    default article (${kb(DEFAULT_ARTICLE)} KB)      ${small.toFixed(3)} s in process, ${smallCli.toFixed(2)} s as npm run generate
    ${copies}x article (${kb(bigArticle)} KB)       ${big.toFixed(3)} s in process, ${bigCli.toFixed(2)} s as npm run generate
    ratio ${copies}x / default: ${(big / small).toFixed(1)} in process, ${(bigCli / smallCli).toFixed(1)} as a command (goal <= 40)
  `)
}

if (cases.has('default'))
  await benchDefaultCase()
if (cases.has('long'))
  await benchLongCase({ work, runs, browser, run: (label, command, args, cwd = PROJECT_ROOT) => measureCommand(label, command, args, { cwd, env }), slidev: bin('slidev'), median, write: text => process.stdout.write(text) })
rmSync(work, { recursive: true, force: true })
