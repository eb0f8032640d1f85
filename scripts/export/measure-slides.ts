import type { Page } from 'playwright-chromium'
import type { SlideMeasure } from '../check/slide-measure'
import type { MeasureOptions } from './measure'
import { BODY_TEXT, SMALL_TEXT } from '../check/limits'
import { INVISIBLE_CHARS } from '../check/visible-text'
import { PRINT_VIEW, TYPE_STEPS } from '../model/slidev-contract'
import { CANVAS } from './canvas'
import { runInPage } from './page-bundle'
import { withTimeout } from './with-timeout'

/** What `measureInPage` (`measure/`) is given: the slide canvas, the print view's selectors and the check's rules of what text is and which limit it meets. */
export const MEASURE_OPTIONS: MeasureOptions = {
  canvasHeight: CANVAS.height,
  invisible: INVISIBLE_CHARS.source,
  bodyText: BODY_TEXT,
  smallText: SMALL_TEXT,
  slide: PRINT_VIEW.slide,
  layout: PRINT_VIEW.layout,
  steps: TYPE_STEPS.map(({ name, className }) => ({ name, className })),
}

/** Measures every slide of the open print view (`measure/`, run in the page), within `timeout` ms. */
export async function measureSlides(page: Page, timeout: number): Promise<SlideMeasure[]> {
  return withTimeout(runInPage<SlideMeasure[]>(page, 'measure', 'measureInPage', MEASURE_OPTIONS), timeout, 'the slides were not measured')
}
