import type { Root } from 'mdast'
import type { Lang } from '../model/deck'
import { parseSync } from '@slidev/parser'
import { CoverageError } from '../lib/errors'
import { normalizeText } from '../lib/normalize-text'
import { parseMarkdown } from '../parse/parse-markdown'
import { splitSentences } from '../plan/sentences'
import { readPreformatted } from '../render/escape'
import { codeLines, proseBlocks } from './article-text'

const NUMBER = /\d+(?:[.,]\d+)*/g

/** How much of an article a deck kept, and what it lost. */
export interface CoverageReport {
  sentences: { total: number, kept: number, missing: { text: string, line?: number }[] }
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
 * there is looked for in the whole text. That keeps the check linear in the article's size.
 */
function findMissing<T extends { text: string }>(sentences: readonly T[], deckText: string): T[] {
  const missing: T[] = []
  let cursor = 0
  for (const sentence of sentences) {
    const needle = normalizeText(sentence.text)
    const next = deckText.indexOf(needle, cursor)
    if (next >= 0) {
      cursor = next + needle.length
      continue
    }
    if (!deckText.includes(needle))
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
      const tree = parseMarkdown(part)
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

/** One line for the build log: `312/312 sentences, 48/48 numbers, 40/40 lines of code`. */
export function formatCoverage(report: CoverageReport): string {
  return `${report.sentences.kept}/${report.sentences.total} sentences, ${report.numbers.kept}/${report.numbers.total} numbers, ${report.code.kept}/${report.code.total} lines of code`
}

/** Whether nothing was lost. */
export function isComplete(report: CoverageReport): boolean {
  return report.sentences.missing.length === 0 && report.numbers.missing.length === 0 && report.code.missing.length === 0
}

/** Throws a {@link CoverageError} naming what was lost, with the article's lines, unless nothing was. */
export function assertComplete(report: CoverageReport, article: string): void {
  if (isComplete(report))
    return
  const examples = [
    ...report.sentences.missing.slice(0, 3).map(sentence => `${article}:${sentence.line ?? '?'} "${sentence.text.slice(0, 60)}"`),
    ...report.numbers.missing.slice(0, 3).map(number => `number ${number}`),
    ...report.code.missing.slice(0, 3).map(line => `code "${line.slice(0, 60)}"`),
  ]
  throw new CoverageError(`the deck lost text of the article (kept ${formatCoverage(report)}); missing: ${examples.join('; ')}`)
}
