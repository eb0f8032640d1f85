import type { Page } from 'playwright-chromium'
import type { GrayImage } from '../helpers/png-thumb'
import type { PrintViewDeck } from '../helpers/print-view-deck'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CANVAS } from '../../scripts/export/canvas'
import { PRINT_VIEW } from '../../scripts/model/slidev-contract'
import { writeNoCjkFontConfig } from '../helpers/no-font-config'
import { readGrayPng } from '../helpers/png-thumb'
import { openDeckInPrintView } from '../helpers/print-view-deck'
import { ROOT } from '../helpers/run-cli'

/**
 * A deck whose slides carry emoji of every kind: in a section heading (so in the agenda,
 * the divider and the running title), at the start of points, with U+FE0F (❤️, ⚠️), a
 * keycap (1️⃣), a ZWJ sequence (👩‍💻), a flag and a skin tone. Each must be drawn, not
 * left a blank gap of its width (issue 25: Fontsource's pieces of Noto Color Emoji hold
 * their glyphs as OpenType-SVG only, which Chromium does not draw).
 */
const ARTICLE = 'tests/fixtures/emoji/input.md'
const WORK = join(ROOT, 'tests/.tmp/emoji')
/** The emoji the article uses; each must be found drawn on a slide. */
const EMOJI = ['🚀', '✅', '💁', '🎓', '🧠', '❤️', '⚠️', '1️⃣', '👩‍💻', '🇫🇷', '👍🏽']
/** How far (0-255) a gray level may be from the background of an emoji's box before it counts as drawn. */
const INK_DISTANCE = 40
/** Least share of an emoji's box that must be drawn: a glyph covers far more, a blank gap none. */
const MIN_INK_SHARE = 0.12
/** The presenter view's current slide. */
const PRESENTER_CURRENT = '.grid-section.main'
/** A fontconfig rule that hides the machine's colour fonts, so only the deck's own emoji font can draw an emoji. */
const REJECT_COLOUR_FONTS = '      <pattern><patelt name="color"><bool>true</bool></patelt></pattern>\n'

/** An emoji where the print view drew it: its slide (0-based) and its box in CSS pixels of the slide. */
interface EmojiBox {
  text: string
  slide: number
  x: number
  y: number
  width: number
  height: number
}

/** Every emoji sequence in the elements matched by `root`, with its box relative to the closest `container`. Runs in the page. */
function findEmoji({ root, container }: { root: string, container: string }): EmojiBox[] {
  // eslint-disable-next-line prefer-regex-literals -- the `v` flag needs target ES2024 as a literal; Chromium runs it
  const pattern = new RegExp('\\p{RGI_Emoji}', 'gv')
  const containers = [...document.querySelectorAll(container)]
  const boxes: EmojiBox[] = []
  for (const element of document.querySelectorAll(root)) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.textContent!.matchAll(pattern)) {
        const range = document.createRange()
        range.setStart(node, match.index)
        range.setEnd(node, match.index + match[0].length)
        const box = range.getBoundingClientRect()
        const holder = node.parentElement!.closest(container)!
        const frame = holder.getBoundingClientRect()
        if (box.width > 0)
          boxes.push({ text: match[0], slide: containers.indexOf(holder), x: box.left - frame.left, y: box.top - frame.top, width: box.width, height: box.height })
      }
    }
  }
  return boxes
}

/** The share of a box's pixels (in image pixels) whose gray level is far from the box's most common one, its background. */
function inkShare(image: GrayImage, box: { x: number, y: number, width: number, height: number }): number {
  const values: number[] = []
  for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(image.height, Math.ceil(box.y + box.height)); y++) {
    for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(image.width, Math.ceil(box.x + box.width)); x++)
      values.push(Math.round(image.pixels[y * image.width + x]!))
  }
  const counts = new Map<number, number>()
  values.forEach(value => counts.set(value, (counts.get(value) ?? 0) + 1))
  const background = [...counts].sort((a, b) => b[1] - a[1])[0]![0]
  return values.filter(value => Math.abs(value - background) > INK_DISTANCE).length / Math.max(1, values.length)
}

/** A fontconfig file with the machine's fonts less its CJK and colour ones. */
function fontConfigWithoutColourFonts(dir: string): string {
  const file = writeNoCjkFontConfig(dir)
  writeFileSync(file, readFileSync(file, 'utf8').replace('<rejectfont>\n', `<rejectfont>\n${REJECT_COLOUR_FONTS}`))
  return file
}

describe('emoji are drawn in colour from the deck\'s own font', () => {
  const pngDir = join(WORK, 'exports/png')
  const previousFontConfig = process.env.FONTCONFIG_FILE
  let deck: PrintViewDeck
  let boxes: EmojiBox[]

  beforeAll(async () => {
    const fontConfig = fontConfigWithoutColourFonts(join(ROOT, 'tests/.tmp/emoji-fonts'))
    process.env.FONTCONFIG_FILE = fontConfig
    deck = await openDeckInPrintView(ARTICLE, WORK, { FONTCONFIG_FILE: fontConfig })
    boxes = await deck.view.page.evaluate(findEmoji, { root: PRINT_VIEW.slide, container: PRINT_VIEW.slide })
  })

  afterAll(async () => {
    await deck?.close()
    if (previousFontConfig === undefined)
      delete process.env.FONTCONFIG_FILE
    else
      process.env.FONTCONFIG_FILE = previousFontConfig
  })

  it('finds every emoji of the article on the slides, the heading\'s in the agenda too', () => {
    expect(new Set(boxes.map(box => box.text))).toEqual(new Set(EMOJI))
    expect(boxes.filter(box => box.text === '🚀').length).toBeGreaterThanOrEqual(3)
  })

  it('draws each emoji in the exported PNGs (no blank gap where a glyph should be)', () => {
    const blank = boxes.flatMap((box) => {
      const image = readGrayPng(join(pngDir, `${String(box.slide + 1).padStart(2, '0')}.png`))
      const scaled = { x: box.x * CANVAS.scale, y: box.y * CANVAS.scale, width: box.width * CANVAS.scale, height: box.height * CANVAS.scale }
      const share = inkShare(image, scaled)
      return share < MIN_INK_SHARE ? [`${box.text} on slide ${box.slide + 1}: ${(share * 100).toFixed(1)}% drawn`] : []
    })
    expect(blank).toEqual([])
  })

  it('declares the emoji font on every page, so the presenter view opened at a later slide draws them too', async () => {
    const slide = boxes.filter(box => box.text === '❤️').at(-1)!.slide + 1
    const page: Page = await deck.browser.newPage({ viewport: { width: 1366, height: 768 } })
    await page.route('**/*', route => (route.request().url().startsWith(deck.server.url) ? route.continue() : route.abort()))
    await page.goto(`${deck.server.url}#/presenter/${slide}`, { waitUntil: 'networkidle' })
    const current = `${PRESENTER_CURRENT} .slidev-page-${slide}`
    await page.waitForFunction(selector => document.querySelector(selector)?.checkVisibility(), current)
    await page.evaluate(() => document.fonts.ready)
    await page.evaluate('window.__name = window.__name || (f => f)')
    const faces = await page.evaluate(() => [...document.fonts].filter(face => face.family.replaceAll(/["']/g, '') === 'Deck Emoji').map(face => face.status))
    expect(faces).toContain('loaded')
    const shown = await page.evaluate(findEmoji, { root: current, container: 'body' })
    const heart = shown.find(box => box.text === '❤️')!
    expect(heart).toBeDefined()
    const png = await page.screenshot({ clip: { x: heart.x, y: heart.y, width: heart.width, height: heart.height } })
    const file = join(WORK, 'presenter-emoji.png')
    writeFileSync(file, png)
    expect(inkShare(readGrayPng(file), { x: 0, y: 0, width: 1e4, height: 1e4 })).toBeGreaterThan(MIN_INK_SHARE)
    await page.close()
  })
})
