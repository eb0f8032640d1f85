import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { findBrowser } from '../export/find-browser'
import { DEFAULT_ARTICLE, PROJECT_ROOT } from '../lib/paths'
import { generateDeck } from '../pipeline/generate'

/**
 * Times `npm run deck` (every format, one build and one browser; once as a rerun on an
 * unchanged deck, which reuses the built site, and once with `--rebuild`) against Slidev's
 * own `slidev export` (PDF, then PNG) on the same `slides.md`, alternating the runs, and
 * prints medians and ratios; then times generation of the default article and of an
 * article 100 times its size. Usage: npm run bench -- [--runs N] [--copies N]
 */
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, copies: { type: 'string', default: '100' } } })
const runs = Number(values.runs)
const copies = Number(values.copies)
const browser = findBrowser().path
const work = mkdtempSync(join(tmpdir(), 'deck-bench-'))
const bin = (name: string) => join(PROJECT_ROOT, 'node_modules/.bin', name)
const env = { ...process.env, DECK_OFFLINE: '1', INIT_CWD: PROJECT_ROOT }

function time(label: string, command: string, args: string[]): number {
  const started = performance.now()
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const seconds = (performance.now() - started) / 1000
  if (result.status !== 0)
    throw new Error(`${label} failed (${result.status}):\n${result.stderr.slice(-2000)}`)
  return seconds
}

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const deckDir = join(work, 'deck')
mkdirSync(deckDir, { recursive: true })
if (existsSync(join(PROJECT_ROOT, 'slides.fit.json')))
  copyFileSync(join(PROJECT_ROOT, 'slides.fit.json'), join(deckDir, 'slides.fit.json'))
const slides = join(deckDir, 'slides.md')
const commands = {
  'npm run deck (all formats)': () => time('deck', 'npm', ['run', '--silent', 'deck', '--', DEFAULT_ARTICLE, '--out', deckDir]),
  'npm run deck --rebuild': () => time('deck --rebuild', 'npm', ['run', '--silent', 'deck', '--', DEFAULT_ARTICLE, '--out', deckDir, '--rebuild']),
  'slidev export (PDF)': () => time('slidev export', bin('slidev'), ['export', slides, '--output', join(work, 'slidev.pdf'), '--executable-path', browser]),
  'slidev export --format png': () => time('slidev export png', bin('slidev'), ['export', slides, '--format', 'png', '--output', join(work, 'slidev-png'), '--executable-path', browser]),
}
type Name = keyof typeof commands
const names = Object.keys(commands) as Name[]
process.stdout.write(`browser: ${browser}\nwarming up (one run of each, not counted)...\n`)
for (const name of names)
  commands[name]()
const slideCount = readdirSync(join(deckDir, 'exports/png')).length
const times = Object.fromEntries(names.map(name => [name, [] as number[]])) as Record<Name, number[]>
for (let run = 1; run <= runs; run++) {
  for (const name of names)
    times[name].push(commands[name]())
  process.stdout.write(`run ${run}/${runs}: ${names.map(name => `${name} ${times[name].at(-1)!.toFixed(1)}s`).join(', ')}\n`)
}
const deckMedian = median(times[names[0]!])
process.stdout.write(`\n${slideCount} slides, median of ${runs} alternating runs:\n`)
for (const name of names)
  process.stdout.write(`  ${name.padEnd(28)} ${median(times[name]).toFixed(1).padStart(5)} s\n`)
const pdfMedian = median(times['slidev export (PDF)'])
const rebuildMedian = median(times['npm run deck --rebuild'])
process.stdout.write(`  ratio all formats / slidev PDF, deck unchanged (site reused):  ${(deckMedian / pdfMedian).toFixed(2)} (goal <= 1.0)\n`)
process.stdout.write(`  ratio all formats / slidev PDF, site built again (--rebuild):  ${(rebuildMedian / pdfMedian).toFixed(2)} (goal <= 1.0)\n`)
process.stdout.write(`  ratio all formats (built again) / slidev PDF + PNG runs:       ${(rebuildMedian / (pdfMedian + median(times['slidev export --format png']))).toFixed(2)}\n`)

const base = readFileSync(DEFAULT_ARTICLE, 'utf8')
const bigArticle = join(work, 'big.md')
const sidecar = DEFAULT_ARTICLE.replace(/\.md$/, '.deck.yaml')
writeFileSync(bigArticle, Array.from({ length: copies }, (_, i) => (i === 0 ? base : base.replace(/^# .*$/m, '').replace(/^(#{2,} .+)$/gm, `$1 (${i + 1})`))).join('\n\n'))
if (existsSync(sidecar))
  copyFileSync(sidecar, bigArticle.replace(/\.md$/, '.deck.yaml'))
async function generateSeconds(article: string, out: string): Promise<number> {
  const started = performance.now()
  await generateDeck({ article, outDir: out, offline: true, fit: new Map() })
  return (performance.now() - started) / 1000
}
await generateSeconds(DEFAULT_ARTICLE, join(work, 'gen-small'))
const small = median([await generateSeconds(DEFAULT_ARTICLE, join(work, 'gen-small')), await generateSeconds(DEFAULT_ARTICLE, join(work, 'gen-small')), await generateSeconds(DEFAULT_ARTICLE, join(work, 'gen-small'))])
const big = await generateSeconds(bigArticle, join(work, 'gen-big'))
const smallCli = time('generate', 'npx', ['tsx', 'scripts/cli/generate.ts', DEFAULT_ARTICLE, '--out', join(work, 'gen-small')])
const bigCli = time('generate big', 'npx', ['tsx', 'scripts/cli/generate.ts', bigArticle, '--out', join(work, 'gen-big')])
const kb = (path: string) => (readFileSync(path).length / 1024).toFixed(0)
process.stdout.write(`\ngeneration (parse, plan, render, coverage check, write slides.md):
  default article (${kb(DEFAULT_ARTICLE)} KB)      ${small.toFixed(3)} s in process, ${smallCli.toFixed(2)} s as npm run generate
  ${copies}x article (${kb(bigArticle)} KB)       ${big.toFixed(3)} s in process, ${bigCli.toFixed(2)} s as npm run generate
  ratio ${copies}x / default: ${(big / small).toFixed(1)} in process, ${(bigCli / smallCli).toFixed(1)} as a command (goal <= 40)
`)
rmSync(work, { recursive: true, force: true })
