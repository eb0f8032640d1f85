import type { Browser, Page } from 'playwright-chromium'
import type { SiteServer } from '../../scripts/export/serve-site'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '@slidev/parser'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { serveSite } from '../../scripts/export/serve-site'
import { normalizeText } from '../../scripts/lib/normalize-text'
import { parseMarkdown } from '../../scripts/parse/parse-markdown'
import { proseBlocks } from '../../scripts/verify/article-text'
import { openBrowser } from '../helpers/browser'
import { useSharedDeck } from '../helpers/shared-deck'

const deckDir = inject('deckDir')

useSharedDeck()

let server: SiteServer
let browser: Browser
let page: Page
let slides: { title: string, notes: string[], clicks: number, revealing: boolean, wrappers: number, pointsPerClick: number[], components: boolean, frontmatter: Record<string, unknown> }[]
let headmatter: Record<string, unknown>

beforeAll(async () => {
  const slidesPath = join(deckDir, 'slides.md')
  const parsed = await parse(readFileSync(slidesPath, 'utf8'), slidesPath)
  headmatter = parsed.slides[0]!.frontmatter
  slides = parsed.slides.map(slide => ({
    title: slide.title ?? '',
    notes: proseBlocks(parseMarkdown(slide.note ?? '')).map(block => normalizeText(block.text)).filter(text => text && !/^\[click(?::\d+)?\]$/.test(text)),
    clicks: (slide.content.match(/<v-click>/g) ?? []).length,
    revealing: /<(?:Timeline|FlowChain|BarCompare|StatGrid|OrgStructure|DerivationGraph|TermCards|MindMap)\b(?![^>]*:whole="true")/.test(slide.content),
    wrappers: (slide.content.match(/<v-click[\s>]/g) ?? []).length,
    pointsPerClick: [...slide.content.matchAll(/<v-click>([\s\S]*?)<\/v-click>/g)].map(match => (match[1]!.match(/^- /gm) ?? []).length),
    /** Anything besides its points and their click wrappers (a component, HTML, code) that could hold click targets of its own. */
    components: /<[A-Z][A-Za-z]*[\s/>]|```|<(?:span|div|img|iframe|table)\b/.test(slide.content),
    frontmatter: slide.frontmatter,
  }))
  server = await serveSite(join(deckDir, 'exports/site'))
  browser = await openBrowser()
  page = await browser.newPage({ viewport: { width: 1600, height: 900 } })
  await page.route('**/*', route => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()))
  await page.goto(`${server.url}#/presenter/1`, { waitUntil: 'networkidle' })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function openPresenter(no: number, clicks = 0): Promise<void> {
  await page.evaluate(hash => (location.hash = hash), `#/presenter/${no}${clicks ? `?clicks=${clicks}` : ''}`)
  await page.waitForFunction(({ no, clicks }) => document.querySelector(`.grid-section.main .slidev-page-${no}`)?.checkVisibility()
    && (clicks === 0 || location.hash.includes(`clicks=${clicks}`)), { no, clicks })
  await page.waitForTimeout(150)
}

const text = (selector: string) => page.evaluate(css => document.querySelector(css)?.textContent ?? '', selector)

describe('the presenter view of the built deck', () => {
  it('shows, for every slide, the notes planned for it with its time, and the next slide', async () => {
    expect(slides.length).toBeGreaterThan(5)
    for (let no = 1; no <= slides.length; no++) {
      await openPresenter(no)
      const notes = normalizeText(await text('.grid-section.note'))
      const planned = slides[no - 1]!
      expect(planned.notes.length, `slide ${no} has notes`).toBeGreaterThan(0)
      expect(planned.notes[0], `slide ${no} starts its notes with its time`).toMatch(/^(?:时间：本页|Time:)\d+:\d\d/)
      for (const paragraph of planned.notes)
        expect(notes, `slide ${no}`).toContain(paragraph.slice(0, 40))
      const next = normalizeText(await text('.grid-section.next'))
      if (planned.clicks > 0)
        expect(next, `slide ${no} shows its own next click`).toContain(normalizeText(planned.title))
      else if (planned.revealing && no < slides.length)
        expect([normalizeText(planned.title), normalizeText(slides[no]!.title)].some(title => next.includes(title)), `slide ${no} shows its diagram's next step or slide ${no + 1}`).toBe(true)
      else if (no < slides.length)
        expect(next, `slide ${no} shows slide ${no + 1} next`).toContain(normalizeText(slides[no]!.title))
    }
  })

  it('has a timer counting down from the planned length of the talk', async () => {
    await openPresenter(1)
    expect(headmatter.timer).toBe('countdown')
    const minutes = Number(/^(\d+)min$/.exec(String(headmatter.duration))?.[1])
    expect(minutes).toBeGreaterThan(0)
    expect(normalizeText(await text('.grid-section.bottom'))).toMatch(new RegExp(`${minutes}:00$`))
  })

  it('shows the points click by click, and the notes\' markers follow', async () => {
    const no = slides.findIndex(slide => slide.clicks >= 2 && slide.wrappers === slide.clicks && !slide.components) + 1
    expect(no, 'a slide reveals its points on clicks').toBeGreaterThan(0)
    const { clicks: steps, pointsPerClick } = slides[no - 1]!
    for (let click = 0; click <= steps; click++) {
      await openPresenter(no, click)
      const state = await page.evaluate(no => ({
        shownPoints: [...document.querySelectorAll(`.grid-section.main .slidev-page-${no} li`)].filter(element => !element.closest('.slidev-vclick-hidden')).length,
        active: [...document.querySelectorAll('.grid-section.note .slidev-note-click-mark-active')].map(element => Number((element as HTMLElement).dataset.clicks)),
        markers: document.querySelectorAll('.grid-section.note .slidev-note-click-mark').length,
        lit: [...document.querySelectorAll('.grid-section.note p, .grid-section.note li')].filter(element => !element.closest('.slidev-note-fade') && element.textContent?.trim()).map(element => element.textContent!.trim()),
      }), no)
      expect(state.markers).toBe(steps)
      expect(state.shownPoints, `slide ${no}, click ${click}`).toBe(pointsPerClick.slice(0, click).reduce((sum, count) => sum + count, 0))
      expect(state.active, `click ${click}`).toEqual(click === 0 ? [] : [click])
      expect(state.lit.length, `click ${click}: some notes are highlighted`).toBeGreaterThan(0)
    }
  })

  it('shows every point at once in the print view the exports come from', async () => {
    const print = await browser.newPage({ viewport: { width: 960, height: 540 } })
    await print.goto(`${server.url}?print=true#/print`, { waitUntil: 'networkidle' })
    await print.waitForFunction(count => document.querySelectorAll('.print-slide-container').length >= count, slides.length)
    const hidden = await print.evaluate(() => document.querySelectorAll('.slidev-vclick-hidden').length)
    const targets = await print.evaluate(() => document.querySelectorAll('.slidev-vclick-target').length)
    await print.close()
    expect(targets).toBeGreaterThanOrEqual(2)
    expect(hidden).toBe(0)
  })
})
