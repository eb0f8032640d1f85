import type { SlideMeasure } from './slide-measure'
import { DECK_CLASS } from '../model/slidev-contract'

/** What a deck must meet, in pixels of a 1920x1080 slide. */
export const LIMITS = {
  /** Text or boxes outside the slide, or cut off inside it. */
  overflow: 0.5,
  /** Smallest text anywhere. */
  minFont: 24,
  /** Smallest body text (points, paragraphs, quotes, tables). */
  minBodyFont: 28,
}

/** Elements whose text is body text, held to {@link LIMITS}`.minBodyFont`. */
export const BODY_TEXT = `li, p, blockquote, td, th, .${DECK_CLASS.statement}`

/**
 * Elements whose text is held only to the limit of the smallest text anywhere
 * ({@link LIMITS}`.minFont`, as captions are), even inside body text: running headers,
 * captions, code blocks, their labels and inline code, keys (`<kbd>`), sub- and superscripts, footnote
 * marks and footnotes, and formulas (KaTeX text is measured at the size of its `.katex`
 * element: TeX sets scripts at 0.7 and 0.5 of that on purpose).
 */
export const SMALL_TEXT = [
  'header',
  `.${DECK_CLASS.caption}`,
  `.${DECK_CLASS.codeTitle}`,
  '.katex',
  '.slidev-code',
  'code',
  'kbd',
  'sub',
  'sup',
  '.footnote-ref',
  '[data-footnote-ref]',
  '.footnotes',
  '[data-footnotes]',
].join(', ')

/** The limits one slide breaks, as short phrases. */
export function slideProblems(measure: SlideMeasure, limits = LIMITS): string[] {
  const problems: string[] = []
  if (measure.overflow > limits.overflow)
    problems.push(`overflows by ${measure.overflow}px (${measure.overflowWhat ?? 'content'})`)
  if (hasSmallText(measure, limits))
    problems.push(`text at ${measure.minFont}px ("${measure.minFontWhat ?? ''}")`)
  if (hasSmallBody(measure, limits))
    problems.push(`body text at ${measure.minBodyFont}px`)
  if (measure.brokenImages.length > 0)
    problems.push(`broken image ${measure.brokenImages.join(', ')}`)
  return problems
}

/** Whether a slide has text below the smallest size allowed anywhere. */
export function hasSmallText(measure: Pick<SlideMeasure, 'minFont'>, limits = LIMITS): boolean {
  return measure.minFont > 0 && measure.minFont < limits.minFont
}

/** Whether a slide has body text below the body limit. */
export function hasSmallBody(measure: Pick<SlideMeasure, 'minBodyFont'>, limits = LIMITS): boolean {
  return measure.minBodyFont > 0 && measure.minBodyFont < limits.minBodyFont
}

/** Whether a slide reaches outside itself or has content cut off. */
export function overflows(measure: Pick<SlideMeasure, 'overflow'>, limits = LIMITS): boolean {
  return measure.overflow > limits.overflow
}
