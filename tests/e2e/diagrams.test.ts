import type { Browser, Page } from 'playwright-chromium'
import type { SiteServer } from '../../scripts/export/serve-site'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '@slidev/parser'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { serveSite } from '../../scripts/export/serve-site'
import { openBrowser } from '../helpers/browser'
import { useSharedDeck } from '../helpers/shared-deck'

const deckDir = inject('deckDir')

useSharedDeck()

let server: SiteServer
let browser: Browser
let page: Page
const errors: string[] = []
let diagramSlides: number[] = []

beforeAll(async () => {
  const slidesPath = join(deckDir, 'slides.md')
  const slides = (await parse(readFileSync(slidesPath, 'utf8'), slidesPath)).slides
  diagramSlides = slides.flatMap((slide, index) => (slide.frontmatter.diagrams ? [index + 1] : []))
  server = await serveSite(join(deckDir, 'exports/site'))
  browser = await openBrowser()
  page = await browser.newPage({ viewport: { width: 960, height: 540 } })
  await page.route('**/*', route => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()))
  page.on('console', message => message.type() === 'error' && errors.push(message.text()))
  page.on('pageerror', error => errors.push(error.message))
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function hiddenParts(no: number): Promise<{ parts: number, hidden: number }> {
  return page.evaluate(n => ({
    parts: document.querySelectorAll(`.slidev-page-${n} .deck-diagram .d-part`).length,
    hidden: document.querySelectorAll(`.slidev-page-${n} .deck-diagram .d-part.is-hidden`).length,
  }), no)
}

describe('the diagrams of the shared deck', () => {
  it('has diagram slides: a timeline found in the text, a graph from a diagram block', () => {
    const markdown = readFileSync(join(deckDir, 'slides.md'), 'utf8')
    expect(markdown).toContain('<Timeline v-bind=')
    expect(markdown).toContain('<DerivationGraph v-bind=')
    expect(diagramSlides.length).toBeGreaterThanOrEqual(2)
  })

  it('renders every diagram slide as an SVG with text, with no console error', async () => {
    for (const no of diagramSlides) {
      await page.goto(`${server.url}#/${no}`, { waitUntil: 'networkidle' })
      await page.waitForSelector(`.slidev-page-${no} .deck-diagram svg`)
      const text = await page.locator(`.slidev-page-${no} .deck-diagram svg text`).allTextContents()
      expect(text.join('').length, `slide ${no}`).toBeGreaterThan(3)
      expect(await page.locator(`.slidev-page-${no} .deck-diagram svg title`).count()).toBeGreaterThan(0)
    }
    expect(errors).toEqual([])
  })

  it('reveals a diagram part by part on clicks when presenting', async () => {
    const no = diagramSlides[0]!
    await page.goto(`${server.url}#/${no}`, { waitUntil: 'networkidle' })
    await page.waitForSelector(`.slidev-page-${no} .deck-diagram svg`)
    const start = await hiddenParts(no)
    expect(start.hidden).toBeGreaterThan(0)
    let previous = start.hidden
    for (let click = 0; click < start.parts && previous > 0; click++) {
      await page.keyboard.press('ArrowRight')
      await page.waitForTimeout(150)
      const now = await hiddenParts(no)
      expect(now.hidden).toBeLessThan(previous)
      previous = now.hidden
    }
    expect(previous).toBe(0)
    expect(page.url()).toContain(`#/${no}`)
  })

  it('shows every part in the print view the exports are made from', async () => {
    await page.goto(`${server.url}?print=true#/print`, { waitUntil: 'networkidle' })
    await page.waitForSelector('.deck-diagram svg')
    expect(await page.locator('.deck-diagram .d-part').count()).toBeGreaterThan(0)
    expect(await page.locator('.deck-diagram .d-part.is-hidden').count()).toBe(0)
  })
})
