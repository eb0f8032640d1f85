/**
 * Fits the talk model's weights (`scripts/plan/talk-weights.json`) on papers paired with the
 * slides their authors presented (SciDuet-ACL, `../shared/sciduet/train/`; the data stays
 * there). Each paper is planned whole; each content slide's label is how much of what it
 * shows the authors showed too (the share of its words and word pairs found in their
 * slides); the weights are the ridge regression of the labels on the slides' features
 * (`talk-features.ts`). Usage: `npx tsx scripts/train/fit-talk-weights.ts [DATA_DIR]`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { writeFileAtomic } from '../lib/files'
import { PROJECT_ROOT } from '../lib/paths'
import { parseArticle } from '../parse'
import { planDeck } from '../plan'
import { slideFeatureRows } from '../plan/select-talk'
import { TALK_FEATURES } from '../plan/talk-features'
import { scorerTokens } from './scorer-words'

/** Ridge penalty: keeps weights of rare features (a slide of code in papers) from running wild. */
const RIDGE = 1

const data = resolve(process.argv[2] ?? join(PROJECT_ROOT, '../shared/sciduet/train'))
const refs = JSON.parse(readFileSync(join(data, 'refs.json'), 'utf8')) as Record<string, string>
const pairs = (words: readonly string[]) => words.slice(1).map((word, index) => `${words[index]} ${word}`)

const rows: number[][] = []
const labels: number[] = []
for (const file of readdirSync(data).filter(name => name.endsWith('.md')).sort()) {
  const id = file.replace(/\.md$/, '')
  const ref = refs[id]
  if (!ref)
    continue
  const refWords = new Set(scorerTokens(ref))
  const refPairs = new Set(pairs(scorerTokens(ref)))
  const text = readFileSync(join(data, file), 'utf8')
  const deck = planDeck(parseArticle({ path: join(data, file), text }))
  for (const { features, shown } of slideFeatureRows(deck.slides, deck.meta.title, text, deck.meta.lang)) {
    const words = scorerTokens(shown)
    if (words.length < 3)
      continue
    const p1 = words.filter(word => refWords.has(word)).length / words.length
    const twos = pairs(words)
    const p2 = twos.length === 0 ? 0 : twos.filter(pair => refPairs.has(pair)).length / twos.length
    rows.push(TALK_FEATURES.map(name => features[name]))
    labels.push((p1 + p2) / 2)
  }
}

const weights = ridge(rows, labels, RIDGE)
const fitted = rows.map(row => row.reduce((sum, value, index) => sum + value * weights[index]!, 0))
const mean = labels.reduce((a, b) => a + b, 0) / labels.length
const r2 = 1 - labels.reduce((sum, label, index) => sum + (label - fitted[index]!) ** 2, 0) / labels.reduce((sum, label) => sum + (label - mean) ** 2, 0)
const out = {
  about: 'Weights of the talk model (scripts/plan/talk-features.ts), fitted by scripts/train/fit-talk-weights.ts: ridge regression of how much of a slide the authors showed too (SciDuet-ACL train split) on its features.',
  slides: rows.length,
  r2: Number(r2.toFixed(3)),
  weights: Object.fromEntries(TALK_FEATURES.map((name, index) => [name, Number(weights[index]!.toFixed(4))])),
}
await writeFileAtomic(join(PROJECT_ROOT, 'scripts/plan/talk-weights.json'), `${JSON.stringify(out, null, 2)}\n`)
process.stdout.write(`${rows.length} slides, R² ${out.r2}\n${JSON.stringify(out.weights)}\n`)

/** Solves (XᵀX + λI) w = Xᵀy by Gaussian elimination (the bias, first, not penalised). */
function ridge(x: readonly number[][], y: readonly number[], lambda: number): number[] {
  const n = x[0]!.length
  const a = Array.from({ length: n }, (_, i) => Array.from({ length: n + 1 }, (_, j) => {
    if (j === n)
      return x.reduce((sum, row, k) => sum + row[i]! * y[k]!, 0)
    return x.reduce((sum, row) => sum + row[i]! * row[j]!, 0) + (i === j && i > 0 ? lambda : 0)
  }))
  for (let col = 0; col < n; col++) {
    const pivot = a.slice(col).reduce((best, row, k) => (Math.abs(row[col]!) > Math.abs(a[best]![col]!) ? col + k : best), col)
    ;[a[col], a[pivot]] = [a[pivot]!, a[col]!]
    for (let row = 0; row < n; row++) {
      if (row === col || a[col]![col] === 0)
        continue
      const factor = a[row]![col]! / a[col]![col]!
      for (let k = col; k <= n; k++)
        a[row]![k]! -= factor * a[col]![k]!
    }
  }
  return a.map((row, i) => (row[i] === 0 ? 0 : row[n]! / row[i]!))
}
