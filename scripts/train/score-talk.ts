/**
 * Scores the talks the planner chooses against the slides the papers' authors presented,
 * in this one process (about 20 s for the 136 papers of the train split): the measure of
 * `../shared/sciduet/run.sh` (ROUGE-1/2 F1 of the talk's visible text, slides up to the
 * closing slide; the `lead` baseline held to the same number of words), without
 * generating a `slides.md` per paper, for trying changes to the talk model quickly.
 * `run.sh` stays the measure of record. Usage:
 * `npx tsx scripts/train/score-talk.ts [MINUTES] [DATA_DIR]` (default 15 minutes).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseSync } from '@slidev/parser'
import { PROJECT_ROOT } from '../lib/paths'
import { parseArticle } from '../parse'
import { planDeck } from '../plan'
import { articleTerms } from '../plan/key-terms'
import { renderSlidev } from '../render'
import { scorerTokens } from './scorer-words'

const minutes = Number(process.argv[2] ?? 15)
const data = resolve(process.argv[3] ?? join(PROJECT_ROOT, '../shared/sciduet/train'))
const refs = JSON.parse(readFileSync(join(data, 'refs.json'), 'utf8')) as Record<string, string>

function ngrams(words: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>()
  for (let index = 0; index + n <= words.length; index++) {
    const key = words.slice(index, index + n).join(' ')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** ROUGE-n F1 of a candidate against a reference; with `keep`, only the n-grams it keeps count (on both sides). */
function rouge(candidate: readonly string[], reference: readonly string[], n: number, keep: (gram: string) => boolean = () => true): number {
  const ours = new Map([...ngrams(candidate, n)].filter(([gram]) => keep(gram)))
  const theirs = new Map([...ngrams(reference, n)].filter(([gram]) => keep(gram)))
  const size = (grams: Map<string, number>) => [...grams.values()].reduce((a, b) => a + b, 0)
  let overlap = 0
  for (const [key, count] of ours)
    overlap += Math.min(count, theirs.get(key) ?? 0)
  const precision = overlap / Math.max(1, size(ours))
  const recall = overlap / Math.max(1, size(theirs))
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0
}

/** The talk's visible text: slides up to the closing slide, without notes, code and formulas; components' text attributes kept. */
function talkText(markdown: string): string {
  const slides = parseSync(markdown, 'slides.md').slides
  const end = slides.findIndex(slide => slide.frontmatter?.layout === 'end')
  return (end >= 0 ? slides.slice(0, end + 1) : slides).map((slide) => {
    const content = (slide.content || '').replace(/<!--[\s\S]*?-->/g, '').replace(/```[\s\S]*?```/g, '').replace(/\$\$[\s\S]*?\$\$/g, '')
    const attributes = content.replace(/<[A-Z][\w-]*\b([^>]*)>/g, (_, attrs: string) => ` ${(attrs.match(/"(?:[^"\\]|\\.)*"/g) ?? []).map(value => value.slice(1, -1)).filter(value => (/[a-z]{2}/i.test(value) && !/^[\w-]+$/.test(value)) || /\s/.test(value)).join(' ')} `)
    return attributes.replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;|&#\d+;/g, ' ').replace(/[#*_`>|\\]/g, ' ')
  }).join('\n')
}

/** The `lead` baseline: the headings and each paragraph's first sentence, cut to `budget` words. */
function lead(article: string, budget: number): string[] {
  const firsts = article.split(/\n\s*\n/).map(block => block.trim()).filter(Boolean).map(block => (block.startsWith('#') ? block.replace(/^#+\s*/, '') : block.split(/(?<=[.!?])\s+(?=[A-Z])/)[0]!))
  return scorerTokens(firsts.join('\n')).slice(0, budget)
}

const sums = { deck1: 0, deck2: 0, lead1: 0, lead2: 0, key1: 0, key2: 0, leadKey1: 0, leadKey2: 0, words: 0, papers: 0 }
for (const file of readdirSync(data).filter(name => name.endsWith('.md')).sort()) {
  const reference = refs[file.replace(/\.md$/, '')]
  if (!reference)
    continue
  const text = readFileSync(join(data, file), 'utf8')
  const talk = scorerTokens(talkText(renderSlidev(planDeck(parseArticle({ path: join(data, file), text }), { minutes }))))
  const ref = scorerTokens(reference)
  const baseline = lead(text, talk.length)
  sums.deck1 += rouge(talk, ref, 1)
  sums.deck2 += rouge(talk, ref, 2)
  sums.lead1 += rouge(baseline, ref, 1)
  sums.lead2 += rouge(baseline, ref, 2)
  // The same on key terms only (`key-terms.ts`): n-grams made of nothing but the paper's function words left out.
  const { common } = articleTerms(text)
  const key = (gram: string) => gram.split(' ').some(word => !common.has(word))
  sums.key1 += rouge(talk, ref, 1, key)
  sums.key2 += rouge(talk, ref, 2, key)
  sums.leadKey1 += rouge(baseline, ref, 1, key)
  sums.leadKey2 += rouge(baseline, ref, 2, key)
  sums.words += talk.length
  sums.papers++
}
const percent = (value: number) => (100 * value / sums.papers).toFixed(2)
process.stdout.write(`${sums.papers} papers, ${minutes} min: talk R1 ${percent(sums.deck1)} R2 ${percent(sums.deck2)} | lead R1 ${percent(sums.lead1)} R2 ${percent(sums.lead2)} | R2 ratio ${(sums.deck2 / sums.lead2).toFixed(3)}, ${Math.round(sums.words / sums.papers)} words\nkey terms only: talk R1 ${percent(sums.key1)} R2 ${percent(sums.key2)} | lead R1 ${percent(sums.leadKey1)} R2 ${percent(sums.leadKey2)}\n`)
