import type { OutgoingHttpHeaders } from 'node:http'
import type { Browser, Page } from 'playwright-chromium'
import type { WatchProcess } from '../helpers/watch-process'
import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { splitSlides } from '../../scripts/merge'
import { DEV_ENDPOINTS, NAV_STATE } from '../../scripts/model/slidev-contract'
import { openBrowser } from '../helpers/browser'
import { freePort } from '../helpers/free-port'
import { ROOT } from '../helpers/run-cli'
import { startWatch } from '../helpers/watch-process'

const DIR = join(ROOT, 'tests/.tmp/watch')
/** The deck's folder: `present --watch` serves it; `outside.md` lies beside it. */
const DECK = join(DIR, 'deck')
const SLIDES = join(DECK, 'slides.md')
/** The article `present --watch` watches. */
const ARTICLE = join(DIR, 'talk.md')
const OUTSIDE_TEXT = 'OUTSIDE-THE-DECK-4f1c9e'
const FOREIGN = 'http://evil.example'
/** Slidev's navigation state at the start of a talk (`state/shared.ts`), as its client posts it. */
const NAV_START = { page: 1, clicks: 0, clicksTotal: 0, timer: { status: 'stopped', slides: {}, startedAt: 0, pausedAt: 0 } }
/** The packages the theme's components import from npm (diagrams' layout and scales). */
const THEME_PACKAGES = ['d3-hierarchy', 'd3-scale', 'd3-shape', '@dagrejs/dagre']
/** How long a refused write is given to show up anyway before the file is compared. */
const SETTLE_MS = 1500

let watch: WatchProcess | undefined
let browser: Browser | undefined
let port: number

interface Answer {
  status: number
  body: string
}

/** Sends a request to the watch server on 127.0.0.1 with the headers given by hand (Host, Origin ...). */
function send(method: string, path: string, headers: OutgoingHttpHeaders = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method, path, headers }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (text += chunk))
      response.on('end', () => resolve({ status: response.statusCode!, body: text }))
    })
    request.on('error', reject)
    request.end(body)
  })
}

/** Asks for Vite's HMR websocket; resolves with the status: 101 when it was opened. */
function openSocket(path: string, headers: OutgoingHttpHeaders): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: '127.0.0.1',
      port,
      path,
      headers: { 'Connection': 'Upgrade', 'Upgrade': 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': randomBytes(16).toString('base64'), 'Sec-WebSocket-Protocol': 'vite-hmr', ...headers },
    })
    request.on('upgrade', (response, socket) => {
      socket.destroy()
      resolve(response.statusCode!)
    })
    request.on('response', (response) => {
      response.resume()
      resolve(response.statusCode!)
    })
    request.on('error', reject)
    request.end()
  })
}

const own = () => `http://127.0.0.1:${port}`
const slideCount = () => readFileSync(SLIDES, 'utf8').match(/^layout: /gm)?.length ?? 0

/** Every slide's data as the dev server serves it (the slides of the last load and two beyond). */
async function servedSlides(): Promise<string[]> {
  const answers = await Promise.all(Array.from({ length: slideCount() + 2 }, (_, index) => send('GET', DEV_ENDPOINTS.slideData(index + 1))))
  return answers.filter(answer => answer.status === 200).map(answer => answer.body)
}

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true })
  mkdirSync(DECK, { recursive: true })
  copyFileSync(join(ROOT, 'tests/fixtures/e2e/article.md'), ARTICLE)
  writeFileSync(join(DIR, 'outside.md'), `# ${OUTSIDE_TEXT}\n\n${OUTSIDE_TEXT}\n`)
  // A folder of its own for Vite's cache (the nearest package.json's node_modules/.vite), empty on every run as on a fresh machine, instead of the project's.
  writeFileSync(join(DIR, 'package.json'), '{ "private": true }\n')
  port = await freePort()
  watch = await startWatch(ARTICLE, DECK, port)
})

afterAll(async () => {
  watch?.stop()
  await browser?.close()
})

describe('present --watch answers only the deck\'s own pages, and only to read', () => {
  it('has the packages the theme\'s diagrams import pre-bundled when it starts, before any page asks for them (a late bundle reloads every open page)', async () => {
    const metadata = join(DIR, 'node_modules/.vite/deps/_metadata.json')
    await expect.poll(() => existsSync(metadata), { timeout: 60_000 }).toBe(true)
    const optimized = Object.keys((JSON.parse(readFileSync(metadata, 'utf8')) as { optimized: Record<string, unknown> }).optimized)
    expect(optimized).toEqual(expect.arrayContaining(THEME_PACKAGES))
  })

  it('refuses a POST that would rewrite a slide (a text/plain body needs no preflight), from any page or process', async () => {
    const before = readFileSync(SLIDES)
    const rewrite = JSON.stringify({ content: '<script setup>\nconsole.log(1)\n</script>\n\n# rewritten' })
    for (const headers of [{ 'Content-Type': 'text/plain' }, { 'Content-Type': 'text/plain', 'Origin': FOREIGN }, { 'Content-Type': 'application/json', 'Origin': own() }])
      expect((await send('POST', DEV_ENDPOINTS.slideData(1), headers, rewrite)).status, JSON.stringify(headers)).toBe(403)
    await new Promise(resolve => setTimeout(resolve, SETTLE_MS))
    expect(readFileSync(SLIDES).equals(before)).toBe(true)
    expect(existsSync(join(DECK, '.slidev'))).toBe(false)
  })

  it('refuses a POST that points a slide at /etc/passwd, and no slide\'s data ever holds it', async () => {
    const before = readFileSync(SLIDES)
    for (const body of [{ frontmatter: { src: '../../../../etc/passwd' } }, { frontmatterRaw: 'src: ../../../../etc/passwd' }]) {
      for (const no of [1, 2])
        expect((await send('POST', DEV_ENDPOINTS.slideData(no), { 'Content-Type': 'text/plain' }, JSON.stringify(body))).status).toBe(403)
    }
    await new Promise(resolve => setTimeout(resolve, SETTLE_MS))
    expect(readFileSync(SLIDES).equals(before)).toBe(true)
    const served = await servedSlides()
    expect(served.length).toBe(slideCount())
    for (const slide of served)
      expect(slide).not.toContain('root:')
  })

  it('does not open an editor, run the MCP server or show Vite\'s inspector, whatever the spelling', async () => {
    for (const path of ['/__open-in-editor?file=/etc/passwd', '/__OPEN-IN-EDITOR?file=/etc/passwd', '/%5F%5Fopen-in-editor?file=/etc/passwd', '/__inspect/'])
      expect((await send('GET', path)).status, path).toBe(403)
    const call = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} })
    expect((await send('POST', DEV_ENDPOINTS.mcp, { 'Content-Type': 'application/json', 'Accept': 'application/json, text/event-stream' }, call)).status).toBe(403)
    expect((await send('GET', DEV_ENDPOINTS.mcp, { Accept: 'text/event-stream' })).status).toBe(403)
    expect((await send('GET', `${DEV_ENDPOINTS.mcp}/`)).status).toBe(403)
  })

  it('refuses another Host (DNS rebinding), another origin, another site\'s subresource; lets a link from another site open the deck', async () => {
    expect((await send('GET', '/')).status).toBe(200)
    expect((await send('GET', '/', { Host: `localhost:${port}` })).status).toBe(200)
    expect((await send('GET', '/', { Host: 'evil.example' })).status).toBe(403)
    expect((await send('GET', DEV_ENDPOINTS.slideData(1), { Host: `evil.example:${port}` })).status).toBe(403)
    expect((await send('GET', '/', { Host: `127.0.0.1:${port + 1}` })).status).toBe(403)
    expect((await send('GET', '/', { Origin: FOREIGN })).status).toBe(403)
    expect((await send('GET', '/@vite/client', { Origin: FOREIGN })).status).toBe(403)
    expect((await send('GET', DEV_ENDPOINTS.slideData(1), { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'cors' })).status).toBe(403)
    expect((await send('GET', '/', { 'Sec-Fetch-Site': 'same-site', 'Sec-Fetch-Mode': 'no-cors', 'Sec-Fetch-Dest': 'image' })).status).toBe(403)
    expect((await send('GET', '/', { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Dest': 'iframe' })).status).toBe(403)
    expect((await send('GET', '/', { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate', 'Sec-Fetch-Dest': 'document' })).status).toBe(200)
  })

  it('takes the navigation state only from its own pages, as Slidev\'s client posts it', async () => {
    const json = { 'Content-Type': 'application/json' }
    const state = JSON.stringify({ source: 'test', data: NAV_START, timestamp: Date.now() })
    expect((await send('POST', NAV_STATE.path, { ...json, Origin: own() }, state)).status).toBe(200)
    expect((await send('POST', NAV_STATE.path, { ...json, Origin: FOREIGN }, state)).status).toBe(403)
    expect((await send('POST', NAV_STATE.path, json, state)).status).toBe(403)
    expect((await send('POST', NAV_STATE.path, { 'Content-Type': 'text/plain', 'Origin': own() }, state)).status).toBe(403)
    const polluting = '{"source":"test","patch":{"__proto__":{"polluted":true}},"timestamp":1}'
    expect((await send('POST', NAV_STATE.path, { ...json, Origin: own() }, polluting)).status).toBe(403)
    for (const key of ['drawings', 'snapshots'])
      expect((await send('POST', `${DEV_ENDPOINTS.serverState[1]}${key}`, { ...json, Origin: own() }, JSON.stringify({ source: 'test', data: {} }))).status).toBe(403)
    expect(existsSync(join(DECK, '.slidev'))).toBe(false)
  })

  it('opens Vite\'s HMR websocket for its own pages (with the token of /@vite/client) and not for another origin or Host', async () => {
    const client = await send('GET', '/@vite/client')
    const token = /const wsToken = "([^"]+)"/.exec(client.body)?.[1]
    expect(token).toBeTruthy()
    expect(await openSocket(`/?token=${token}`, { Origin: own() })).toBe(101)
    expect(await openSocket('/', { Origin: FOREIGN })).not.toBe(101)
    expect(await openSocket('/?token=guess', { Origin: FOREIGN })).not.toBe(101)
    expect(await openSocket(`/?token=${token}`, { Origin: `${FOREIGN}:${port}`, Host: `evil.example:${port}` })).not.toBe(101)
  })

  it('serves the deck to its own pages: slide 1, the presenter view with its notes, the audience following the presenter; and when the article changes, the open deck changes with it', async () => {
    browser = await openBrowser()
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } })
    const refused: string[] = []
    const offMachine: string[] = []
    context.on('response', response => response.status() === 403 && refused.push(response.url()))
    // What the pages ran into, to say why when one of them does not show what is waited for.
    const troubles: string[] = []
    context.on('weberror', error => troubles.push(`page error: ${error.error().message}`))
    context.on('console', message => message.type() === 'error' && troubles.push(`console: ${message.text()}`))
    context.on('requestfailed', request => troubles.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`))
    const explained = (error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}\nthe pages ran into:\n${troubles.join('\n')}\npresent --watch said:\n${watch!.log().slice(-2000)}`)
    }
    await context.route('**/*', route => route.request().url().startsWith(`${own()}/`) ? route.continue() : (offMachine.push(route.request().url()), route.abort()))
    const open = async (hash: string): Promise<Page> => {
      const page = await context.newPage()
      await page.goto(`${own()}/${hash}`, { waitUntil: 'load', timeout: 90_000 })
      return page
    }
    const audience = await open('#/1')
    const title = () => audience.evaluate(() => document.querySelector('.slidev-page-1 h1')?.textContent?.trim() ?? '')
    await expect.poll(title, { timeout: 60_000 }).toBe('端到端测试：为什么要写测试')
    writeFileSync(ARTICLE, readFileSync(ARTICLE, 'utf8').replace('title: 端到端测试：为什么要写测试', 'title: 边改边看：标题已更新'))
    await expect.poll(() => watch!.log(), { timeout: 20_000 }).toMatch(/regenerated \d+ slides in \d+ ms/)
    await expect.poll(title, { timeout: 30_000 }).toBe('边改边看：标题已更新')
    expect(readFileSync(SLIDES, 'utf8')).toContain('title: "边改边看：标题已更新"')

    const presenter = await open('#/presenter/1')
    await presenter.waitForSelector('[data-testid=presenter-notes] .slidev-note p', { timeout: 60_000 }).catch(explained)
    await presenter.keyboard.press('ArrowRight')
    await presenter.waitForFunction(() => location.hash.startsWith('#/presenter/2'))
    // The audience follows through the dev server's shared state: generous, for a machine busy with other tests.
    await audience.waitForFunction(() => location.hash.startsWith('#/2'), undefined, { timeout: 30_000 })
    expect(refused).toEqual([])
    expect(offMachine).toEqual([])
    await context.close()
  }, 240_000)

  it('does not serve a file outside the deck\'s folder that a hand-written slides.md names with src:', async () => {
    const marker = 'RELOADED-AFTER-HAND-EDIT'
    writeFileSync(SLIDES, `${readFileSync(SLIDES, 'utf8')}\n---\nsrc: ../outside.md\n---\n\n---\nlayout: content\n---\n\n# ${marker}\n`)
    await expect.poll(async () => (await servedSlides()).some(slide => slide.includes(marker)), { timeout: 30_000, interval: 500 }).toBe(true)
    for (const slide of await servedSlides())
      expect(slide).not.toContain(OUTSIDE_TEXT)
  })

  it('keeps the speaker\'s edit to slides.md when the article changes while it watches', async () => {
    const agenda = splitSlides(readFileSync(SLIDES, 'utf8')).find(chunk => chunk.id === 'agenda')!
    writeFileSync(SLIDES, readFileSync(SLIDES, 'utf8').replace(agenda.text, agenda.text.replace('# 目录', '# 今天讲什么')))
    const regenerated = (watch!.log().match(/regenerated \d+ slides/g) ?? []).length
    writeFileSync(ARTICLE, readFileSync(ARTICLE, 'utf8').replace('测试让我们敢于修改代码。', '测试让我们敢于修改代码。改完立刻就能知道有没有改坏。'))
    await expect.poll(() => (watch!.log().match(/regenerated \d+ slides/g) ?? []).length, { timeout: 20_000 }).toBeGreaterThan(regenerated)
    const merged = readFileSync(SLIDES, 'utf8')
    expect(merged).toContain('改完立刻就能知道有没有改坏')
    expect(splitSlides(merged).find(chunk => chunk.id === 'agenda')!.text).toContain('# 今天讲什么')
    expect(watch!.log()).toContain('your edits kept')
  })
})
