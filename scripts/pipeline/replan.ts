import type { CheckReport } from '../check/check-report'
import type { FitChange } from '../check/plan-fixes'
import type { Slide } from '../model/deck'
import type { ParsedArticle } from '../parse'
import type { FitHint, FitHints } from '../plan/fit-hints'
import { planFixes } from '../check/plan-fixes'
import { planDeck } from '../plan'

/** The article planned in memory with given hints, to judge hints before a round is run. */
export interface Replanner {
  /** Whether new hints change any slide (a round that would change nothing is not run). */
  changes: (before: FitHints, after: FitHints) => boolean
  /** The slide keys a split hint can name: the slides as packed before splitting. */
  splittable: (fit: FitHints) => Set<string>
}

/**
 * A {@link Replanner} for a parsed article, planned as the deck was: with the same length
 * and without the images that could not be shown (a plan with them would pack other slides).
 */
export function replanner(parsed: ParsedArticle, { minutes, unavailableImages }: { minutes?: number, unavailableImages?: ReadonlySet<string> } = {}): Replanner {
  const slidesWith = (fit: FitHints) => planDeck(parsed, { fit, minutes, unavailableImages }).slides
  return {
    changes: (before, after) => JSON.stringify(slidesWith(before)) !== JSON.stringify(slidesWith(after)),
    splittable: fit => new Set(slidesWith(withoutSplits(fit)).flatMap(slide => (slide.key ? [slide.key] : []))),
  }
}

/**
 * The hints of the next round for slides that did not fit, and what they change; none
 * when no fix applies or the fixes would plan the same slides (the loop ends then).
 */
export function nextHints(report: CheckReport, slides: readonly Slide[], hints: FitHints, replan: Replanner): { hints: Map<string, FitHint>, changes: FitChange[] } | undefined {
  const fixes = planFixes(report, slides, hints, { splittable: replan.splittable(hints) })
  if (fixes.changes.length === 0 || !replan.changes(hints, fixes.hints))
    return undefined
  return fixes
}

/** The hints with every `split` taken out. */
function withoutSplits(hints: FitHints): Map<string, FitHint> {
  return new Map([...hints].map(([key, { split: _split, ...rest }]) => [key, rest]))
}
