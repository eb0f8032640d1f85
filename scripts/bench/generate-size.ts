import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import process from 'node:process'
import { DEFAULT_ARTICLE } from '../lib/paths'
import { parseArticle } from '../parse'
import { planDeck } from '../plan'
import { renderSlidev } from '../render'
import { checkCoverage, formatCoverage } from '../verify/check-coverage'

/**
 * Times generation (parse, plan, render, coverage check) of the default article repeated
 * 1 to N times, and prints time and memory per size, so growth can be seen to be linear.
 * Usage: npm run bench:size -- [max copies, default 64]
 */
const base = readFileSync(DEFAULT_ARTICLE, 'utf8')
const maxCopies = Number(process.argv[2] ?? 64)

function article(copies: number): string {
  return Array.from({ length: copies }, (_, i) => base.replace(/^## (.+)$/gm, `## $1 (${i + 1})`)).join('\n\n')
}

function run(text: string): { ms: number, slides: number, coverage: string } {
  const started = performance.now()
  const parsed = parseArticle({ path: 'bench.md', text })
  const deck = planDeck(parsed)
  const markdown = renderSlidev(deck)
  const coverage = checkCoverage(parsed.tree, markdown, deck.meta.lang)
  return { ms: performance.now() - started, slides: deck.slides.length, coverage: formatCoverage(coverage) }
}

run(article(1))
process.stdout.write('copies  size      time      per MB     heap      slides  coverage\n')
for (let copies = 1; copies <= maxCopies; copies *= 2) {
  const text = article(copies)
  const megabytes = Buffer.byteLength(text) / 1024 / 1024
  globalThis.gc?.()
  const result = run(text)
  const heap = process.memoryUsage().heapUsed / 1024 / 1024
  process.stdout.write(`${String(copies).padStart(6)}  ${megabytes.toFixed(2).padStart(5)} MB  ${(result.ms / 1000).toFixed(2).padStart(6)} s  ${(result.ms / 1000 / megabytes).toFixed(2).padStart(6)} s  ${heap.toFixed(0).padStart(5)} MB  ${String(result.slides).padStart(6)}  ${result.coverage}\n`)
}
