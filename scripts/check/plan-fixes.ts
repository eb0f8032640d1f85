import type { FitHint, FitHints } from '../plan/fit-hints'
import type { Slide } from '../plan/types'
import type { CheckReport } from './check-report'
import { LIMITS } from './limits'

/** One change the fix loop made to a slide that did not fit. */
export interface FitChange {
  slide: number
  title: string
  problem: string
  change: string
}

/** Most times a slide may be split further. */
const MAX_SPLIT = 4

/**
 * Decides how to re-plan the slides a check failed: overflow first steps the type down
 * (within the limits), then splits the slide, once more each round; text too small in
 * a diagram gives the diagram a slide of its own. Slides without content of their own
 * (cover, agenda, dividers, closing) and slides already split as far as they go are left
 * as they are, and stay in the report.
 */
export function planFixes(report: CheckReport, slides: readonly Slide[], hints: FitHints): { hints: Map<string, FitHint>, changes: FitChange[] } {
  const next = new Map([...hints].map(([key, hint]) => [key, { ...hint }]))
  const changes: FitChange[] = []
  for (const measured of report.slides) {
    const slide = slides[measured.slide - 1]
    if (!slide?.key || measured.problems.length === 0)
      continue
    const hint = next.get(slide.key) ?? {}
    const title = 'title' in slide ? slide.title : slide.kind
    const overflows = measured.overflow > LIMITS.overflow
    const small = (measured.minFont > 0 && measured.minFont < LIMITS.minFont) || (measured.minBodyFont > 0 && measured.minBodyFont < LIMITS.minBodyFont)
    const hasDiagram = slide.kind === 'content' && slide.blocks.some(block => block.type === 'diagram')
    const others = slide.kind === 'content' ? slide.blocks.filter(block => block.type !== 'diagram').length : 0
    let change: string | undefined
    if (small && hasDiagram && others > 0 && !hint.solo) {
      hint.solo = true
      change = 'gave its diagram a slide of its own'
    }
    else if (overflows && !hint.tight && !small) {
      hint.tight = true
      change = 'stepped the type down'
    }
    else if (overflows && (hint.split ?? 0) < MAX_SPLIT) {
      hint.split = (hint.split ?? 0) + 1
      change = `split it into ${hint.split + 1} slides`
    }
    if (change) {
      next.set(slide.key, hint)
      changes.push({ slide: measured.slide, title, problem: measured.problems.join('; '), change })
    }
  }
  return { hints: next, changes }
}
