import type { Point, Slide } from '../model/deck'
import type { BlockHandlers } from '../model/fold'
import { foldBlocks } from '../model/fold'
import { inlineText } from '../plan/inlines'

/** What a piece of a slide is, as the review page names it. */
export type ReviewKind = 'title' | 'point' | 'text' | 'chart' | 'code' | 'table' | 'figure' | 'formula' | 'statement'

/** One thing a slide shows, with the article line it came from when that is known. */
export interface ReviewItem {
  kind: ReviewKind
  text: string
  /** The article's line it was read from (1-based). */
  line?: number
  /** Why a speaker should check it first: a decision the planner made on its own. */
  check?: string
  /** Where it came from when that is not a line of the article. */
  from?: string
}

/** Why an item is marked for the speaker to check first (the review page is the tool's, in English like its other messages). */
export const REVIEW_CHECKS = {
  notHeading: 'title chosen by the planner (no heading of the article)',
  detected: 'chart drawn by the planner from the text',
  author: 'placed by the article\'s sidecar or the summary, not drawn from a sentence',
  structure: 'drawn by the planner from the article',
  excerpt: (from: number, to: number, of: number) => `excerpt: lines ${from}-${to} of ${of}, the rest in the notes`,
  part: (index: number, total: number) => `part ${index} of ${total}: the planner split this topic`,
  folded: (count: number) => `section folded into one slide by the planner for the talk's length: its ${count} ${count === 1 ? 'slide is' : 'slides are'} backup slides`,
}

/** Characters of an item's start looked up in the article to find its line (enough to be unique, short of where a point is cut). */
const MATCH_CHARS = 24
/** Characters tried next, for a point the planner joined from a sentence's clauses (its start is still the article's). */
const SHORT_MATCH_CHARS = 12
/** Longest text of a chart's data shown in the review. */
const MAX_CHART_TEXT = 240

/** The article's text prepared for finding where a slide's text came from. */
export interface ArticleLines {
  /** Each line (index 0 is line 1), reduced to letters, digits and CJK characters. */
  keys: string[]
  /** The article's headings, reduced the same way. */
  headings: ReadonlySet<string>
}

/** Reduces text to what survives planning: no markup, spaces or punctuation, lower case. */
function matchKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

/** Prepares an article's text for {@link reviewItems}. */
export function articleLines(text: string): ArticleLines {
  const lines = text.split(/\r?\n/)
  return {
    keys: lines.map(matchKey),
    headings: new Set(lines.flatMap(line => (/^\s{0,3}#{1,6}\s/.test(line) ? [matchKey(line.replace(/^\s*#+/, ''))] : []))),
  }
}

/**
 * The line of the article a text came from: the first line holding its start (a shorter
 * start when the planner joined clauses of a sentence), looked for in the slide's own
 * lines first, then in the whole article (a title from a heading above). Undefined when
 * the text is not the article's words (a label, a chart's value).
 */
export function findLine(text: string, article: ArticleLines, span?: { from: number, to: number }): number | undefined {
  const whole = matchKey(text)
  for (const length of [MATCH_CHARS, SHORT_MATCH_CHARS]) {
    const key = whole.slice(0, length)
    if (key.length === 0)
      return undefined
    const within = (from: number, to: number) => {
      for (let line = from; line <= to; line++) {
        if (article.keys[line - 1]?.includes(key))
          return line
      }
      return undefined
    }
    const found = (span ? within(span.from, span.to) : undefined) ?? within(1, article.keys.length)
    if (found !== undefined)
      return found
  }
  return undefined
}

/** What a block gives the review: how it finds an article line, and why to check a piece. */
interface ItemContext {
  locate: (text: string) => number | undefined
  words: typeof REVIEW_CHECKS
}

/** The pieces each block type shows, as review items (a click mark shows nothing). */
const REVIEW_BLOCKS: BlockHandlers<ReviewItem[], ItemContext> = {
  points: (block, { locate }) => block.items.flatMap(item => pointItems(item, locate)),
  paragraph: (block, { locate }) => [textItem('text', inlineText(block.inlines), locate)],
  heading: (block, { locate }) => [textItem('text', inlineText(block.inlines), locate)],
  quote: (block, context, fold) => fold(block.blocks, context).flat(),
  code: (block, { locate, words }) => {
    const first = block.value.split('\n').find(line => line.trim()) ?? ''
    return [{ kind: 'code', text: [block.title, first].filter(Boolean).join(': '), line: locate(first), ...(block.excerpt ? { check: words.excerpt(block.excerpt.from, block.excerpt.to, block.excerpt.of) } : {}) }]
  },
  table: (block, { locate }) => [textItem('table', block.header.map(cell => inlineText(cell)).join(' | '), locate)],
  math: block => [{ kind: 'formula', text: block.value }],
  image: block => [{ kind: 'figure', text: block.alt || block.src, line: block.line }],
  diagram: (block, { words }) => {
    const text = [block.caption, chartText(block.diagram.props)].filter(Boolean).join(': ').slice(0, MAX_CHART_TEXT)
    return [{ kind: 'chart', text: `${block.diagram.component} · ${text}`, line: block.line, ...(block.origin === 'detected' ? { check: words.detected, from: words.structure } : { from: words.author }) }]
  },
  click: () => [],
}

/**
 * What a slide shows, piece by piece, each with the article line it came from and, where
 * the planner decided on its own, why to check it: a chart drawn from a sentence, an
 * excerpt of a longer code block, a title that is no heading of the article, a later part
 * of a split topic. A slide of the speaker's shows its lines as written.
 */
export function reviewItems(slide: Slide, article: ArticleLines, words = REVIEW_CHECKS): ReviewItem[] {
  const locate = (text: string) => findLine(text, article, slide.span)
  if (slide.speaker)
    return speakerItems(slide.speaker.content, locate)
  const items: ReviewItem[] = []
  if (slide.kind === 'statement')
    return [{ kind: 'statement', text: inlineText(slide.text), line: locate(inlineText(slide.text)) }]
  const fromHeading = article.headings.has(matchKey(slide.title)) || slide.kind !== 'content'
  items.push({ kind: 'title', text: slide.title, line: locate(slide.title), ...(fromHeading ? {} : { check: words.notHeading }) })
  if (slide.kind === 'content' && slide.part && slide.part.index > 1)
    items[0]!.check = [items[0]!.check, words.part(slide.part.index, slide.part.total)].filter(Boolean).join('; ')
  if (slide.kind === 'content' && slide.folded)
    items[0]!.check = [items[0]!.check, words.folded(slide.folded)].filter(Boolean).join('; ')
  if (slide.kind === 'section')
    items.push(...(slide.lead ?? []).map(point => textItem('point', inlineText(point), locate)))
  if (slide.kind === 'agenda')
    items.push(...slide.items.map(item => textItem('point', item, locate)))
  if (slide.kind === 'closing')
    items.push(...slide.questions.map(question => textItem('point', inlineText(question), locate)))
  if (slide.kind === 'content')
    items.push(...foldBlocks(slide.blocks, REVIEW_BLOCKS, { locate, words }).flat())
  return items
}

/** A slide of the speaker's, as written: its heading and each line of text, without HTML tags and emphasis marks. */
function speakerItems(content: string, locate: (text: string) => number | undefined): ReviewItem[] {
  return content.split('\n').flatMap((line): ReviewItem[] => {
    const raw = line.trim()
    const mark = /^(?:#{1,6}|[-*+]|\d+\.)\s+/.exec(raw)?.[0]
    const text = raw.slice(mark?.length ?? 0).replace(/<[^>]*>/g, '').replace(/[*_`]+/g, '').trim()
    if (!text)
      return []
    const kind = mark === undefined ? 'text' : mark.startsWith('#') ? 'title' : 'point'
    return [textItem(kind, text, locate)]
  })
}

function textItem(kind: ReviewKind, text: string, locate: (text: string) => number | undefined): ReviewItem {
  return { kind, text, line: locate(text) }
}

function pointItems(point: Point, locate: (text: string) => number | undefined): ReviewItem[] {
  const text = inlineText(point.inlines)
  return [textItem('point', text, locate), ...point.children.flatMap(child => pointItems(child, locate))]
}

/** A chart's data as text: its labels with their values (`ChatGPT 2 个月 · TikTok 9 个月`). */
function chartText(props: unknown): string {
  const parts: string[] = []
  const walk = (value: unknown): void => {
    if (Array.isArray(value))
      return value.forEach(walk)
    if (value === null || typeof value !== 'object')
      return
    const record = value as Record<string, unknown>
    const label = [record.label, record.date, record.term, record.title].find(field => typeof field === 'string') as string | undefined
    const shown = [record.display, record.value, record.text, record.description].find(field => typeof field === 'string' || typeof field === 'number')
    if (label !== undefined)
      parts.push(shown === undefined ? label : `${label} ${String(shown)}`)
    for (const [key, field] of Object.entries(record)) {
      if (typeof field === 'object')
        walk(field)
      else if (key === 'title' && label !== field && typeof field === 'string')
        parts.push(field)
    }
  }
  walk(props)
  return parts.join(' · ')
}
