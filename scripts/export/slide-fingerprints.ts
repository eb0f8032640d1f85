import type { Page } from 'playwright-chromium'
import { createHash } from 'node:crypto'
import { PRINT_VIEW } from '../model/slidev-contract'
import { CANVAS } from './canvas'
import { withTimeout } from './with-timeout'

/** Bump when the way PNGs are taken changes, so no PNG taken the old way is reused. */
const CAPTURE_RECIPE = 'pngs/1'

/** Elements whose pixels their markup does not tell: a slide holding one is always taken anew. */
const UNTOLD = 'canvas, video, iframe, object, embed'

/** What the page tells of how it draws every slide: the page's part, then each slide's (null: cannot tell). */
interface PageMarkup {
  page: string
  slides: (string | null)[]
}

/**
 * Everything that decides how the print view draws each slide, as text, with the page's
 * own address (its port changes from run to run) left out. Runs in the page:
 * self-contained. The page's part: the attributes of `<html>` and `<body>` (dark mode,
 * language, CSS variables), every stylesheet (the built site's are named by their
 * content, so a changed one has a new name; inline ones by their text; in any order, as
 * the slides' own load in whichever order they arrive), the window and the colour scheme. Each slide's part: the start tags of the elements around it, its box
 * (size, and where it falls between device pixels) and its markup, which names its images
 * and fonts by their content too.
 */
function describeSlides({ slide, untold, scale }: { slide: string, untold: string, scale: number }): PageMarkup {
  const served = (text: string | null) => (text ?? '').replaceAll(location.origin, '')
  const attributes = (element: Element) => served([...element.attributes].map(attribute => `${attribute.name}=${attribute.value}`).join(' '))
  const sheets = [...document.querySelectorAll('link[rel~="stylesheet"], style')].map(node => served(node instanceof HTMLLinkElement ? node.href : node.textContent)).sort()
  const page = JSON.stringify({
    html: attributes(document.documentElement),
    body: attributes(document.body),
    sheets,
    window: [window.innerWidth, window.innerHeight, window.devicePixelRatio],
    dark: window.matchMedia('(prefers-color-scheme: dark)').matches,
  })
  const fraction = (value: number) => Math.round(((value * scale) % 1) * 1000)
  const slides = [...document.querySelectorAll(slide)].map((element) => {
    if (element.querySelector(untold))
      return null
    const around: string[] = []
    for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement)
      around.push(`<${parent.tagName} ${attributes(parent)}>`)
    const box = element.getBoundingClientRect()
    return JSON.stringify({ around, box: [box.width, box.height, fraction(box.left + window.scrollX), fraction(box.top + window.scrollY)], markup: served(element.outerHTML) })
  })
  return { page, slides }
}

/**
 * A fingerprint of each slide of the open print view as a PNG would show it (null for a
 * slide whose markup cannot tell its pixels, such as one with a canvas): the same
 * fingerprint means the same page in the same browser drawing the same slide the same
 * way, so its PNG from an earlier run can be taken again (see `takePngs`).
 */
export async function slideFingerprints(page: Page, timeout: number): Promise<(string | null)[]> {
  const browser = page.context().browser()?.version() ?? 'unknown browser'
  const markup = await withTimeout(page.evaluate(describeSlides, { slide: PRINT_VIEW.slide, untold: UNTOLD, scale: CANVAS.scale }), timeout, 'the slides were not described for PNGs')
  const pageHash = createHash('sha256').update(`${CAPTURE_RECIPE}\0${browser}\0${CANVAS.scale}\0${markup.page}`).digest('hex')
  return markup.slides.map(slide => slide === null ? null : createHash('sha256').update(`${pageHash}\0${slide}`).digest('hex'))
}
