import type { IrFormula } from '../ir'
import type { SlideContext } from './context'
import { addCapture, toRect } from './context'

/** A KaTeX formula: its TeX, where it is (with a little room around), and a picture of it. */
export function formulaOf(slide: SlideContext, katex: Element, display: boolean): IrFormula {
  const rect = katex.getBoundingClientRect()
  const padded = new DOMRect(rect.left - 2, rect.top - 2, rect.width + 4, rect.height + 4)
  return {
    kind: 'formula',
    rect: toRect(slide, padded),
    tex: katex.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? katex.textContent ?? '',
    display,
    capture: addCapture(slide.page, padded, false),
  }
}
