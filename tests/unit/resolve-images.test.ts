import type { AddressInfo } from 'node:net'
import type { Deck } from '../../scripts/plan/types'
import { Buffer } from 'node:buffer'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveImages } from '../../scripts/pipeline/resolve-images'

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')
let server: http.Server
let base: string
const hanging: http.ServerResponse[] = []

beforeAll(async () => {
  server = http.createServer((request, response) => {
    if (request.url === '/ok.png') {
      response.writeHead(200, { 'content-type': 'image/png' })
      response.end(PNG)
    }
    else if (request.url === '/page.png') {
      response.writeHead(200, { 'content-type': 'text/html' })
      response.end('<html></html>')
    }
    else if (request.url?.startsWith('/hang')) {
      hanging.push(response)
    }
    else {
      response.writeHead(404)
      response.end()
    }
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  hanging.forEach(response => response.destroy())
  await new Promise(resolve => server.close(resolve))
})

function deckWith(...srcs: string[]): Deck {
  return {
    meta: { title: 't', lang: 'en', source: 'a.md' },
    diagnostics: [],
    slides: [{ kind: 'content', title: 't', notes: [], blocks: srcs.map((src, i) => ({ type: 'image', src, alt: `image ${i}`, remote: src.startsWith('http'), line: i + 1 })) }],
  }
}

describe('resolveImages', () => {
  it('downloads a remote image beside the deck and points the deck at it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'images-'))
    const { resolveImage, diagnostics } = await resolveImages(deckWith(`${base}/ok.png`), join(out, 'a.md'), out)
    const path = resolveImage({ type: 'image', src: `${base}/ok.png`, alt: '', remote: true })
    expect(path).toMatch(/^\.\/assets\/images\/[0-9a-f]{16}\.png$/)
    expect(readFileSync(join(out, path!))).toEqual(PNG)
    expect(diagnostics).toEqual([])
  })

  it('waits a bounded time for a host that never answers, then shows a placeholder and says why', async () => {
    const out = mkdtempSync(join(tmpdir(), 'images-'))
    const srcs = [`${base}/hang/1.png`, `${base}/hang/2.png`, `${base}/hang/3.png`]
    const { resolveImage, diagnostics } = await resolveImages(deckWith(...srcs), join(out, 'a.md'), out, { timeoutMs: 300, concurrency: 1 })
    for (const src of srcs)
      expect(resolveImage({ type: 'image', src, alt: '', remote: true })).toBeUndefined()
    expect(diagnostics.map(d => d.message)).toEqual([
      `remote image ${srcs[0]} is shown as a placeholder: the host did not answer within 0.3 s`,
      `remote image ${srcs[1]} is shown as a placeholder: its host ${base.slice(7)} did not answer before`,
      `remote image ${srcs[2]} is shown as a placeholder: its host ${base.slice(7)} did not answer before`,
    ])
    expect(diagnostics.map(d => d.line)).toEqual([1, 2, 3])
  })

  it('refuses what is not an image, and a missing one', async () => {
    const out = mkdtempSync(join(tmpdir(), 'images-'))
    const { diagnostics } = await resolveImages(deckWith(`${base}/page.png`, `${base}/gone.png`), join(out, 'a.md'), out)
    expect(diagnostics.map(d => d.message)).toEqual([
      `remote image ${base}/page.png is shown as a placeholder: it is not an image (text/html)`,
      `remote image ${base}/gone.png is shown as a placeholder: the server answered 404`,
    ])
  })

  it('uses a local image that exists and reports one that does not, with its line', async () => {
    const out = mkdtempSync(join(tmpdir(), 'images-'))
    mkdirSync(join(out, 'article/img'), { recursive: true })
    writeFileSync(join(out, 'article/img/a.png'), PNG)
    const { resolveImage, diagnostics } = await resolveImages(deckWith('img/a.png', 'img/missing.png'), join(out, 'article/a.md'), join(out, 'deck'))
    expect(resolveImage({ type: 'image', src: 'img/a.png', alt: '', remote: false })).toBe('../article/img/a.png')
    expect(diagnostics).toEqual([{ severity: 'warning', message: 'image img/missing.png not found; a placeholder is shown', file: join(out, 'article/a.md'), line: 2 }])
  })

  it('never touches the network when offline, but uses what was downloaded before', async () => {
    const out = mkdtempSync(join(tmpdir(), 'images-'))
    await resolveImages(deckWith(`${base}/ok.png`), join(out, 'a.md'), out)
    const offline = await resolveImages(deckWith(`${base}/ok.png`, `${base}/other.png`), join(out, 'a.md'), out, { offline: true })
    expect(offline.resolveImage({ type: 'image', src: `${base}/ok.png`, alt: '', remote: true })).toMatch(/\.png$/)
    expect(offline.diagnostics.map(d => d.message)).toEqual([`remote image ${base}/other.png is shown as a placeholder: downloads are off (--offline)`])
    expect(existsSync(join(out, 'assets/images'))).toBe(true)
  })
})
