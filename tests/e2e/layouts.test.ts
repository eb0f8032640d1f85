import type { Browser } from 'playwright-chromium'
import type { SlideMeasure } from '../../scripts/check/slide-measure'
import type { PrintView } from '../../scripts/export/print-view'
import type { SiteServer } from '../../scripts/export/serve-site'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isHalfEmpty } from '../../scripts/check/fill'
import { LIMITS } from '../../scripts/check/limits'
import { MEASURE_OPTIONS, measureSlides } from '../../scripts/export/measure-slides'
import { runInPage } from '../../scripts/export/page-bundle'
import { openPrintView } from '../../scripts/export/print-view'
import { serveSite } from '../../scripts/export/serve-site'
import { FILLED_LAYOUTS, PRINT_VIEW, TYPE_STEPS } from '../../scripts/model/slidev-contract'
import { openBrowser } from '../helpers/browser'
import { downscalePng, pngDifference } from '../helpers/png-diff'
import { buildSlides, ROOT } from '../helpers/run-cli'

/** The hand-written deck with one slide of each layout, and its golden screenshots (960x540). */
const FIXTURE = join(ROOT, 'tests/fixtures/layouts')
const WORK = join(ROOT, 'tests/.tmp/layouts')
/** The fixture's slides, in order, by the layout each shows. */
const SLIDES = ['cover', 'agenda', 'section', 'content', 'focus', 'cards', 'figure', 'picture', 'claim', 'code', 'diagram', 'statement', 'summary', 'end'] as const
/** Layouts also compared in dark mode. */
const DARK = ['cards', 'figure', 'claim'] as const
/** Share of pixels a screenshot may differ from its golden (font hinting, anti-aliasing). */
const TOLERANCE = 0.01
/**
 * Chinese points with inline code, and the widths they are laid out at: Chromium's
 * `text-autospace` at a code element's edge once made the line break right after the code
 * at some widths (wangdoc's "如果`call`方法的参数是…" filled an eighth of its first line).
 */
const CODE_IN_CHINESE = [
  '如果<code>fetch</code>方法的第一个参数是一个相对路径，浏览器会把它解析成完整的网址，再交给<code>fetch</code>处理',
  '当<code>map</code>的回调函数返回一个数组时，结果就是一个数组的数组，需要再用<code>flat</code>展开',
]
const WRAP_WIDTHS = { from: 300, to: 1700, step: 2 }
/** Least share of a wrapped point's first line its text fills: CJK text breaks between any two characters, and `text-wrap: pretty` balances two lines at about half. */
const LEAST_FIRST_LINE = 0.3
/** `UPDATE_LAYOUT_GOLDENS=1` writes the goldens anew (review them before committing). */
const UPDATE = process.env.UPDATE_LAYOUT_GOLDENS === '1'

const goldenPath = (name: string) => join(FIXTURE, `${name}.png`)

describe('every layout of the theme, at 1920x1080, against its golden screenshot', () => {
  let browser: Browser
  let server: SiteServer
  let light: PrintView
  let dark: PrintView
  let measures: SlideMeasure[]

  beforeAll(async () => {
    rmSync(WORK, { recursive: true, force: true })
    mkdirSync(WORK, { recursive: true })
    for (const file of ['slides.md', 'chart.svg'])
      copyFileSync(join(FIXTURE, file), join(WORK, file))
    const built = await buildSlides(join(WORK, 'slides.md'), join(WORK, 'site'))
    if (built.code !== 0)
      throw new Error(`building the layouts deck failed:\n${built.stderr}`)
    server = await serveSite(join(WORK, 'site'))
    browser = await openBrowser()
    light = await openPrintView({ browser, siteUrl: server.url, slideCount: SLIDES.length })
    dark = await openPrintView({ browser, siteUrl: server.url, slideCount: SLIDES.length, dark: true })
    measures = await measureSlides(light.page, light.timeout)
  })

  afterAll(async () => {
    await light?.close()
    await dark?.close()
    await browser?.close()
    await server?.close()
  })

  async function compare(view: PrintView, index: number, name: string): Promise<void> {
    const shot = await downscalePng(view.page, await view.page.locator(PRINT_VIEW.slide).nth(index).screenshot())
    writeFileSync(join(WORK, `${name}.png`), shot)
    if (UPDATE) {
      writeFileSync(goldenPath(name), shot)
      return
    }
    expect(existsSync(goldenPath(name)), `${name}: no golden screenshot; look at tests/.tmp/layouts/${name}.png, then write it with UPDATE_LAYOUT_GOLDENS=1`).toBe(true)
    const difference = await pngDifference(view.page, shot, readFileSync(goldenPath(name)))
    expect(difference, `${name}: ${(difference * 100).toFixed(2)}% of pixels differ (see tests/.tmp/layouts/${name}.png)`).toBeLessThanOrEqual(TOLERANCE)
  }

  it.each(SLIDES.map((name, index) => [name, index] as const))('%s', async (name, index) => {
    await compare(light, index, name)
  })

  it.each(DARK.map(name => [name, SLIDES.indexOf(name)] as const))('%s in dark mode', async (name, index) => {
    await compare(dark, index, `${name}-dark`)
  })

  it('fits every slide within the limits, and the content layouts use their lower half', () => {
    expect(measures).toHaveLength(SLIDES.length)
    for (const [index, measure] of measures.entries()) {
      const name = SLIDES[index]!
      expect(measure.overflow, `${name}: ${measure.overflowWhat}`).toBeLessThanOrEqual(LIMITS.overflow)
      expect(measure.minFont === 0 || measure.minFont >= LIMITS.minFont, `${name}: ${measure.minFont}px "${measure.minFontWhat}"`).toBe(true)
      expect(measure.minBodyFont === 0 || measure.minBodyFont >= LIMITS.minBodyFont, `${name}: body ${measure.minBodyFont}px`).toBe(true)
      if ((FILLED_LAYOUTS as readonly string[]).includes(name))
        expect(isHalfEmpty(measure.fill!), `${name}: fills ${JSON.stringify(measure.fill)}`).toBe(false)
    }
  })

  it('breaks a Chinese point after inline code where its line is full, at any width, never right after the code', async () => {
    const index = SLIDES.indexOf('content')
    const cramped = await light.page.evaluate(({ selector, layout, index, points, widths, least }) => {
      const list = document.createElement('ul')
      document.querySelectorAll(selector)[index]!.querySelector(layout)!.append(list)
      const found: string[] = []
      for (const html of points) {
        list.innerHTML = `<li>${html}</li>`
        const item = list.firstElementChild as HTMLElement
        for (let width = widths.from; width <= widths.to; width += widths.step) {
          item.style.width = `${width}px`
          const range = document.createRange()
          range.selectNodeContents(item)
          const rects = [...range.getClientRects()]
          const top = Math.min(...rects.map(rect => rect.top))
          const lines = new Set(rects.map(rect => Math.round(rect.bottom))).size
          const firstLine = Math.max(...rects.filter(rect => rect.top < top + rect.height / 2).map(rect => rect.right)) - item.getBoundingClientRect().left
          if (lines > 1 && firstLine < width * least)
            found.push(`${width}px: ${item.textContent!.slice(0, 12)}…`)
        }
      }
      list.remove()
      return found
    }, { selector: PRINT_VIEW.slide, layout: PRINT_VIEW.layout, index, points: CODE_IN_CHINESE, widths: WRAP_WIDTHS, least: LEAST_FIRST_LINE })
    expect(cramped, 'widths at which the first line stops right after the code').toEqual([])
  })

  it('tries a content slide at the larger type steps, largest first, down to the first it fits at, and says which fit', async () => {
    const index = SLIDES.indexOf('focus')
    const focus = measures[index]!
    expect(focus.step).toBe('xl')
    expect(focus.steps?.map(trial => trial.step), 'it fits at the largest step: no other can change its plan').toEqual(['xl'])
    expect(focus.steps?.[0]?.fits).toBe(true)
    // Set at the smallest step, the slide is laid out again at the largest, where it fits too, and at no step between.
    const [largest, smallest] = [TYPE_STEPS[0], TYPE_STEPS.at(-1)!]
    const swap = (from: string, to: string) => light.page.evaluate(({ selector, layout, index, from, to }) => {
      document.querySelectorAll(selector)[index]!.querySelector(layout)!.classList.replace(from, to)
    }, { selector: PRINT_VIEW.slide, layout: PRINT_VIEW.layout, index, from, to })
    await swap(largest.className, smallest.className)
    const [small] = await runInPage<SlideMeasure[]>(light.page, 'measure', 'measureInPage', { ...MEASURE_OPTIONS, only: [index] })
    await swap(smallest.className, largest.className)
    expect(small!.steps?.map(trial => trial.step)).toEqual([largest.name, smallest.name])
    expect(small!.steps?.every(trial => trial.fits)).toBe(true)
    expect(small!.steps![0]!.fill).toBeGreaterThan(small!.steps![1]!.fill)
    expect(measures[SLIDES.indexOf('cover')]!.steps).toBeUndefined()
  })
})
