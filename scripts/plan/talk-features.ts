import type { Lang, Slide } from '../model/deck'
import type { BlockHandlers } from '../model/fold'
import type { ArticleTerms } from './key-terms'
import type { LanguagePack } from './language'
import { foldBlocks } from '../model/fold'
import { inlineText } from './inlines'
import { articleTerms, keyTermWeight, talkTokens } from './key-terms'
import { LANGUAGE_PACKS } from './language'

/**
 * What the talk model knows of a slide, each a number from 0 to 1; the weights of
 * `talk-weights.json` are fitted on these names (`scripts/train/fit-talk-weights.ts`).
 */
export const TALK_FEATURES = ['bias', 'position', 'opensSection', 'closesSection', 'inSection', 'intro', 'summary', 'numbers', 'figure', 'code', 'keyTerms', 'titleWords', 'statement', 'shownShare', 'definition', 'conclusion'] as const

/** A feature's name. */
export type TalkFeature = typeof TALK_FEATURES[number]

/** Numbers in a slide's shown text counted up to this many. */
const MAX_NUMBERS = 3

/** The text each block type shows on a slide: a list's points at every depth, a table's header, a diagram's caption and labels; code, formulas and images show no words. */
const SHOWN_BLOCKS: BlockHandlers<string[]> = {
  points: (block) => {
    const walk = (items: typeof block.items): string[] => items.flatMap(item => [inlineText(item.inlines), ...walk(item.children)])
    return walk(block.items)
  },
  paragraph: block => [inlineText(block.inlines)],
  heading: block => [inlineText(block.inlines)],
  table: block => block.header.map(cell => inlineText(cell)),
  quote: (block, _context, fold) => fold(block.blocks).flat(),
  diagram: block => [block.caption ?? '', ...stringsOf(block.diagram.props)],
  code: () => [],
  math: () => [],
  image: () => [],
  click: () => [],
}

/** The text a slide shows: its title, points, paragraphs, table headers, statement, and the labels of its diagrams. */
export function shownText(slide: Slide): string {
  const parts: string[] = []
  if ('title' in slide && slide.kind !== 'agenda')
    parts.push(slide.title)
  if (slide.kind === 'statement')
    parts.push(inlineText(slide.text))
  if (slide.kind === 'section')
    parts.push(...(slide.lead ?? []).map(point => inlineText(point)))
  if (slide.kind === 'content')
    parts.push(...foldBlocks(slide.blocks, SHOWN_BLOCKS).flat())
  return parts.join('\n')
}

/** Every string in a diagram's props (its labels, terms and values as written). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string')
    return [value]
  if (Array.isArray(value))
    return value.flatMap(stringsOf)
  if (value !== null && typeof value === 'object')
    return Object.values(value).flatMap(stringsOf)
  return []
}

/** What the features of one deck's slides are measured against. */
export interface TalkContext {
  /** The language pack, for the cue words of definitions and conclusions. */
  pack: LanguagePack
  /** The article's number of lines, for a slide's position. */
  lines: number
  /** Words of the article's title. */
  titleWords: ReadonlySet<string>
  /** The article's words and its key terms. */
  terms: ArticleTerms
}

/** The context of a deck's slides: the article's length, title and word counts. */
export function talkContext(slides: readonly Slide[], title: string, articleText: string, lang: Lang): TalkContext {
  const lines = Math.max(1, articleText.split('\n').length, ...slides.map(slide => slide.span?.to ?? slide.line ?? 0))
  return { pack: LANGUAGE_PACKS[lang], lines, titleWords: new Set(talkTokens(title)), terms: articleTerms(articleText) }
}

/** Words said on the slide (its notes), for the share of them it shows. */
function notesWords(slide: Slide): number {
  const text = slide.notes.flatMap(block => (block.type === 'paragraph' ? [inlineText(block.inlines)] : block.type === 'points' ? block.items.map(item => inlineText(item.inlines)) : [])).join(' ')
  return talkTokens(text).length
}

/**
 * The features of a slide among its deck's (`place`: its order among its section's slides
 * that carry content, and their count; `intro`: whether it belongs to the introduction or
 * the first section), each from 0 to 1.
 */
export function talkFeatures(slide: Slide, { place, intro }: { place: { order: number, count: number }, intro: boolean }, context: TalkContext): Record<TalkFeature, number> {
  const shown = shownText(slide)
  const words = talkTokens(shown)
  const blocks = slide.kind === 'content' ? slide.blocks : []
  const numbers = shown.match(/\d+(?:[.,]\d+)?/g)?.length ?? 0
  const spoken = notesWords(slide)
  return {
    bias: 1,
    position: (slide.line ?? 0) / context.lines,
    opensSection: place.order === 0 ? 1 : 0,
    closesSection: place.order === place.count - 1 && place.count > 1 ? 1 : 0,
    inSection: place.count > 1 ? place.order / (place.count - 1) : 0,
    intro: intro ? 1 : 0,
    summary: slide.kind === 'content' && slide.variant === 'summary' ? 1 : 0,
    numbers: Math.min(MAX_NUMBERS, numbers) / MAX_NUMBERS,
    figure: blocks.some(block => block.type === 'image' || block.type === 'diagram') ? 1 : 0,
    code: blocks.some(block => block.type === 'code') ? 1 : 0,
    keyTerms: keyTermWeight(words, context.terms),
    titleWords: context.titleWords.size === 0 ? 0 : [...context.titleWords].filter(word => words.includes(word)).length / context.titleWords.size,
    statement: slide.kind === 'statement' ? 1 : 0,
    shownShare: spoken === 0 ? 1 : Math.min(1, words.length / spoken),
    definition: context.pack.definition.test(shown) ? 1 : 0,
    conclusion: context.pack.conclusions.some(cue => shown.toLowerCase().includes(cue.toLowerCase())) ? 1 : 0,
  }
}
