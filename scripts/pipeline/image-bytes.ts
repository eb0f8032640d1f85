import type { ChildNode, Element } from 'domhandler'
import { render } from 'dom-serializer'
import { isTag } from 'domhandler'
import { fileTypeFromBuffer } from 'file-type'
import { parseDocument } from 'htmlparser2'

/** The kinds of image a deck shows, by the extension its file gets. */
export type ImageKind = 'png' | 'jpg' | 'gif' | 'webp' | 'avif' | 'svg'

/** Extensions an image's name may carry, and the kind each claims. */
const CLAIMED: Record<string, ImageKind> = {
  png: 'png',
  apng: 'png',
  jpg: 'jpg',
  jpeg: 'jpg',
  jpe: 'jpg',
  jfif: 'jpg',
  gif: 'gif',
  webp: 'webp',
  avif: 'avif',
  svg: 'svg',
}

/** What `file-type` reports for each kind we keep. */
const DETECTED: Record<string, ImageKind> = { png: 'png', apng: 'png', jpg: 'jpg', gif: 'gif', webp: 'webp', avif: 'avif' }

/** What {@link checkImage} says of bytes that are no image at all. */
export const NOT_AN_IMAGE = 'it is not an image'

/** The kind of image a file name claims by its extension, if any. */
export function claimedKind(name: string): ImageKind | undefined {
  const extension = /\.([a-z\d]+)$/i.exec(name)?.[1]?.toLowerCase()
  return extension ? CLAIMED[extension] : undefined
}

/**
 * The kind of image these bytes are, from their content (magic bytes; SVG by its root
 * element), or undefined when they are no image a deck can show.
 */
export async function detectImageKind(bytes: Uint8Array): Promise<ImageKind | undefined> {
  const type = await fileTypeFromBuffer(bytes)
  if (type && type.ext !== 'xml')
    return DETECTED[type.ext]
  const text = decodeText(bytes)
  return text !== undefined && startsWithSvgRoot(text) ? 'svg' : undefined
}

function decodeText(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  }
  catch {
    return undefined
  }
}

/**
 * Whether the root element of this XML text is `<svg>`: after an optional BOM, XML
 * declaration, comments, processing instructions and doctype (with an internal subset).
 */
function startsWithSvgRoot(text: string): boolean {
  let at = skipSpace(text, text.startsWith('\uFEFF') ? 1 : 0)
  while (at < text.length) {
    if (text.startsWith('<?', at))
      at = skipPast(text, at, '?>')
    else if (text.startsWith('<!--', at))
      at = skipPast(text, at, '-->')
    else if (text.slice(at, at + '<!doctype'.length).toLowerCase() === '<!doctype')
      at = skipDoctype(text, at)
    else
      return /^<svg[\s/>]/.test(text.slice(at, at + '<svg '.length))
    at = skipSpace(text, at)
  }
  return false
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!))
    at++
  return at
}

function skipPast(text: string, at: number, end: string): number {
  const found = text.indexOf(end, at)
  return found < 0 ? text.length : found + end.length
}

function skipDoctype(text: string, at: number): number {
  const close = text.indexOf('>', at)
  const subset = text.indexOf('[', at)
  if (subset >= 0 && (close < 0 || subset < close))
    return skipPast(text, skipPast(text, subset, ']'), '>')
  return close < 0 ? text.length : close + 1
}

/** An image checked and made safe to ship: its kind and the bytes to write. */
export type CheckedImage = { kind: ImageKind, bytes: Uint8Array } | { problem: string }

/**
 * Checks that `bytes` are an image, of the kind `name` claims when it claims one, and
 * makes an SVG inert (see {@link sanitizeSvg}). Anything else is a problem, in words.
 */
export async function checkImage(bytes: Uint8Array, name: string): Promise<CheckedImage> {
  const kind = await detectImageKind(bytes)
  if (!kind)
    return { problem: NOT_AN_IMAGE }
  const claimed = claimedKind(name)
  if (claimed && claimed !== kind)
    return { problem: `it is named .${claimed} but holds ${kind.toUpperCase()} data` }
  if (kind !== 'svg')
    return { kind, bytes }
  const clean = sanitizeSvg(new TextDecoder().decode(bytes))
  return clean ? { kind, bytes: new TextEncoder().encode(clean) } : { problem: 'it is not a usable SVG image' }
}

/** SVG elements kept: shapes, text, paint servers, filters and structure. Anything else is dropped with its content. */
const SVG_ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'switch',
  'title',
  'desc',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textpath',
  'marker',
  'lineargradient',
  'radialgradient',
  'stop',
  'pattern',
  'clippath',
  'mask',
  'image',
  'style',
  'filter',
  'feblend',
  'fecolormatrix',
  'fecomponenttransfer',
  'fecomposite',
  'feconvolvematrix',
  'fediffuselighting',
  'fedisplacementmap',
  'fedistantlight',
  'fedropshadow',
  'feflood',
  'fefunca',
  'fefuncb',
  'fefuncg',
  'fefuncr',
  'fegaussianblur',
  'feimage',
  'femerge',
  'femergenode',
  'femorphology',
  'feoffset',
  'fepointlight',
  'fespecularlighting',
  'fespotlight',
  'fetile',
  'feturbulence',
])

/** Attribute prefixes kept; other namespaces (editors' metadata) are dropped. */
const FOREIGN_PREFIXES_KEPT = new Set(['xlink', 'xml', 'xmlns'])

/** References that stay inside the picture: a fragment, or an embedded raster image. */
const SAFE_REFERENCE = /^\s*(?:#[\w.:-]*|data:image\/(?:png|jpeg|gif|webp|avif);base64,[a-z\d+/=\s]*)$/i
/** CSS that reaches outside the picture or runs script. */
const UNSAFE_CSS = /@import|url\s*\(\s*(?!['"]?#)|expression\s*\(|javascript:|-moz-binding|behavior\s*:/i
/** Attribute values that run script wherever they appear. */
const SCRIPT_VALUE = /^\s*(?:javascript|vbscript|data:(?!image\/(?:png|jpeg|gif|webp|avif);))/i

/**
 * Makes an SVG image inert: only drawing elements are kept (no `<script>`, no
 * `<foreignObject>`, no unknown elements, no animation that could set links), no `on*`
 * attribute, no reference outside the picture (`href` only to `#fragments` or embedded
 * raster images; CSS without `url()` to elsewhere or `@import`), and no doctype (so no
 * entity tricks). Returns undefined when the text has no `<svg>` root.
 */
export function sanitizeSvg(text: string): string | undefined {
  const document = parseDocument(text, { xmlMode: true, decodeEntities: true })
  const root = document.children.find((node): node is Element => isTag(node) && node.name.toLowerCase() === 'svg')
  if (!root)
    return undefined
  cleanElement(root)
  if (!root.attribs.xmlns)
    root.attribs.xmlns = 'http://www.w3.org/2000/svg'
  return render(root, { xmlMode: true, encodeEntities: 'utf8' })
}

function cleanElement(element: Element): void {
  for (const [name, value] of Object.entries(element.attribs)) {
    if (!isSafeAttribute(name, value))
      delete element.attribs[name]
  }
  element.children = element.children.filter((child: ChildNode) => {
    if (child.type === 'text' || child.type === 'cdata')
      return element.name.toLowerCase() !== 'style' || !UNSAFE_CSS.test(textOf(child))
    if (!isTag(child))
      return false
    if (localName(child.name) === 'a')
      child.name = 'g'
    if (!SVG_ELEMENTS.has(localName(child.name)) || !isSvgName(child.name))
      return false
    cleanElement(child)
    return true
  })
}

function isSafeAttribute(name: string, value: string): boolean {
  const local = localName(name)
  if (name.includes(':') && !FOREIGN_PREFIXES_KEPT.has(name.split(':')[0]!.toLowerCase()))
    return false
  if (local.startsWith('on') || SCRIPT_VALUE.test(value))
    return false
  if (local === 'href' || local === 'src')
    return SAFE_REFERENCE.test(value)
  if (local === 'style' || /url\s*\(/i.test(value))
    return !UNSAFE_CSS.test(value)
  if (name.startsWith('xmlns'))
    return /^http:\/\/www\.w3\.org\//.test(value)
  return true
}

/** Element names in the SVG namespace: unprefixed or `svg:`. */
function isSvgName(name: string): boolean {
  return !name.includes(':') || name.toLowerCase().startsWith('svg:')
}

function localName(name: string): string {
  return name.toLowerCase().replace(/^.*:/, '')
}

function textOf(node: ChildNode): string {
  if (node.type === 'text')
    return node.data
  return 'children' in node ? node.children.map(textOf).join('') : ''
}
