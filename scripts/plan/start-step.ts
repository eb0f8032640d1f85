import type { Block, ContentSlide, Point } from '../model/deck'
import type { ContentLayoutName, TypeStepName } from '../model/slidev-contract'
import { LAYOUT, SLIDE_CANVAS, TYPE_STEPS } from '../model/slidev-contract'
import { inlineText } from './inlines'
import { measureText } from './measure-text'
import { formulaHeightEm, formulaScale } from './split-formula'

/** The content box of a slide: the canvas less the layout's padding (36/32 px, 56 px a side), the running header and the title's margin. */
const ROOM = { width: SLIDE_CANVAS.width - 112, height: SLIDE_CANVAS.height - 36 - 32 - 16 - 18 }
/** Share of the room an estimate may fill for a step to be tried first: the estimate is rough, the browser decides. */
const ESTIMATE_MARGIN = 0.9
/** Width of a character of code, in ems of the code's size. */
const CODE_CHAR_EM = 0.6
/** Width of one unit of {@link measureText} (a CJK character, 0.4 of a Latin word), in ems. */
const TEXT_UNIT_EM = 1.05
/** Least height a picture or diagram takes, in canvas pixels (it shrinks to the room it is given). */
const FIGURE_MIN_HEIGHT = 200
/** Share of the width the text column of the figure layout has. */
const FIGURE_TEXT_SHARE = 0.42
/** KaTeX's size for display math, in ems of the body text. */
const KATEX_EM = 1.21
/** The room around a display formula (KaTeX's display margins), in ems of the body text. */
const FORMULA_MARGIN_EM = 1.2
/** Layouts whose slides start at the largest step: little text, placed in the room. */
const LARGE_FIRST: ReadonlySet<ContentLayoutName> = new Set([LAYOUT.claim, LAYOUT.picture])

/**
 * The type step a content slide starts at: the largest whose estimated height fits the
 * room (the first step tried; the fit check measures every step in the browser and moves
 * the slide to the largest that fits there). Dense slides start at the usual step.
 */
export function startStep(slide: Pick<ContentSlide, 'blocks' | 'title'>, layout: ContentLayoutName): TypeStepName {
  if (LARGE_FIRST.has(layout))
    return TYPE_STEPS[0].name
  const width = layout === LAYOUT.figure ? ROOM.width * FIGURE_TEXT_SHARE : layout === LAYOUT.cards ? ROOM.width / 2 : ROOM.width
  const fits = TYPE_STEPS.find(step => estimateHeight(slide, step.name, width) <= ROOM.height * ESTIMATE_MARGIN)
  return fits?.name ?? 'md'
}

/** Estimated height of a slide's title and blocks at a type step, in canvas pixels. */
export function estimateHeight(slide: Pick<ContentSlide, 'blocks' | 'title'>, step: TypeStepName, width = ROOM.width): number {
  const size = stepSizes(step)
  const title = lines(measureText(slide.title), size.title, ROOM.width) * size.title * 1.25
  return title + slide.blocks.reduce((sum, block) => sum + blockHeight(block, step, width), 0)
}

function blockHeight(block: Block, step: TypeStepName, width: number): number {
  const size = stepSizes(step)
  switch (block.type) {
    case 'points':
      return block.items.reduce((sum, item) => sum + pointHeight(item, size.body, width), 16)
    case 'paragraph':
      return lines(measureText(inlineText(block.inlines)), size.body, width) * size.body * 1.6 + 20
    case 'heading':
      return size.body * 1.6 + 16
    case 'code': {
      const perLine = Math.max(1, Math.floor(width / (size.code * CODE_CHAR_EM)))
      const rows = block.value.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0)
      return rows * size.code * 1.55 + 44
    }
    case 'table':
      return (block.rows.length + 1) * (size.table * 1.6 + 10) + 20
    case 'quote':
      return block.blocks.reduce((sum, inner) => sum + blockHeight(inner, step, width - 40), 20)
    case 'math':
      return size.body * (formulaHeightEm(block.value) * formulaScale(block.value) * KATEX_EM + FORMULA_MARGIN_EM)
    case 'image':
    case 'diagram':
      return FIGURE_MIN_HEIGHT
    case 'click':
      return 0
  }
}

function pointHeight(point: Point, body: number, width: number): number {
  const own = lines(measureText(inlineText(point.inlines)), body, width - body) * body * 1.5 + 12
  return own + point.children.reduce((sum, child) => sum + pointHeight(child, body * 0.88, width - body), 0)
}

/** Lines a text of `units` (see {@link measureText}) takes at a font size in a width. */
function lines(units: number, fontSize: number, width: number): number {
  return Math.max(1, Math.ceil((units * TEXT_UNIT_EM * fontSize) / width))
}

/** The sizes a type step sets, in pixels of the canvas ({@link TYPE_STEPS}). */
function stepSizes(step: TypeStepName): typeof TYPE_STEPS[number]['px'] {
  return TYPE_STEPS.find(candidate => candidate.name === step)!.px
}
