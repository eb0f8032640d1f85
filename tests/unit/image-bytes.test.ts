import { Buffer } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { checkImage, claimedKind, detectImageKind, sanitizeSvg } from '../../scripts/pipeline/image-bytes'

const BYTES = {
  png: Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'),
  jpg: Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'),
  gif: Buffer.from('474946383961010001000000002c00000000010001000002', 'hex'),
  webp: Buffer.concat([Buffer.from('RIFF'), Buffer.from('24000000', 'hex'), Buffer.from('WEBPVP8 '), Buffer.alloc(16)]),
}

describe('detectImageKind and checkImage', () => {
  it.each(Object.entries(BYTES))('knows %s by its bytes', async (kind, bytes) => {
    expect(await detectImageKind(bytes)).toBe(kind)
  })

  it('knows SVG by its root element, after a declaration, comments and a doctype', async () => {
    const svg = '\uFEFF<?xml version="1.0"?>\n<!-- drawn by hand -->\n<!DOCTYPE svg [<!ENTITY a "b">]>\n<svg xmlns="http://www.w3.org/2000/svg"/>'
    expect(await detectImageKind(Buffer.from(svg))).toBe('svg')
    expect(await detectImageKind(Buffer.from('<?xml version="1.0"?><html/>'))).toBeUndefined()
  })

  it('refuses text, and bytes of another type than the name claims', async () => {
    expect(await checkImage(Buffer.from('password=hunter2\n'), 'secret.png')).toEqual({ problem: 'it is not an image' })
    expect(await checkImage(BYTES.jpg, 'photo.png')).toEqual({ problem: 'it is named .png but holds JPG data' })
    expect(await checkImage(BYTES.jpg, 'photo.JPEG')).toMatchObject({ kind: 'jpg' })
    expect(await checkImage(BYTES.gif, 'no-extension')).toMatchObject({ kind: 'gif' })
  })

  it('reads the claim from the extension only', () => {
    expect(claimedKind('a/b.svg')).toBe('svg')
    expect(claimedKind('a.jpeg')).toBe('jpg')
    expect(claimedKind('a.txt')).toBeUndefined()
  })
})

describe('sanitizeSvg', () => {
  const wrap = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attributes}${inner ? `>${inner}</svg>` : '/>'}`

  it.each([
    ['a script element', '<script>top.pwn=1</script>', ''],
    ['an event handler', '<rect onclick="top.pwn=1" onmouseover="x()" width="1"/>', '<rect width="1"/>'],
    ['a foreign object', '<foreignObject><img xmlns="http://www.w3.org/1999/xhtml" src="x" onerror="top.pwn=1"/></foreignObject>', ''],
    ['an external image', '<image href="http://127.0.0.1/x.png"/>', '<image/>'],
    ['a javascript link, keeping its text', '<a xlink:href="javascript:top.pwn=1"><text>go</text></a>', '<g><text>go</text></g>'],
    ['a use of another file', '<use href="other.svg#a"/><use xlink:href="#b"/>', '<use/><use xlink:href="#b"/>'],
    ['animation that could set a link', '<set attributeName="href" to="javascript:alert(1)"/><animate attributeName="href"/>', ''],
    ['CSS that loads from elsewhere', '<style>@import url(http://x/y.css);</style><rect style="fill:url(http://x/p)" fill="url(#g)"/>', '<style/><rect fill="url(#g)"/>'],
    ['editors\' metadata', '<rect inkscape:label="x" sodipodi:nodetypes="c" width="2"/><sodipodi:namedview/>', '<rect width="2"/>'],
  ])('drops %s', (_name, inner, kept) => {
    expect(sanitizeSvg(wrap(inner))).toBe(wrap(kept))
  })

  it('drops the doctype, so no entity is ever expanded, and handlers on the root', () => {
    const text = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>${wrap('<text>&x;</text>', ' onload="top.pwn=1"')}`
    const clean = sanitizeSvg(text)!
    expect(clean).not.toMatch(/DOCTYPE|ENTITY|onload|passwd/)
    expect(clean).toMatch(/^<svg /)
  })

  it('keeps drawing, text and embedded rasters, and refuses text with no svg root', () => {
    const inner = '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><path d="M0 0L10 10" stroke="url(#g)"/><text x="1">A &amp; B</text><image href="data:image/png;base64,iVBORw0KGgo="/>'
    expect(sanitizeSvg(wrap(inner))).toBe(wrap(inner))
    expect(sanitizeSvg('<html><body>x</body></html>')).toBeUndefined()
  })
})
