import type { SlideMeasure, StepTrial as Trial } from '../../check/slide-measure'
import type { MeasureOptions } from './options'
import { inspectSlide } from './inspect-slide'

export type { MeasureOptions } from './options'

/** Most a trial may overflow (slide lines) and reach below the layout's padding and still fit. */
const FITS = { overflow: 0.5, belowFloor: 1 }

/**
 * Measures every slide of Slidev's print view, in the page (bundled with the modules
 * beside it by `../page-bundle.ts`; what it shares with the rest of the check comes in
 * `options`). Text nodes that draw nothing (whitespace, zero-width and format characters)
 * are skipped; KaTeX text is measured at the size of its `.katex` element. Each slide's
 * fill is the share of its height between the top of the first and the bottom of the last
 * thing drawn (text, pictures, diagrams, boxes with a background or border; not the
 * slide's own background). A slide set at a type step is laid out again at the steps
 * that can change how it is planned (see {@link trialSteps}), and whether it fits at each
 * (nothing outside the slide or cut off, nothing below the layout's padding) and how far
 * it overflows there are reported; then its step is restored. With `only`, just those
 * slides are measured.
 */
export function measureInPage(options: MeasureOptions): SlideMeasure[] {
  const invisible = new RegExp(options.invisible, 'gu')
  const containers = [...document.querySelectorAll<HTMLElement>(options.slide)]
  const chosen = options.only ?? containers.map((_, index) => index)
  return chosen.map((index) => {
    const container = containers[index]!
    const { belowFloor, ...measured } = inspectSlide(container, options, invisible)
    const brokenImages = [...container.querySelectorAll('img')].filter(image => image.complete && image.naturalWidth === 0).map(image => image.getAttribute('src') ?? '')
    const root = container.querySelector<HTMLElement>(options.layout)
    const current = root ? options.steps.find(step => root.classList.contains(step.className)) : undefined
    if (!root || !current)
      return { slide: index + 1, ...measured, brokenImages }
    const here: Trial = { step: current.name, fits: fits(measured.overflow, belowFloor), overflow: measured.overflow, fill: measured.fill.share }
    const steps = trialSteps(options.steps, here, (step) => {
      root.classList.replace(current.className, step.className)
      const trial = inspectSlide(container, options, invisible)
      root.classList.replace(step.className, current.className)
      return { step: step.name, fits: fits(trial.overflow, trial.belowFloor), overflow: trial.overflow, fill: trial.fill.share }
    })
    return { slide: index + 1, ...measured, brokenImages, step: current.name, steps }
  })
}

/** Whether a layout with this overflow and reach below the padding fits (see {@link FITS}). */
function fits(overflow: number, belowFloor: number): boolean {
  return overflow <= FITS.overflow && belowFloor <= FITS.belowFloor
}

/**
 * The trials of a slide at its own step (`here`, measured already) and at the steps that
 * can change how it is planned, largest first (see `plan-fixes.ts`): the larger steps
 * from the largest down to the first it fits at (the type is raised to that one), and,
 * when it does not fit at its own, every smaller step (the type is stepped down to the
 * largest that fits, or the slide is split as the smallest needs). A slide that fits
 * where it is is not laid out at smaller steps, which nothing reads.
 */
export function trialSteps<Step extends { name: string }>(steps: readonly Step[], here: Trial, trial: (step: Step) => Trial): Trial[] {
  const at = steps.findIndex(step => step.name === here.step)
  const larger: Trial[] = []
  for (const step of steps.slice(0, at)) {
    const tried = trial(step)
    larger.push(tried)
    if (tried.fits)
      break
  }
  const smaller = here.fits ? [] : steps.slice(at + 1).map(trial)
  return [...larger, here, ...smaller]
}
