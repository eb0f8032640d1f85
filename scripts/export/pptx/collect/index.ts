import type { IrDeck, IrItem, IrSlide } from '../ir'
import type { PageContext, SlideContext } from './context'
import type { CollectOptions } from './options'
import { addCapture, pageContext } from './context'
import { walk } from './walk'

export type { CollectOptions } from './options'

/**
 * Reads every slide of Slidev's print view into the IR (`ir.ts`): painted boxes, text
 * blocks with their lines as the browser broke them, lists with their levels and markers,
 * tables, images, KaTeX formulas and SVGs with their graphic elements, in paint order, in
 * canvas pixels. It judges nothing: `normalize.ts` does. It runs in the page, bundled
 * with the modules beside it (`page-bundle.ts`), and only marks elements whose
 * background is to be captured (`backgroundAttribute`).
 */
export function collectInPage(options: CollectOptions): IrDeck {
  const page = pageContext(options)
  const slides = [...document.querySelectorAll<HTMLElement>(options.slide)].map(container => readSlide(page, container))
  const first = document.querySelector(`${options.slide} ${options.layout}`) ?? document.documentElement
  const themeStyle = getComputedStyle(first)
  const theme = Object.fromEntries(options.themeProperties.map(name => [name, themeStyle.getPropertyValue(name).trim()]))
  return { slides, captures: page.captures, theme }
}

/** One slide of the print view: its layout's class and background, and what its layout root holds. */
function readSlide(page: PageContext, container: HTMLElement): IrSlide {
  const box = container.getBoundingClientRect()
  const sx = page.options.canvasWidth / box.width
  const sy = page.options.canvasHeight / box.height
  const root = container.querySelector<HTMLElement>(page.options.layout)
  const scale = root && root.offsetWidth > 0 ? sx * root.getBoundingClientRect().width / root.offsetWidth : sx
  const slide: SlideContext = { page, box, sx, sy, scale, root, diagrams: 0, walk: (element, out) => walk(slide, element, out) }
  const items: IrItem[] = []
  const rootStyle = root ? getComputedStyle(root) : undefined
  if (root)
    walk(slide, root, items)
  const backgroundImage = rootStyle?.backgroundImage ?? 'none'
  return {
    layoutClass: root?.className ?? '',
    background: rootStyle?.backgroundColor ?? 'rgb(255, 255, 255)',
    backgroundImage,
    backgroundCapture: root && backgroundImage !== 'none' ? addCapture(page, root.getBoundingClientRect(), true, root) : undefined,
    items,
  }
}
