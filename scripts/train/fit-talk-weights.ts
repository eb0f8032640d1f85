/**
 * Fits the talk model's weights (`scripts/plan/talk-weights.json`) on papers paired with the
 * slides their authors presented (SciDuet-ACL, `../shared/sciduet/train/`; the data stays
 * there). Each paper is planned whole; each content slide's label is how much of what it
 * shows the authors showed too: the share of its key terms, and of its word pairs that hold
 * one, found in their slides (`key-terms.ts`: function words are left out of the label, as
 * every slide of prose shares them with the authors' slides whatever it says); the weights
 * are the ridge regression of the labels on the slides' features (`talk-features.ts`).
 * Usage: `npx tsx scripts/train/fit-talk-weights.ts [DATA_DIR]`.
 */
import type { TalkFeature } from '../plan/talk-features'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { writeFileAtomic } from '../lib/files'
import { PROJECT_ROOT } from '../lib/paths'
import { parseArticle } from '../parse'
import { planDeck } from '../plan'
import { articleTerms } from '../plan/key-terms'
import { slideFeatureRows } from '../plan/select-talk'
import { TALK_FEATURES } from '../plan/talk-features'
import { ridge } from './ridge'
import { scorerTokens } from './scorer-words'

/** Ridge penalty: keeps weights of rare features (a slide of code in papers) from running wild. */
const RIDGE = 1
/**
 * Features of what the authors' slides hold but their text does not: SciDuet keeps a slide's
 * text lines, while its tables, charts and pictures are images. A slide of results shows
 * its numbers in a table the reference cannot match, so the data cannot tell that numbers
 * or figures make a slide worse; their weights are held at zero or more.
 */
const UNSEEN_IN_REFERENCES: readonly TalkFeature[] = ['numbers', 'figure', 'code']
/** Slides showing fewer key terms than this are left out of the fit: their label is noise. */
const MIN_TERMS = 3

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
  const { common } = articleTerms(text)
  for (const { features, shown } of slideFeatureRows(deck.slides, deck.meta.title, text, deck.meta.lang)) {
    const words = scorerTokens(shown)
    const terms = words.filter(word => !common.has(word))
    if (terms.length < MIN_TERMS)
      continue
    const p1 = terms.filter(word => refWords.has(word)).length / terms.length
    const twos = pairs(words).filter(pair => pair.split(' ').some(word => !common.has(word)))
    const p2 = twos.length === 0 ? 0 : twos.filter(pair => refPairs.has(pair)).length / twos.length
    rows.push(TALK_FEATURES.map(name => features[name]))
    labels.push((p1 + p2) / 2)
  }
}

const weights = fitUnseenAtLeastZero(rows, labels)
const fitted = rows.map(row => row.reduce((sum, value, index) => sum + value * weights[index]!, 0))
const mean = labels.reduce((a, b) => a + b, 0) / labels.length
const r2 = 1 - labels.reduce((sum, label, index) => sum + (label - fitted[index]!) ** 2, 0) / labels.reduce((sum, label) => sum + (label - mean) ** 2, 0)
const out = {
  about: 'Weights of the talk model (scripts/plan/talk-features.ts), fitted by scripts/train/fit-talk-weights.ts: ridge regression of how much of the key terms a slide shows the authors showed too (SciDuet-ACL train split) on its features.',
  slides: rows.length,
  r2: Number(r2.toFixed(3)),
  weights: Object.fromEntries(TALK_FEATURES.map((name, index) => [name, Number(weights[index]!.toFixed(4))])),
}
await writeFileAtomic(join(PROJECT_ROOT, 'scripts/plan/talk-weights.json'), `${JSON.stringify(out, null, 2)}\n`)
process.stdout.write(`${rows.length} slides, R² ${out.r2}\n${JSON.stringify(out.weights)}\n`)

/** The ridge fit, fitted again without each feature of {@link UNSEEN_IN_REFERENCES} whose weight came out below zero (that weight then 0). */
function fitUnseenAtLeastZero(x: readonly number[][], y: readonly number[]): number[] {
  const held = new Set<number>()
  for (;;) {
    const kept = TALK_FEATURES.map((_, index) => index).filter(index => !held.has(index))
    const fitted = ridge(x.map(row => kept.map(index => row[index]!)), y, RIDGE)
    const weights = TALK_FEATURES.map((_, index) => (held.has(index) ? 0 : fitted[kept.indexOf(index)]!))
    const negative = UNSEEN_IN_REFERENCES.map(name => TALK_FEATURES.indexOf(name)).filter(index => weights[index]! < 0)
    if (negative.length === 0)
      return weights
    negative.forEach(index => held.add(index))
  }
}
