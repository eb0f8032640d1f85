import type { SlideMeasure } from './measure-in-page'

/** What a deck must meet, in pixels of a 1920x1080 slide. */
export const LIMITS = {
  /** Text or boxes outside the slide, or cut off inside it. */
  overflow: 0.5,
  /** Smallest text anywhere. */
  minFont: 24,
  /** Smallest body text (points, paragraphs, quotes, tables). */
  minBodyFont: 28,
}

/** The limits one slide breaks, as short phrases. */
export function slideProblems(measure: SlideMeasure, limits = LIMITS): string[] {
  const problems: string[] = []
  if (measure.overflow > limits.overflow)
    problems.push(`overflows by ${measure.overflow}px (${measure.overflowWhat ?? 'content'})`)
  if (measure.minFont > 0 && measure.minFont < limits.minFont)
    problems.push(`text at ${measure.minFont}px ("${measure.minFontWhat ?? ''}")`)
  if (measure.minBodyFont > 0 && measure.minBodyFont < limits.minBodyFont)
    problems.push(`body text at ${measure.minBodyFont}px`)
  if (measure.brokenImages.length > 0)
    problems.push(`broken image ${measure.brokenImages.join(', ')}`)
  return problems
}
