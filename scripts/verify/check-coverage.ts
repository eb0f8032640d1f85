import type { Root } from 'mdast'
import type { Diagnostic } from '../lib/diagnostics'
import type { Lang } from '../model/deck'
import { parseSync } from '@slidev/parser'
import { findText } from '../lib/find-text'
import { normalizeText } from '../lib/normalize-text'
import { parseDeckMarkdown } from '../parse/parse-markdown'
import { splitSentences } from '../plan/sentences'
import { readPreformatted } from '../render/escape'
import { codeLines, proseBlocks } from './article-text'

const NUMBER = /\d+(?:[.,]\d+)*/g
/** Characters of a lost sentence or line quoted in its warning. */
const QUOTED_CHARS = 80
/** How many of each kind of loss are named one by one before the rest are counted. */
const NAMED_LOSSES = 10

/** How much of an article a deck kept, and what it lost. */
export interface CoverageReport {
  /** `inTalk`: of those kept, the sentences in the talk (before the backup slides), when the deck has backup slides. */
  sentences: { total: number, kept: number, missing: { text: string, line?: number }[], inTalk?: number }
  numbers: { total: number, kept: number, missing: string[] }
  code: { total: number, kept: number, missing: string[] }
}

/**
 * Checks that a rendered deck keeps the whole article: every sentence of its prose
 * (on a slide or in the notes), every number as often as the article has it, and every
 * line of code. The deck is read back with Slidev's own parser and its text extracted
 * the way the article's is, so escaping or rendering mistakes count as losses.
 */
export function checkCoverage(article: Root, deckMarkdown: string, lang: Lang): CoverageReport {
  const deck = readDeck(deckMarkdown)
  const deckText = normalizeText(deck.prose)
  const sentences = proseBlocks(article).flatMap(block => splitSentences(block.text, lang).map(sentence => ({ text: sentence.text, line: block.line })))
  const missingSentences = findMissing(sentences, deckText)

  const articleNumbers = countAll(proseBlocks(article).map(block => block.text).join('\n'))
  const deckNumbers = countAll(deck.prose)
  let numberTotal = 0
  const missingNumbers: string[] = []
  for (const [number, count] of articleNumbers) {
    numberTotal += count
    const short = count - (deckNumbers.get(number) ?? 0)
    for (let i = 0; i < short; i++)
      missingNumbers.push(number)
  }

  const deckCode = new Set(deck.code)
  const articleCode = codeLines(article)
  const missingCode = articleCode.filter(line => !deckCode.has(line))
  return {
    sentences: { total: sentences.length, kept: sentences.length - missingSentences.length, missing: missingSentences },
    numbers: { total: numberTotal, kept: numberTotal - missingNumbers.length, missing: missingNumbers },
    code: { total: articleCode.length, kept: articleCode.length - missingCode.length, missing: missingCode },
  }
}

/**
 * The sentences not found in the deck's text. The notes keep the article's order, so each
 * sentence is looked for from where the previous one was found; only a sentence not found
 * there is looked for in the whole text. That keeps the check linear in the article's size
 * (with a search that is linear however repetitive the text: `findText`).
 */
function findMissing<T extends { text: string }>(sentences: readonly T[], deckText: string): T[] {
  const missing: T[] = []
  let cursor = 0
  for (const sentence of sentences) {
    const needle = normalizeText(sentence.text)
    const next = findText(deckText, needle, cursor)
    if (next >= 0) {
      cursor = next + needle.length
      continue
    }
    if (findText(deckText, needle) < 0)
      missing.push(sentence)
  }
  return missing
}

function readDeck(markdown: string): { prose: string, code: string[] } {
  const slides = parseSync(markdown, 'slides.md').slides
  const prose: string[] = []
  const code: string[] = []
  for (const slide of slides) {
    for (const part of [slide.content, slide.note ?? '']) {
      const tree = parseDeckMarkdown(part)
      prose.push(...proseBlocks(tree).map(block => block.text))
      code.push(...codeLines(tree), ...preformattedLines(tree))
    }
  }
  return { prose: prose.join('\n'), code }
}

/** Lines of code the renderer wrote as `<pre><code>` with entities (code holding `-->` in notes), read back by the module that wrote them. */
function preformattedLines(tree: Root): string[] {
  return tree.children.flatMap((node) => {
    const text = node.type === 'html' ? readPreformatted(node.value) : undefined
    if (text === undefined)
      return []
    return text.split('\n').map(line => line.trim()).filter(Boolean)
  })
}

function countAll(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const [number] of text.matchAll(NUMBER))
    counts.set(number, (counts.get(number) ?? 0) + 1)
  return counts
}

/** One line for the build log: `312/312 sentences, 48/48 numbers, 40/40 lines of code`; with backup slides, `132/132 sentences (96 in the talk, 36 in backup slides), ...`. */
export function formatCoverage(report: CoverageReport): string {
  const { kept, inTalk } = report.sentences
  const split = inTalk === undefined ? '' : ` (${inTalk} in the talk, ${kept - inTalk} in backup slides)`
  return `${kept}/${report.sentences.total} sentences${split}, ${report.numbers.kept}/${report.numbers.total} numbers, ${report.code.kept}/${report.code.total} lines of code`
}

/** Whether nothing was lost. */
export function isComplete(report: CoverageReport): boolean {
  return report.sentences.missing.length === 0 && report.numbers.missing.length === 0 && report.code.missing.length === 0
}

/**
 * What the deck lost of the article, as warnings that name each sentence at its line
 * (then each number and line of code): the text check protects the speaker, it does not
 * withhold the deck. None when nothing was lost.
 */
export function coverageWarnings(report: CoverageReport, article: string): Diagnostic[] {
  const warn = (message: string, line?: number): Diagnostic => ({ severity: 'warning', message, file: article, line })
  const named = <T>(items: readonly T[], describe: (item: T) => Diagnostic, kind: string): Diagnostic[] => [
    ...items.slice(0, NAMED_LOSSES).map(describe),
    ...(items.length > NAMED_LOSSES ? [warn(`the deck lost ${items.length - NAMED_LOSSES} more ${kind} of the article`)] : []),
  ]
  return [
    ...named(report.sentences.missing, sentence => warn(`the deck lost this sentence of the article (it is neither on a slide nor in the notes): "${sentence.text.slice(0, QUOTED_CHARS)}"`, sentence.line), 'sentences'),
    ...named(report.numbers.missing, number => warn(`the deck lost the number ${number} of the article`), 'numbers'),
    ...named(report.code.missing, line => warn(`the deck lost this line of code of the article: "${line.slice(0, QUOTED_CHARS)}"`), 'lines of code'),
  ]
}
