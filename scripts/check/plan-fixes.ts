import type { Slide } from '../model/deck'
import type { FitHint, FitHints } from '../plan/fit-hints'
import type { CheckReport } from './check-report'
import type { StepTrial } from './slide-measure'
import { SLIDE_SCALE, TYPE_STEPS, typeStepIndex } from '../model/slidev-contract'
import { hasSmallBody, hasSmallText, LIMITS, overflows } from './limits'

/** One change the fix loop made: to a slide that did not fit (`fix`), or to one with room to spare (`room`). */
export interface FitChange {
  slide: number
  title: string
  problem: string
  change: string
  kind: 'fix' | 'room'
}

/** What {@link planFixes} may know beyond the report and the slides. */
export interface PlanFixesOptions {
  /**
   * Keys of the slides as the planner packed them before splitting them (plan with
   * every hint but `split`): the keys a `split` hint must name. A slide that is a later
   * part of such a slide has its split raised on the slide it was cut from. Without it,
   * every slide's own key is used.
   */
  splittable?: ReadonlySet<string>
}

/** The smallest type step, and the one a slide planned without a step has. */
const SMALLEST = TYPE_STEPS.at(-1)!.name
const DEFAULT_STEP = 'md'

/** Most slides one slide's content may be split into, beyond the first. */
export const MAX_SPLIT = 12

/**
 * Height, in pixels of a 1080-line slide, that content under a slide's title fills:
 * an overflow of this much needs about one slide more.
 */
export const SLIDE_ROOM_PX = 800

/**
 * Share of {@link SLIDE_ROOM_PX} one part of a split slide may be estimated to fill at a
 * type step for the parts to be set at that step. The estimate divides the content's
 * height evenly, but parts are cut between units and where code statements end, so they
 * are rarely even (seen on a real article: the first of two parts held 70% of the
 * height); a part set too large costs another round.
 */
export const PART_ROOM_SHARE = 0.6

/** A fix for one slide: the hint to set on a key, and what it does, for the log. */
interface Fix {
  key: string
  hint: FitHint
  change: string
}

/** A measured slide as the strategies see it. */
interface Failing {
  index: number
  slide: Slide
  key: string
  overflow: number
  overflows: boolean
  small: boolean
  /** Whether the slide breaks any limit. */
  failing: boolean
  /** The slide tried in the browser at its type step and those that can change its plan, largest first (content slides; see `trialSteps`). */
  trials?: readonly StepTrial[]
}

type Strategy = (failing: Failing, hints: ReadonlyMap<string, FitHint>, slides: readonly Slide[], options: PlanFixesOptions) => Fix | undefined

/**
 * Decides how to re-plan the slides a check failed, one change a slide a round, the
 * first that applies of:
 * 1. a diagram whose text is too small, or that shares an overflowing slide, gets a
 *    slide of its own (moving the block off the slide);
 * 2. overflow that the browser measured at every smaller type step too splits the slide
 *    at once, into as few slides as the smallest step needs, set at the largest step
 *    whose parts are estimated to fit (see {@link splitAndSize});
 * 3. overflow steps the type down (within the limits), unless text is too small already:
 *    to the largest step the browser found the slide fits at, else the smallest;
 * 4. overflow splits the slide (between points, or inside one long code block, table or
 *    list) into as many more slides as the overflow needs, up to {@link MAX_SPLIT} more;
 *    a later part of a split slide splits the slide it was cut from further.
 * A slide that fits, and that the browser found fits at a larger type step too, is raised
 * to the largest step that fits (the type sized to the room), unless it, or the slide it
 * was cut from, was stepped down before. Slides without content of their own (cover,
 * agenda, dividers, closing), statements and slides no hint can change are left as they
 * are, and stay in the report.
 */
export function planFixes(report: CheckReport, slides: readonly Slide[], hints: FitHints, options: PlanFixesOptions = {}): { hints: Map<string, FitHint>, changes: FitChange[] } {
  const next = new Map([...hints].map(([key, hint]) => [key, { ...hint }]))
  const changes: FitChange[] = []
  for (const measured of report.slides) {
    const slide = slides[measured.slide - 1]
    if (!slide?.key)
      continue
    const failing: Failing = {
      index: measured.slide - 1,
      slide,
      key: slide.key,
      overflow: measured.overflow,
      overflows: overflows(measured),
      small: hasSmallText(measured) || hasSmallBody(measured),
      failing: measured.problems.length > 0,
      trials: measured.steps,
    }
    const fix = failing.failing ? chooseFix(failing, next, slides, options) : raiseType(failing, next, slides, options)
    if (!fix)
      continue
    next.set(fix.key, fix.hint)
    const problem = failing.failing ? measured.problems.join('; ') : `fills ${Math.round((measured.fill?.share ?? 0) * 100)}% of the height`
    changes.push({ slide: measured.slide, title: titleOf(slide), problem, change: fix.change, kind: failing.failing ? 'fix' : 'room' })
  }
  return { hints: next, changes }
}

const STRATEGIES: readonly Strategy[] = [soloDiagram, splitAndSize, stepTypeDown, splitSlide]

/** The first strategy that changes something for a failing slide. */
function chooseFix(failing: Failing, hints: ReadonlyMap<string, FitHint>, slides: readonly Slide[], options: PlanFixesOptions): Fix | undefined {
  for (const strategy of STRATEGIES) {
    const fix = strategy(failing, hints, slides, options)
    if (fix)
      return fix
  }
  return undefined
}

/** A diagram with small text, or on a slide that overflows, beside other blocks: give it a slide of its own. */
function soloDiagram({ slide, key, overflows, small }: Failing, hints: ReadonlyMap<string, FitHint>): Fix | undefined {
  const hint = hints.get(key) ?? {}
  if (slide.kind !== 'content' || hint.solo || !(small || overflows))
    return undefined
  const hasDiagram = slide.blocks.some(block => block.type === 'diagram')
  const others = slide.blocks.filter(block => block.type !== 'diagram' && block.type !== 'click').length
  if (!hasDiagram || others === 0)
    return undefined
  return { key, hint: { ...hint, solo: true }, change: 'gave its diagram a slide of its own' }
}

/** Overflow on a slide whose text is not too small already: the largest smaller type step that fits in the browser, else the smallest. */
function stepTypeDown({ slide, key, overflows, small, trials }: Failing, hints: ReadonlyMap<string, FitHint>): Fix | undefined {
  const hint = hints.get(key) ?? {}
  const current = stepIndex(slide, hint)
  if (!overflows || small || current === undefined || current >= TYPE_STEPS.length - 1)
    return undefined
  const fits = trials?.find(trial => trial.fits && (typeStepIndex(trial.step) ?? -1) > current)
  const target = fits ? typeStepIndex(fits.step)! : TYPE_STEPS.length - 1
  const step = TYPE_STEPS[target]!.name
  return { key, hint: { ...hint, step, lowered: true }, change: `stepped the type down (${stepChange(current, target)})` }
}

/**
 * Overflow that no smaller type step would end, as the browser measured each step: split
 * the slide now into as few slides as the smallest step needs, all set at the largest step
 * (from the slide's own down) at which that many parts are estimated to fit, instead of
 * stepping down one round and splitting the next. Only for a slide the planner packed
 * (not a later part) that was not split before, with every step's overflow measured.
 */
function splitAndSize(failing: Failing, hints: ReadonlyMap<string, FitHint>, slides: readonly Slide[], options: PlanFixesOptions): Fix | undefined {
  const { slide, key, overflows, small, trials } = failing
  const hint = hints.get(key) ?? {}
  const current = stepIndex(slide, hint)
  if (!overflows || small || current === undefined || hint.split || !trials || originKey(failing, slides, options.splittable) !== key)
    return undefined
  const tried = trials.filter(trial => (typeStepIndex(trial.step) ?? -1) >= current)
  const smallest = tried.at(-1)?.overflow
  if (tried.length !== TYPE_STEPS.length - current || smallest === undefined || smallest <= LIMITS.overflow || tried.some(trial => trial.overflow === undefined))
    return undefined
  const split = Math.min(MAX_SPLIT, extraSlides(smallest))
  const sized = tried.findIndex(trial => (SLIDE_ROOM_PX + trial.overflow!) / (split + 1) <= SLIDE_ROOM_PX * PART_ROOM_SHARE)
  const target = sized < 0 ? TYPE_STEPS.length - 1 : current + sized
  const stepped = target > current ? ` at ${TYPE_STEPS[target]!.px.body * SLIDE_SCALE}px body` : ''
  return { key, hint: { ...hint, step: TYPE_STEPS[target]!.name, lowered: true, split }, change: `split it into ${split + 1} slides${stepped}` }
}

/**
 * A slide that fits with room to spare: the largest type step the browser found it fits
 * at, when larger than its own and neither it nor the slide it was cut from (whose step a
 * later part starts at) was stepped down.
 */
function raiseType(failing: Failing, hints: ReadonlyMap<string, FitHint>, slides: readonly Slide[], options: PlanFixesOptions): Fix | undefined {
  const { slide, key, trials } = failing
  const hint = hints.get(key) ?? {}
  const current = stepIndex(slide, hint)
  const origin = hints.get(originKey(failing, slides, options.splittable))
  if (current === undefined || hint.lowered || hint.tight || origin?.lowered || !trials)
    return undefined
  const best = typeStepIndex(trials.find(trial => trial.fits)?.step)
  if (best === undefined || best >= current)
    return undefined
  return { key, hint: { ...hint, step: TYPE_STEPS[best]!.name }, change: `raised the type (${stepChange(current, best)})` }
}

/**
 * Where a content slide's type step stands in {@link TYPE_STEPS} (0: largest): the
 * smaller of its own and the one its hint asks for (the two agree once it is planned with it).
 */
function stepIndex(slide: Slide, hint: FitHint): number | undefined {
  if (slide.kind !== 'content')
    return undefined
  const own = typeStepIndex(slide.typeStep ?? (slide.tight ? SMALLEST : DEFAULT_STEP))!
  const hinted = typeStepIndex(hint.step ?? (hint.tight ? SMALLEST : undefined)) ?? 0
  return Math.max(own, hinted)
}

/** `40 -> 34px body`, for the log. */
function stepChange(from: number, to: number): string {
  return `${TYPE_STEPS[from]!.px.body * SLIDE_SCALE} -> ${TYPE_STEPS[to]!.px.body * SLIDE_SCALE}px body`
}

/** Overflow: split the slide (or the slide it was cut from) into as many more slides as the overflow needs. */
function splitSlide(failing: Failing, hints: ReadonlyMap<string, FitHint>, slides: readonly Slide[], options: PlanFixesOptions): Fix | undefined {
  if (!failing.overflows || failing.slide.kind !== 'content')
    return undefined
  const key = originKey(failing, slides, options.splittable)
  const hint = hints.get(key) ?? {}
  const split = hint.split ?? 0
  if (split >= MAX_SPLIT)
    return undefined
  const next = Math.min(MAX_SPLIT, split + extraSlides(failing.overflow))
  const whole = key === failing.key ? 'it' : `"${titleOf(slides.find(slide => slide.key === key) ?? failing.slide)}"`
  return { key, hint: { ...hint, split: next }, change: `split ${whole} into ${next + 1} slides` }
}

/** How many more slides an overflow of this many pixels needs (at least one). */
export function extraSlides(overflow: number): number {
  return Math.max(1, Math.ceil(overflow / SLIDE_ROOM_PX))
}

/**
 * The key a split hint must name for this slide: its own when the planner packed it so
 * (or when that is not known), else that of the nearest slide before it in its topic
 * that the planner packed, the slide it was cut from.
 */
export function originKey(failing: Pick<Failing, 'index' | 'key'>, slides: readonly Slide[], splittable?: ReadonlySet<string>): string {
  if (!splittable || splittable.has(failing.key))
    return failing.key
  const topic = topicOf(failing.key)
  for (let index = failing.index - 1; index >= 0; index--) {
    const key = slides[index]?.key
    if (!key || topicOf(key) !== topic)
      break
    if (splittable.has(key))
      return key
  }
  return failing.key
}

/** The topic part of a slide key (`topic@line`). */
function topicOf(key: string): string {
  return key.slice(0, key.lastIndexOf('@'))
}

/** A slide's title for the log, or its kind when it has none. */
export function titleOf(slide: Slide): string {
  return 'title' in slide ? slide.title : slide.kind
}
