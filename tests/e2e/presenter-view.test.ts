import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { SiteServer } from '../../scripts/export/serve-site'
import type { SlideBudget } from '../../scripts/model/slidev-contract'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '@slidev/parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveSite } from '../../scripts/export/serve-site'
import { relativeFrom } from '../../scripts/lib/paths'
import { parseArticle } from '../../scripts/parse'
import { planDeck } from '../../scripts/plan'
import { planTiming } from '../../scripts/plan/plan-timing'
import { renderSlidev } from '../../scripts/render'
import { clockText } from '../../setup/presenter/pace'
import { openBrowser } from '../helpers/browser'
import { buildSlides, ROOT } from '../helpers/run-cli'

/** A short talk of all the article's slides, so that their budgets are a few seconds and the pace turns while the test waits. */
const MINUTES = 3
const ARTICLE = 'articles/why-chatgpt.md'
const DIR = join(ROOT, 'tests/.tmp/presenter-view')
const SIZES = [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }] as const
/** Smallest notes' text, and smallest title of the next slide's preview, in CSS pixels. */
const MIN_NOTES_PX = 20
const MIN_NEXT_TITLE_PX = 16
const NOTES = '[data-testid=presenter-notes]'
/** Presses of `A+` for the larger notes the click test also reads (2px each). */
const LARGER_STEPS = 6

interface PlannedSlide {
  no: number
  title: string
  /** `[click]` markers in the notes: the slide's click steps. */
  markers: number
  /** The notes hold a display formula. */
  math: boolean
  /** Nothing on the slide appears on clicks (no `v-click`, no diagram): its next frame is the next slide. */
  still: boolean
  budget: SlideBudget
}

let server: SiteServer
let browser: Browser
let slides: PlannedSlide[]

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true })
  mkdirSync(DIR, { recursive: true })
  // Every slide of the article squeezed into a few minutes (planTiming alone; `--minutes` would keep only the slides that fit).
  const text = readFileSync(join(ROOT, ARTICLE), 'utf8')
  const deck = planTiming(planDeck(parseArticle({ path: join(ROOT, ARTICLE), text })), { minutes: MINUTES })
  const slidesPath = join(DIR, 'slides.md')
  writeFileSync(slidesPath, renderSlidev(deck, { themePath: relativeFrom(DIR, ROOT) }))
  const built = await buildSlides(slidesPath, join(DIR, 'site'))
  if (built.code !== 0)
    throw new Error(`building the deck failed:\n${built.stderr}`)
  const parsed = await parse(readFileSync(slidesPath, 'utf8'), slidesPath)
  slides = parsed.slides.map((slide, index) => ({
    no: index + 1,
    title: slide.title ?? '',
    markers: (slide.note?.match(/^\[click\]$/gm) ?? []).length,
    math: /^\$\$$/m.test(slide.note ?? ''),
    still: !/<v-click|<[A-Z]/.test(slide.content),
    budget: slide.frontmatter.budget as SlideBudget,
  }))
  server = await serveSite(join(DIR, 'site'))
  browser = await openBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** A new window on the deck (a context of its own: its own shared timer and localStorage). */
async function openWindow(context: BrowserContext, hash: string): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${server.url}${hash}`, { waitUntil: 'networkidle' })
  return page
}

/** Goes to slide `no` of the presenter view the way a link does (not an advance: the timer does not start). */
async function goTo(page: Page, no: number): Promise<void> {
  await page.evaluate(hash => (location.hash = hash), `#/presenter/${no}`)
  await page.waitForFunction(no => document.querySelector(`.grid-section.main .slidev-page-${no}`)?.checkVisibility(), no)
  await page.waitForTimeout(200)
}

/**
 * How long the notes may take to mark a click and scroll its paragraph into view: the
 * scroll is smooth and, on a machine busy with other builds, takes seconds (5 s timed out
 * there); the condition waited for is the same however long it takes.
 */
const CLICK_SETTLE_MS = 15_000

/**
 * Waits until the notes show click `click` as current and the paragraph after its marker
 * (up to the next marker) lies inside the notes' viewport, marked as current; returns how
 * far the notes are scrolled.
 */
async function currentClickInView(page: Page, click: number): Promise<number> {
  const handle = await page.waitForFunction(({ notes, click }) => {
    const viewport = document.querySelector<HTMLElement>(notes)!
    const note = viewport.querySelector('.slidev-note')!
    const marker = note.querySelector<HTMLElement>('.slidev-note-click-mark-active')
    if (Number(marker?.dataset.clicks) !== click)
      return false
    const blocks = [...note.children]
    const start = blocks.findIndex(block => block.contains(marker))
    const end = blocks.findIndex((block, index) => index > start && block.querySelector('.slidev-note-click-mark'))
    const paragraph = blocks.slice(start + 1, end < 0 ? undefined : end)
    const frame = viewport.getBoundingClientRect()
    const top = Math.min(...paragraph.map(block => block.getBoundingClientRect().top))
    const bottom = Math.max(...paragraph.map(block => block.getBoundingClientRect().bottom))
    const inside = top >= frame.top - 1 && (bottom - top > frame.height ? top < frame.top + frame.height / 2 : bottom <= frame.bottom + 1)
    const marked = paragraph.every(block => block.classList.contains('presenter-note-active'))
    return inside && marked && { scrollTop: viewport.scrollTop }
  }, { notes: NOTES, click }, { timeout: CLICK_SETTLE_MS })
  return (await handle.jsonValue() as { scrollTop: number }).scrollTop
}

const byTestId = (page: Page, id: string) => page.evaluate(id => document.querySelector(`[data-testid=${id}]`)?.textContent?.trim() ?? '', id)
const paceState = (page: Page) => page.evaluate(() => document.querySelector('[data-testid=presenter-pace]')?.getAttribute('data-pace'))
const rgb = (page: Page, css: string) => page.evaluate(css => getComputedStyle(document.querySelector(css)!).color.match(/\d+/g)!.slice(0, 3).map(Number), css)

describe.each(SIZES)('the presenter view at $width x $height', (size) => {
  let context: BrowserContext
  let page: Page

  beforeAll(async () => {
    context = await browser.newContext({ viewport: size })
    await context.route('**/*', route => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()))
    page = await openWindow(context, '#/presenter/1')
  })

  afterAll(async () => {
    await context?.close()
  })

  it('shows the current slide, the next one large enough to read its title, and gives the notes the most room', async () => {
    const slide = slides.find(candidate => candidate.no > 2 && candidate.still && slides[candidate.no]?.title)!
    await goTo(page, slide.no)
    await page.waitForSelector('.grid-section.next .slidev-slide-content h1')
    const layout = await page.evaluate((notes) => {
      const box = (element: Element | null) => {
        const rect = element!.getBoundingClientRect()
        return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom, area: rect.width * rect.height }
      }
      const next = document.querySelector<HTMLElement>('.grid-section.next .slidev-slide-content')!
      const title = next.querySelector('h1')!
      const scale = next.getBoundingClientRect().width / next.offsetWidth
      return {
        current: box(document.querySelector('.grid-section.main .slidev-slide-content')),
        next: box(next),
        notes: box(document.querySelector(notes)),
        nextTitlePx: Number.parseFloat(getComputedStyle(title).fontSize) * scale,
        nextTitleText: title.textContent,
        page: { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight },
      }
    }, NOTES)
    expect(layout.page).toEqual(size)
    for (const part of [layout.current, layout.next, layout.notes]) {
      expect(part.left).toBeGreaterThanOrEqual(0)
      expect(part.top).toBeGreaterThanOrEqual(0)
      expect(part.right).toBeLessThanOrEqual(size.width)
      expect(part.bottom).toBeLessThanOrEqual(size.height)
    }
    expect(layout.notes.area).toBeGreaterThan(layout.current.area)
    expect(layout.notes.area).toBeGreaterThan(layout.next.area)
    expect(layout.current.area).toBeGreaterThan(size.width * size.height / 8)
    expect(layout.nextTitleText).toContain(slides[slide.no]!.title.slice(0, 8))
    expect(layout.nextTitlePx).toBeGreaterThanOrEqual(MIN_NEXT_TITLE_PX)
    expect(await byTestId(page, 'next-title')).toBe(slides[slide.no]!.title)
  })

  it('sets the notes at 20px or more, and remembers the size the speaker picks', async () => {
    const notesPx = () => page.evaluate(css => Number.parseFloat(getComputedStyle(document.querySelector(`${css} .slidev-note p`)!).fontSize), NOTES)
    const initial = await notesPx()
    expect(initial).toBeGreaterThanOrEqual(MIN_NOTES_PX)
    await page.click('[data-testid=notes-larger]')
    expect(await notesPx()).toBe(initial + 2)
    await page.reload({ waitUntil: 'networkidle' })
    await page.waitForSelector(`${NOTES} .slidev-note p`)
    expect(await notesPx()).toBe(initial + 2)
    await page.click('[data-testid=notes-smaller]')
    expect(await notesPx()).toBe(initial)
  })

  it('does not start the timer by itself, and starts it for both windows on the speaker\'s first step forward in either', async () => {
    await goTo(page, 1)
    const audience = await openWindow(context, '#/1')
    await page.waitForTimeout(1200)
    expect(await byTestId(page, 'timer-countdown')).toBe(`${MINUTES}:00`)
    expect(await page.isVisible('[data-testid=timer-start]')).toBe(true)
    expect(await audience.evaluate(() => document.querySelectorAll('[class*="presenter-"]').length)).toBe(0)
    await audience.keyboard.press('ArrowRight')
    await page.waitForFunction(() => location.hash.startsWith('#/presenter/2'))
    await page.waitForFunction(() => document.querySelector('[data-testid=presenter-timer]')?.getAttribute('data-status') === 'running')
    await audience.close()
    await page.click('[data-testid=timer-reset]')
    expect(await byTestId(page, 'timer-countdown')).toBe(`${MINUTES}:00`)
  })

  it('runs the countdown from the planned length after the first ArrowRight, and the pace turns from ahead to behind', async () => {
    await goTo(page, 1)
    expect(await paceState(page)).toBe('idle')
    await page.keyboard.press('ArrowRight')
    await page.waitForFunction(() => location.hash.startsWith('#/presenter/2'))
    const second = slides[1]!
    await expect.poll(() => byTestId(page, 'timer-countdown'), { timeout: 3000 }).toMatch(new RegExp(`^${MINUTES - 1}:5\\d$`))
    expect(await paceState(page)).toBe('ahead')
    expect(await byTestId(page, 'pace-value')).toMatch(/^\+0:0\d$/)
    expect(await byTestId(page, 'pace-ends')).toContain(clockText(second.budget.endsAt))
    const [red, green] = await rgb(page, '[data-testid=pace-value]')
    expect(green).toBeGreaterThan(red!)
    const waiting = Date.now()
    await page.waitForFunction(() => document.querySelector('[data-testid=presenter-pace]')?.getAttribute('data-pace') === 'behind', null, { timeout: (second.budget.endsAt + 5) * 1000 })
    expect((Date.now() - waiting) / 1000, 'not before the slide\'s planned end').toBeGreaterThanOrEqual(second.budget.endsAt - 1.5)
    expect(await byTestId(page, 'pace-value')).toMatch(/^-0:0\d$/)
    const [behindRed, behindGreen] = await rgb(page, '[data-testid=pace-value]')
    expect(behindRed).toBeGreaterThan(behindGreen!)
  })

  it('keeps the paragraph of the current click inside the notes after every click, at the default size and a larger one', async () => {
    const clicked = slides.filter(slide => slide.markers >= 2)
    expect(clicked.length).toBeGreaterThan(3)
    let scrolled = 0
    for (const larger of [0, LARGER_STEPS]) {
      for (let step = 0; step < larger; step++)
        await page.click('[data-testid=notes-larger]')
      for (const slide of clicked) {
        await goTo(page, slide.no)
        for (let click = 1; click <= slide.markers; click++) {
          await page.keyboard.press('ArrowRight')
          scrolled += await currentClickInView(page, click) > 0 ? 1 : 0
        }
      }
    }
    expect(scrolled, 'some click needed the notes to scroll').toBeGreaterThan(0)
    for (let step = 0; step < LARGER_STEPS; step++)
      await page.click('[data-testid=notes-smaller]')
    const longest = clicked.reduce((best, slide) => slide.budget.seconds > best.budget.seconds ? slide : best)
    await goTo(page, longest.no)
    for (let click = 1; click <= longest.markers; click++) {
      await page.keyboard.press('ArrowRight')
      await currentClickInView(page, click)
    }
    await page.waitForTimeout(1000)
    await page.screenshot({ path: `/tmp/presenter-view-${size.width}x${size.height}.png` })
  })

  it('fits the display formulas of the notes to the panel: nothing scrolls sideways', async () => {
    const withMath = slides.filter(slide => slide.math)
    expect(withMath.length).toBeGreaterThan(0)
    for (const slide of withMath) {
      await goTo(page, slide.no)
      await page.waitForSelector(`${NOTES} .katex-display`)
      await page.waitForTimeout(300)
      const fit = await page.evaluate((notes) => {
        const viewport = document.querySelector<HTMLElement>(notes)!
        const edge = viewport.getBoundingClientRect().right
        return {
          viewport: { scroll: viewport.scrollWidth, client: viewport.clientWidth },
          formulas: [...viewport.querySelectorAll<HTMLElement>('.katex-display')].map(formula => ({
            scroll: formula.scrollWidth,
            client: formula.clientWidth,
            right: Math.max(...[...formula.querySelectorAll('.katex-base')].map(base => base.getBoundingClientRect().right)),
            edge,
            px: Number.parseFloat(getComputedStyle(formula.querySelector('.katex')!).fontSize),
          })),
        }
      }, NOTES)
      expect(fit.viewport.scroll, `slide ${slide.no}`).toBeLessThanOrEqual(fit.viewport.client)
      for (const formula of fit.formulas) {
        expect(formula.scroll, `slide ${slide.no}`).toBeLessThanOrEqual(formula.client + 1)
        expect(formula.right, `slide ${slide.no}`).toBeLessThanOrEqual(formula.edge)
        expect(formula.px, `slide ${slide.no}`).toBeGreaterThanOrEqual(MIN_NOTES_PX)
      }
    }
  })
})
