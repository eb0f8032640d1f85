/**
 * The speaker's pace against the talk's plan: pure functions over seconds, used by the
 * presenter view (`PresenterPace.vue`) and tested on their own.
 *
 * The plan gives every slide a budget (front matter `budget: { seconds, endsAt }`, written
 * by `scripts/render/render-slidev.ts`): the slide should start at `endsAt - seconds` and
 * end at `endsAt`, counted from the start of the talk. The talk's clock is the presenter
 * timer's elapsed time.
 */
import type { SlideBudget } from '../../scripts/model/slidev-contract'

/** A pace this close to zero (in seconds) reads as on time. */
export const ON_TIME_SECONDS = 1

/** Whether the speaker is ahead of the plan, behind it or on it. */
export type PaceState = 'ahead' | 'behind' | 'on-time'

/**
 * Seconds the speaker is ahead of the plan (negative: behind) on the current slide:
 * how much earlier than planned they came to it, less whatever they have stayed on it
 * beyond its budget. Entering on time and leaving within the budget keeps the pace at
 * zero; every second past the slide's planned end counts against it.
 *
 * @param budget the current slide's plan
 * @param elapsed seconds the talk has run
 * @param enteredAt elapsed seconds when the speaker came to the current slide
 */
export function paceSeconds(budget: SlideBudget, elapsed: number, enteredAt: number): number {
  const plannedStart = budget.endsAt - budget.seconds
  return Math.min(plannedStart - enteredAt, budget.endsAt - elapsed)
}

/** {@link PaceState} of a pace in seconds. */
export function paceState(seconds: number): PaceState {
  if (Math.abs(seconds) < ON_TIME_SECONDS)
    return 'on-time'
  return seconds > 0 ? 'ahead' : 'behind'
}

/** `m:ss` (or `h:mm:ss`) of a number of seconds, whole seconds toward zero, no sign. */
export function clockText(seconds: number): string {
  const whole = Math.floor(Math.abs(seconds))
  const hours = Math.floor(whole / 3600)
  const minutes = Math.floor(whole / 60) % 60
  const rest = String(whole % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`
}

/** A pace as the speaker reads it: `+0:40` ahead, `-1:10` behind, `±0:00` on time. */
export function paceText(seconds: number): string {
  const state = paceState(seconds)
  const sign = state === 'ahead' ? '+' : state === 'behind' ? '-' : '±'
  return `${sign}${clockText(state === 'on-time' ? 0 : seconds)}`
}

/** A slide's budget from its front matter, or none when the deck has no plan (a hand-written deck). */
export function readBudget(frontmatter: Record<string, unknown> | undefined): SlideBudget | undefined {
  const budget = frontmatter?.budget as Partial<SlideBudget> | undefined
  if (!budget || !Number.isFinite(budget.seconds) || !Number.isFinite(budget.endsAt))
    return undefined
  return { seconds: Number(budget.seconds), endsAt: Number(budget.endsAt) }
}
