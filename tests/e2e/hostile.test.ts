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
let slideCount: number

beforeAll(async () => {
  const slidesPath = join(deckDir, 'slides.md')
  slideCount = (await parse(readFileSync(slidesPath, 'utf8'), slidesPath)).slides.length
  server = await serveSite(join(deckDir, 'exports/site'))
  browser = await openBrowser()
  page = await browser.newPage({ viewport: { width: 960, height: 540 } })
  await page.route('**/*', route => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()))
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('a deck built from hostile content', () => {
  it('runs none of the article\'s scripts on any slide', async () => {
    const shown: string[] = []
    for (let no = 1; no <= slideCount; no++) {
      await page.goto(`${server.url}#/${no}`, { waitUntil: 'networkidle' })
      await page.waitForSelector(`.slidev-page-${no}`, { state: 'attached' })
      await page.mouse.move(480, 300)
      expect(await page.evaluate(() => (window as { __canary?: unknown }).__canary), `slide ${no}`).toBeUndefined()
      shown.push(await page.locator(`.slidev-page-${no}`).textContent() ?? '')
    }
    expect(shown.join('\n')).toContain('A script link')
    const notes = (await parse(readFileSync(join(deckDir, 'slides.md'), 'utf8'), 'slides.md')).slides.map(slide => slide.note ?? '').join('\n')
    expect(notes).toContain('&lt;span onmouseover="window.\\_\\_canary = 1"')
  })

  it('runs none of them in the print view either, and shows {{ 1 + 1 }} literally', async () => {
    await page.goto(`${server.url}?print=true#/print`, { waitUntil: 'networkidle' })
    await page.waitForFunction(count => document.querySelectorAll('.print-slide-container').length >= count, slideCount)
    const text = await page.locator('#print-content').textContent() ?? ''
    expect(text).toContain('{{ 1 + 1 }}')
    expect(text).not.toMatch(/Vue must show 2 as written/)
    expect(text).toContain('{{ [].constructor.constructor(\'window.__canary = 1\')() }}')
    expect(await page.evaluate(() => (window as { __canary?: unknown }).__canary)).toBeUndefined()
  })

  it('keeps the slide after code with an unclosed comment, and its notes', async () => {
    const markdown = readFileSync(join(deckDir, 'slides.md'), 'utf8')
    const slides = (await parse(markdown, 'slides.md')).slides
    const code = slides.findIndex(slide => slide.content.includes('an unclosed comment in code'))
    expect(code).toBeGreaterThan(0)
    expect(slides[code]!.content).toContain('</script>')
    expect(slides[code]!.note ?? '').not.toContain('unclosed comment')
    expect(slides.at(-1)!.frontmatter.layout).toBe('end')
  })
})
