import type { SlideMeasure } from '../../check/slide-measure'
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
 * slide's own background). A slide set at a type step is laid out again at every step,
 * and whether it fits at each (nothing outside the slide or cut off, nothing below the
 * layout's padding) and how far it overflows there are reported; then its step is
 * restored. With `only`, just those slides are measured.
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
    const steps = options.steps.map((step) => {
      root.classList.replace(current.className, step.className)
      const trial = step === current ? { overflow: measured.overflow, fill: measured.fill, belowFloor } : inspectSlide(container, options, invisible)
      root.classList.replace(step.className, current.className)
      return { step: step.name, fits: trial.overflow <= FITS.overflow && trial.belowFloor <= FITS.belowFloor, overflow: trial.overflow, fill: trial.fill.share }
    })
    return { slide: index + 1, ...measured, brokenImages, step: current.name, steps }
  })
}
