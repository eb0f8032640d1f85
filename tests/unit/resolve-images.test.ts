import type { AddressInfo } from 'node:net'
import type { Deck } from '../../scripts/model/deck'
import { Buffer } from 'node:buffer'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveImages } from '../../scripts/pipeline/resolve-images'

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')
let server: http.Server
let base: string
const hanging: http.ServerResponse[] = []
let requests = 0
/** The test server is on loopback: only reachable with `allowPrivate`. */
const LOOPBACK = { allowPrivate: true }

beforeAll(async () => {
  server = http.createServer((request, response) => {
    requests++
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
    const { resolveImage, diagnostics } = await resolveImages(deckWith(`${base}/ok.png`), join(out, 'a.md'), out, LOOPBACK)
    const path = resolveImage({ type: 'image', src: `${base}/ok.png`, alt: '', remote: true })
    expect(path).toMatch(/^\.\/assets\/images\/[0-9a-f]{16}\.png$/)
    expect(readFileSync(join(out, path!))).toEqual(PNG)
    expect(diagnostics).toEqual([])
  })

  it('waits a bounded time for a host that never answers, then shows a placeholder and says why', async () => {
    const out = mkdtempSync(join(tmpdir(), 'images-'))
    const srcs = [`${base}/hang/1.png`, `${base}/hang/2.png`, `${base}/hang/3.png`]
    const { resolveImage, diagnostics } = await resolveImages(deckWith(...srcs), join(out, 'a.md'), out, { ...LOOPBACK, timeoutMs: 300, concurrency: 1 })
    for (const src of srcs)
      expect(resolveImage({ type: 'image', src, alt: '', remote: true })).toBeUndefined()
    expect(diagnostics.map(d => d.message)).toEqual([
      `remote image ${srcs[0]} is left out of the slides (named in the notes): the host did not answer within 0.3 s`,
      `remote image ${srcs[1]} is left out of the slides (named in the notes): its host ${base.slice(7)} did not answer before`,
      `remote image ${srcs[2]} is left out of the slides (named in the notes): its host ${base.slice(7)} did not answer before`,
    ])
    expect(diagnostics.map(d => d.line)).toEqual([1, 2, 3])
  })

  it('refuses what is not an image, and a missing one', async () => {
    const out = mkdtempSync(join(tmpdir(), 'images-'))
    const { diagnostics } = await resolveImages(deckWith(`${base}/page.png`, `${base}/gone.png`), join(out, 'a.md'), out, LOOPBACK)
    expect(diagnostics.map(d => d.message)).toEqual([
      expect.stringMatching(`^remote image ${base}/page.png is left out of the slides \\(named in the notes\\): it is not an image`),
      `remote image ${base}/gone.png is left out of the slides (named in the notes): the server answered 404`,
    ])
  })

  it('copies a local image into the deck\'s folder (any --out), and reports a missing one with its line', async () => {
    const out = mkdtempSync(join(tmpdir(), 'images-'))
    mkdirSync(join(out, 'article/img'), { recursive: true })
    writeFileSync(join(out, 'article/img/a.png'), PNG)
    const { resolveImage, diagnostics } = await resolveImages(deckWith('img/a.png?WT.mc_id=x#top', 'img/missing.png'), join(out, 'article/a.md'), join(out, 'deck'))
    const path = resolveImage({ type: 'image', src: 'img/a.png?WT.mc_id=x#top', alt: '', remote: false })
    expect(path).toMatch(/^\.\/assets\/images\/a-[0-9a-f]{12}\.png$/)
    expect(readFileSync(join(out, 'deck', path!))).toEqual(PNG)
    expect(diagnostics).toEqual([{ severity: 'warning', message: 'image img/missing.png not found; it is left out of the slides (named in the notes)', file: join(out, 'article/a.md'), line: 2 }])
  })

  it('reads nothing outside the article\'s folder: no ../ escape, no symlink out, no text named .png', async () => {
    const out = mkdtempSync(join(tmpdir(), 'images-'))
    mkdirSync(join(out, 'site/article'), { recursive: true })
    writeFileSync(join(out, 'secret.png'), PNG)
    writeFileSync(join(out, 'site/article/notes.png'), 'SECRET TEXT')
    symlinkSync(join(out, 'secret.png'), join(out, 'site/article/link.png'))
    const srcs = ['../../secret.png', 'link.png', 'notes.png', '/../secret.png']
    const { resolveImage, diagnostics } = await resolveImages(deckWith(...srcs), join(out, 'site/article/a.md'), join(out, 'deck'), { assetsDir: join(out, 'site') })
    for (const src of srcs)
      expect(resolveImage({ type: 'image', src, alt: '', remote: false })).toBeUndefined()
    expect(diagnostics.map(d => d.message)).toEqual([
      'image ../../secret.png not shown: it lies outside the article\'s folder; it is left out of the slides (named in the notes)',
      'image link.png not shown: it lies outside the article\'s folder; it is left out of the slides (named in the notes)',
      'image notes.png not shown: it is not an image; it is left out of the slides (named in the notes)',
      'image /../secret.png not shown: it lies outside the article\'s folder; it is left out of the slides (named in the notes)',
    ])
    expect(existsSync(join(out, 'deck/assets/images')) ? readdirSync(join(out, 'deck/assets/images')) : []).toEqual([])
  })

  it('resolves root-relative links against --assets, or the nearest folder up to the site\'s root that holds them', async () => {
    const out = mkdtempSync(join(tmpdir(), 'images-'))
    mkdirSync(join(out, 'blog/_posts'), { recursive: true })
    mkdirSync(join(out, 'blog/images/t'), { recursive: true })
    writeFileSync(join(out, 'blog/_config.yml'), 'title: a Jekyll site\n')
    writeFileSync(join(out, 'blog/images/t/x.png'), PNG)
    const searched = await resolveImages(deckWith('/images/t/x.png'), join(out, 'blog/_posts/post.md'), join(out, 'deck'))
    expect(searched.resolveImage({ type: 'image', src: '/images/t/x.png', alt: '', remote: false })).toMatch(/^\.\/assets\/images\/x-[0-9a-f]+\.png$/)
    const given = await resolveImages(deckWith('/t/x.png', '/images/t/x.png'), join(out, 'blog/_posts/post.md'), join(out, 'deck'), { assetsDir: join(out, 'blog/images') })
    expect(given.resolveImage({ type: 'image', src: '/t/x.png', alt: '', remote: false })).toMatch(/x-[0-9a-f]+\.png$/)
    expect(given.diagnostics.map(d => d.message)).toEqual(['image /images/t/x.png not found; it is left out of the slides (named in the notes)'])
  })

  it('never reads a root-relative link above the site\'s root, nor an absolute path of the disk', async () => {
    const out = mkdtempSync(join(tmpdir(), 'images-'))
    mkdirSync(join(out, 'home/you/Pictures'), { recursive: true })
    mkdirSync(join(out, 'home/you/notes/talk'), { recursive: true })
    const scan = Buffer.concat([PNG, Buffer.from('PRIVATE SCAN')])
    writeFileSync(join(out, 'home/you/Pictures/scan.png'), scan)
    writeFileSync(join(out, 'home/you/package.json'), '{}')
    mkdirSync(join(out, 'home/you/notes/talk/blog'), { recursive: true })
    writeFileSync(join(out, 'home/you/notes/talk/blog/mkdocs.yml'), 'site_name: x\n')
    const article = join(out, 'home/you/notes/talk/blog/post.md')
    const srcs = [join(out, 'home/you/Pictures/scan.png'), '/Pictures/scan.png', '/../../../Pictures/scan.png']
    const { resolveImage, diagnostics } = await resolveImages(deckWith(...srcs), article, join(out, 'deck'))
    for (const src of srcs)
      expect(resolveImage({ type: 'image', src, alt: '', remote: false })).toBeUndefined()
    expect(diagnostics).toHaveLength(srcs.length)
    expect(diagnostics.every(d => d.severity === 'warning' && d.file === article)).toBe(true)
    expect(existsSync(join(out, 'deck/assets/images')) ? readdirSync(join(out, 'deck/assets/images')) : []).toEqual([])
  })

  it('takes root-relative links from the article\'s own folder when no site root lies above it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'images-'))
    mkdirSync(join(out, 'talk/images'), { recursive: true })
    mkdirSync(join(out, 'images'), { recursive: true })
    writeFileSync(join(out, 'talk/images/own.png'), PNG)
    writeFileSync(join(out, 'images/above.png'), PNG)
    const { resolveImage, diagnostics } = await resolveImages(deckWith('/images/own.png', '/images/above.png'), join(out, 'talk/a.md'), join(out, 'deck'))
    expect(resolveImage({ type: 'image', src: '/images/own.png', alt: '', remote: false })).toMatch(/own-[0-9a-f]+\.png$/)
    expect(resolveImage({ type: 'image', src: '/images/above.png', alt: '', remote: false })).toBeUndefined()
    expect(diagnostics.map(d => d.message)).toEqual(['image /images/above.png not found in the article\'s folder or its site (a root-relative link: give the site\'s folder with --assets DIR); it is left out of the slides (named in the notes)'])
  })

  it('makes an SVG inert and refuses a file whose bytes are not the type its name claims', async () => {
    const out = mkdtempSync(join(tmpdir(), 'images-'))
    writeFileSync(join(out, 'evil.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="top.pwn=1"><script>top.pwn=2</script><rect width="5" height="5" onclick="x()"/><foreignObject><p>x</p></foreignObject></svg>')
    writeFileSync(join(out, 'fake.jpg'), PNG)
    const { resolveImage, diagnostics } = await resolveImages(deckWith('evil.svg', 'fake.jpg'), join(out, 'a.md'), join(out, 'deck'))
    const svg = readFileSync(join(out, 'deck', resolveImage({ type: 'image', src: 'evil.svg', alt: '', remote: false })!), 'utf8')
    expect(svg).toBe('<svg xmlns="http://www.w3.org/2000/svg"><rect width="5" height="5"/></svg>')
    expect(diagnostics.map(d => d.message)).toEqual(['image fake.jpg not shown: it is named .jpg but holds PNG data; it is left out of the slides (named in the notes)'])
  })

  it('asks no loopback or private address unless allowed, and no address at all with --no-remote-images', async () => {
    const out = mkdtempSync(join(tmpdir(), 'images-'))
    const before = requests
    const guarded = await resolveImages(deckWith(`${base}/ok.png`), join(out, 'a.md'), out)
    const off = await resolveImages(deckWith(`${base}/ok.png`), join(out, 'a.md'), out, { ...LOOPBACK, remoteImages: false })
    expect(requests).toBe(before)
    expect(guarded.diagnostics[0]?.message).toMatch(/private|loopback|public/)
    expect(off.diagnostics.map(d => d.message)).toEqual([`remote image ${base}/ok.png is left out of the slides (named in the notes): remote images are off (--no-remote-images)`])
  })

  it('never touches the network when offline, but uses what was downloaded before', async () => {
    const out = mkdtempSync(join(tmpdir(), 'images-'))
    await resolveImages(deckWith(`${base}/ok.png`), join(out, 'a.md'), out, LOOPBACK)
    const offline = await resolveImages(deckWith(`${base}/ok.png`, `${base}/other.png`), join(out, 'a.md'), out, { offline: true })
    expect(offline.resolveImage({ type: 'image', src: `${base}/ok.png`, alt: '', remote: true })).toMatch(/\.png$/)
    expect(offline.diagnostics.map(d => d.message)).toEqual([`remote image ${base}/other.png is left out of the slides (named in the notes): downloads are off (--offline)`])
    expect(existsSync(join(out, 'assets/images'))).toBe(true)
  })
})
