import type { Block, ContentSlide, Deck, Point } from '../model/deck'
import type { ContentLayoutName, TypeStepName } from '../model/slidev-contract'
import type { FitHint, FitHints } from './fit-hints'
import { LAYOUT, TYPE_STEPS, typeStepIndex } from '../model/slidev-contract'
import { cardOf } from './card-term'
import { startStep } from './start-step'

/** Most points a slide about its diagram shows beside it. */
const MAX_DIAGRAM_POINTS = 2
/** Most points a slide about its code shows with it (one sentence). */
const MAX_CODE_POINTS = 1
/** Most points beside a figure for the figure layout. */
const MAX_FIGURE_POINTS = 4
/** Most lists beside a figure (before and after it) for the figure layout (`layouts/figure.vue` has rows for three). */
const MAX_FIGURE_LISTS = 2
/** Most points a focus slide shows (few, short, larger and centred). */
const MAX_FOCUS_POINTS = 3
/** Most blocks a focus slide shows. */
const MAX_FOCUS_BLOCKS = 3
/** What a focus slide may show: points and blocks that read as one piece (no headings, figures or diagrams). */
const FOCUS_BLOCKS: readonly Block['type'][] = ['points', 'paragraph', 'code', 'math', 'table', 'quote']
/** How many points make cards. */
const CARDS = { min: 2, max: 4 } as const

/**
 * Chooses each content slide's layout from what it shows, and the type step it starts
 * at: the step the fit check found in the browser (its hint) or else the plan's estimate
 * (no larger than the step of the slide it was split from).
 * Cards get their points cut into term and text. Pure and deterministic.
 */
export function chooseLayouts(deck: Deck, fit: FitHints = new Map()): Deck {
  return { ...deck, slides: deck.slides.map(slide => slide.kind === 'content' ? layOut(slide, slide.key ? fit.get(slide.key) : undefined) : slide) }
}

function layOut(slide: ContentSlide, hint: FitHint | undefined): ContentSlide {
  const layout = chooseLayout(slide)
  const blocks = layout === LAYOUT.cards ? slide.blocks.map(toCards) : slide.blocks
  const typeStep = hintedStep(hint) ?? smallerStep(slide.typeStep, startStep(slide, layout))
  return { ...slide, blocks, layout, typeStep, ...(typeStep === 'sm' ? { tight: true } : {}) }
}

/** The smaller of two steps: a later part of a split slide starts at the split's step, or smaller if its own estimate says so. */
function smallerStep(split: TypeStepName | undefined, estimate: TypeStepName): TypeStepName {
  return split && typeStepIndex(split)! > typeStepIndex(estimate)! ? split : estimate
}

/** The step a hint asks for: the browser's, or the smallest for a hint written before steps. */
function hintedStep(hint: FitHint | undefined): TypeStepName | undefined {
  return hint?.step ?? (hint?.tight ? TYPE_STEPS.at(-1)!.name : undefined)
}

/**
 * The layout a content slide's content asks for, the first that applies of:
 * - the article's summary: `summary`;
 * - a diagram with at most two points: `diagram`;
 * - one figure alone: `picture`; with at most four points (one list, or one before and after it): `figure`;
 * - code with at most one point (a sentence): `code`;
 * - a single point: `claim` (shown like a statement);
 * - two to four points that each open with a term or a figure, shown at once: `cards`;
 * - at most three blocks (points, code, formulas, tables, quotes) with at most three
 *   points and no sub-points: `focus` (larger, centred in the room);
 * - anything else (more points, sub-points, subheadings): `content`.
 */
export function chooseLayout(slide: Pick<ContentSlide, 'blocks' | 'variant'>): ContentLayoutName {
  if (slide.variant === 'summary')
    return LAYOUT.summary
  const blocks = slide.blocks.filter(block => block.type !== 'click')
  const count = (type: Block['type']) => blocks.filter(block => block.type === type).length
  const only = (...types: Block['type'][]) => blocks.every(block => types.includes(block.type))
  const points = blocks.flatMap(block => block.type === 'points' ? block.items : [])
  const nested = points.some(point => point.children.length > 0)
  if (count('diagram') > 0 && only('diagram', 'points') && points.length <= MAX_DIAGRAM_POINTS)
    return LAYOUT.diagram
  if (count('image') === 1 && count('points') <= MAX_FIGURE_LISTS && only('image', 'points')) {
    if (points.length === 0)
      return LAYOUT.picture
    if (points.length <= MAX_FIGURE_POINTS && !nested)
      return LAYOUT.figure
  }
  if (count('code') > 0 && only('code', 'points') && points.length <= MAX_CODE_POINTS)
    return LAYOUT.code
  if (blocks.length === 1 && points.length === 1 && !nested)
    return LAYOUT.claim
  if (only('points') && isCards(blocks, points))
    return LAYOUT.cards
  const few = blocks.length > 0 && blocks.length <= MAX_FOCUS_BLOCKS && points.length <= MAX_FOCUS_POINTS && !nested
  return few && only(...FOCUS_BLOCKS) ? LAYOUT.focus : LAYOUT.content
}

/** Two to four points in one list, shown at one click, each opening with a term or figure. */
function isCards(blocks: readonly Block[], points: readonly Point[]): boolean {
  return blocks.length === 1 && points.length >= CARDS.min && points.length <= CARDS.max
    && new Set(points.map(point => point.click)).size === 1 && points.every(point => cardOf(point) !== undefined)
}

function toCards(block: Block): Block {
  return block.type === 'points' ? { ...block, items: block.items.map(item => ({ ...item, card: cardOf(item) })) } : block
}
