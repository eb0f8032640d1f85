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
import { measureSlides } from '../../scripts/export/measure-slides'
import { openPrintView } from '../../scripts/export/print-view'
import { serveSite } from '../../scripts/export/serve-site'
import { FILLED_LAYOUTS, PRINT_VIEW } from '../../scripts/model/slidev-contract'
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

  it('tries every type step of a content slide, the largest first, and says which fit', () => {
    const focus = measures[SLIDES.indexOf('focus')]!
    expect(focus.step).toBe('xl')
    expect(focus.steps?.map(trial => trial.step)).toEqual(['xl', 'lg', 'md', 'sm'])
    expect(focus.steps?.every(trial => trial.fits)).toBe(true)
    expect(focus.steps![0]!.fill).toBeGreaterThan(focus.steps![3]!.fill)
    expect(measures[SLIDES.indexOf('cover')]!.steps).toBeUndefined()
  })
})
