import type { Page } from 'playwright-chromium'
import { PRINT_VIEW } from '../model/slidev-contract'
import { withTimeout } from './with-timeout'

/** Where a slide of the print view lies, in the page's document coordinates (CSS pixels). */
export interface SlideBox {
  x: number
  y: number
  width: number
  height: number
}

/** The box of each slide of the open print view, in order; `what` names the step in a timeout's message. */
export function slideBoxes(page: Page, timeout: number, what: string): Promise<SlideBox[]> {
  return withTimeout(page.evaluate(slide => [...document.querySelectorAll(slide)].map((element) => {
    const box = element.getBoundingClientRect()
    return { x: box.left + window.scrollX, y: box.top + window.scrollY, width: box.width, height: box.height }
  }), PRINT_VIEW.slide), timeout, what)
}
