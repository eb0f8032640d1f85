import type { AddressInfo } from 'node:net'
import type { Browser, Page } from 'playwright-chromium'
import type { SiteServer } from '../../scripts/export/serve-site'
import type { CliResult } from '../helpers/run-cli'
import { Buffer } from 'node:buffer'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { visit } from 'unist-util-visit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveSite } from '../../scripts/export/serve-site'
import { parseMarkdown } from '../../scripts/parse/parse-markdown'
import { openBrowser } from '../helpers/browser'
import { ROOT, runCommand } from '../helpers/run-cli'

/** Bytes planted beside the article's folder: none of them may reach the exports or the terminal. */
const SECRET = 'SECRET-CANARY-0451'
const TITLE = 'Own folder {{ 7*7 }} <script>top.pwn = \'fm-script\'</script>'
/** The images of the fixture that must show: PNG (query string), JPEG (fragment), GIF, WebP, SVG, root-relative PNG. */
const SHOWN_IMAGES = 6
/** Its images that cannot be shown (left out of the slides, named in the notes): above the folder, symlinked out, text named .png, a private address, a raw `<img src="x">`. */
const NOT_SHOWN = 5

let work: string
let outDir: string
let result: CliResult
let imageServer: http.Server
let imageRequests = 0
let site: SiteServer
let browser: Browser
let page: Page
let slideCount: number

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'deck-own-folder-'))
  const talk = join(work, 'talk')
  cpSync(join(ROOT, 'tests/fixtures/article-folder'), talk, { recursive: true })
  writeFileSync(join(work, 'secret.png'), `${SECRET}\n`)
  writeFileSync(join(work, 'secret.txt'), `${SECRET}\n`)
  symlinkSync(join(work, 'secret.txt'), join(talk, 'linked.png'))
  imageServer = http.createServer((_request, response) => {
    imageRequests++
    response.writeHead(200, { 'content-type': 'image/png' })
    response.end(readFileSync(join(talk, 'images/png/chart.png')))
  })
  await new Promise<void>(resolve => imageServer.listen(0, '127.0.0.1', resolve))
  const port = (imageServer.address() as AddressInfo).port
  const article = join(talk, 'article.md')
  writeFileSync(article, readFileSync(article, 'utf8').replace('PORT', String(port)))
  outDir = join(work, 'out')
  result = await runCommand('deck', [article, '--out', outDir, '--formats', 'pdf,png,site,notes'], { DECK_OFFLINE: '0' })
  site = await serveSite(join(outDir, 'exports/site'))
  browser = await openBrowser()
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  await page.route('**/*', route => (route.request().url().startsWith(site.url) ? route.continue() : route.abort()))
  slideCount = readdirSync(join(outDir, 'exports/png')).length
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
  await new Promise(resolve => imageServer?.close(resolve))
  rmSync(work, { recursive: true, force: true })
})

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

const pwned = () => page.evaluate(() => (window as { pwn?: unknown }).pwn)

describe('an article in its own folder, outside the project, with --out elsewhere', () => {
  it('builds, passes the check and warns once for each image it refuses', () => {
    expect(result.code, result.stderr).toBe(0)
    const check = JSON.parse(readFileSync(join(outDir, 'exports/check.json'), 'utf8'))
    expect(check.summary.passed).toBe(true)
    expect(check.summary.brokenImages).toBe(0)
    const warnings = result.stderr.split('\n').filter(line => line.includes('warning: '))
    expect(warnings.filter(line => /\.\.\/secret\.png|linked\.png|fake\.png/.test(line)).every(line => /article\.md:\d+: warning: image .* not shown/.test(line))).toBe(true)
    expect(warnings.some(line => /private\.png .*not a public address/.test(line))).toBe(true)
  })

  it('shows its PNG, JPEG, GIF, WebP, SVG and root-relative images, copied into the deck\'s folder, and names the others in the notes', async () => {
    await page.goto(`${site.url}?print=true#/print`, { waitUntil: 'networkidle' })
    await page.waitForFunction(count => document.querySelectorAll('.print-slide-container').length >= count, slideCount)
    const images = await page.evaluate(() => [...document.querySelectorAll<HTMLImageElement>('.print-slide-container img')].map(image => ({ src: image.src, width: image.naturalWidth })))
    expect(images.filter(image => image.width > 0)).toHaveLength(SHOWN_IMAGES)
    expect(await page.locator('.print-slide-container .deck-placeholder, .print-slide-container [class*="placeholder"]').count()).toBe(0)
    expect(readFileSync(join(outDir, 'slides.md'), 'utf8').match(/\(Figure not shown: /g)?.length ?? 0).toBeGreaterThanOrEqual(NOT_SHOWN)
    const copied = readdirSync(join(outDir, 'assets/images')).map(name => name.replace(/-[0-9a-f]+\./, '.')).sort()
    expect(copied).toEqual(['anim.gif', 'chart.png', 'diagram.svg', 'photo.jpg', 'pic.webp'])
    const svg = readFileSync(join(outDir, 'assets/images', readdirSync(join(outDir, 'assets/images')).find(name => name.endsWith('.svg'))!), 'utf8')
    expect(svg).not.toMatch(/script|onload|onclick|onerror|foreignObject|javascript:|127\.0\.0\.1/i)
  })

  it('lets no byte of a file outside the folder reach the exports or the terminal', () => {
    const base64 = Buffer.from(`${SECRET}\n`).toString('base64').slice(0, 16)
    for (const file of filesUnder(outDir)) {
      const bytes = readFileSync(file).toString('latin1')
      expect(bytes.includes(SECRET) || bytes.includes(base64), file).toBe(false)
    }
    expect(`${result.stdout}${result.stderr}`).not.toContain(SECRET)
  })

  it('asks a loopback image server nothing without --allow-private-images', async () => {
    expect(imageRequests).toBe(0)
    const allowed = await runCommand('generate', [join(work, 'talk/article.md'), '--out', join(work, 'allowed'), '--allow-private-images'], { DECK_OFFLINE: '0' })
    expect(allowed.code, allowed.stderr).toBe(0)
    expect(imageRequests).toBe(1)
  })

  it('runs nothing from the article on any slide, in the presenter view, the go-to dialog or the overview', async () => {
    for (let no = 1; no <= slideCount; no++) {
      await page.goto(`${site.url}#/${no}`, { waitUntil: 'networkidle' })
      await page.waitForSelector(`.slidev-page-${no}`, { state: 'attached' })
      expect(await pwned(), `slide ${no}`).toBeUndefined()
    }
    await page.goto(`${site.url}#/1`, { waitUntil: 'networkidle' })
    await page.locator('.slidev-page-1').first().click()
    await page.keyboard.press('g')
    await page.locator('#slidev-goto-input').fill('Own')
    await page.locator('.autocomplete-list').waitFor()
    const gotoText = await page.locator('.autocomplete-list').textContent() ?? ''
    expect(gotoText).toContain(TITLE)
    expect(await pwned()).toBeUndefined()
    await page.keyboard.press('Escape')
    await page.keyboard.press('o')
    await page.waitForTimeout(500)
    expect(await pwned()).toBeUndefined()
    await page.goto(`${site.url}#/overview`, { waitUntil: 'networkidle' })
    await page.waitForTimeout(500)
    expect(await page.locator('body').textContent()).toContain(TITLE)
    await page.goto(`${site.url}#/presenter/1`, { waitUntil: 'networkidle' })
    await page.waitForTimeout(300)
    expect(await pwned()).toBeUndefined()
    expect(await page.title()).toContain(TITLE)
  })

  it('shows the title literally on the cover and in the PDF', async () => {
    await page.goto(`${site.url}#/1`, { waitUntil: 'networkidle' })
    expect(await page.locator('.slidev-page-1 h1').first().textContent()).toBe(TITLE)
    const pdf = await PDFDocument.load(readFileSync(join(outDir, 'exports/slides.pdf')))
    expect(pdf.getTitle()).toBe(TITLE)
  })

  it('writes a talk script with no script links or raw HTML', () => {
    const notes = readFileSync(join(outDir, 'exports/notes.md'), 'utf8')
    const nodes: { type: string, url?: string }[] = []
    visit(parseMarkdown(notes), node => void nodes.push(node as { type: string, url?: string }))
    expect(nodes.filter(node => node.type === 'html')).toEqual([])
    expect(nodes.filter(node => node.type === 'link').map(node => node.url)).toEqual(['https://example.com/page'])
    expect(notes).toContain('onerror=top.pwn=5')
  })
})
