import type { ChildNode } from 'domhandler'
import type { Html, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import type { Diagnostic } from '../lib/diagnostics'
import { parseDocument } from 'htmlparser2'

/** Elements dropped with everything inside them: they run code, load things, or are not content. */
const DANGEROUS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'template', 'noscript', 'svg', 'math', 'canvas', 'video', 'audio', 'source', 'track', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'title', 'head', 'portal'])
/** Harmless inline elements kept as they are, without any attribute. */
export const ALLOWED_TAGS = new Set(['kbd', 'sub', 'sup', 'mark', 'abbr', 'ins', 'del', 's', 'small', 'u', 'i', 'b', 'em', 'strong', 'code', 'q', 'cite', 'dfn', 'var', 'samp', 'time'])
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol', 'details', 'summary', 'figure', 'figcaption', 'center'])
const SAFE_URL = /^(?:https?:|mailto:|#|\.{0,2}\/|[^:]*$)/i
const OPEN = '\uE000'
const CLOSE = '\uE001'
const SLOT = /\uE000(\d+)\uE001/g

/**
 * Makes an article's raw HTML safe to show: elements that run code or load things
 * (`<script>`, `<style>`, `<iframe>`, `<svg>` ...) are dropped with their content, HTML
 * comments are dropped, every attribute is dropped (event handlers, `v-`, `:` and `@`
 * bindings, styles), `<img>` becomes a Markdown image, a link with a safe address stays
 * a link, and harmless inline tags (`<kbd>`, `<sub>`, `<br>` ...) are kept bare. Any
 * other tag is removed and its text kept. Each drop is a diagnostic with its line.
 */
export function sanitizeHtml(tree: Root, file?: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const report = (message: string, line?: number) => diagnostics.push({ severity: 'warning', message, file, line })
  sanitizeChildren(tree, report)
  return diagnostics
}

type Report = (message: string, line?: number) => void

const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference'])

function sanitizeChildren(parent: { type?: string, children: Nodes[] }, report: Report): void {
  if (parent.type !== undefined && PHRASING_PARENTS.has(parent.type)) {
    parent.children = sanitizePhrasing(parent.children as PhrasingContent[], report)
    return
  }
  const out: Nodes[] = []
  for (const child of parent.children) {
    if (child.type === 'html') {
      out.push(...blockFromHtml(child, report))
      continue
    }
    if ('children' in child)
      sanitizeChildren(child as { children: Nodes[] }, report)
    out.push(child)
  }
  parent.children = out
}

function sanitizePhrasing(children: PhrasingContent[], report: Report): PhrasingContent[] {
  if (!children.some(child => child.type === 'html')) {
    for (const child of children) {
      if ('children' in child)
        sanitizeChildren(child as { children: Nodes[] }, report)
    }
    return children
  }
  let html = ''
  const slots: PhrasingContent[] = []
  const line = children.find(child => child.type === 'html')?.position?.start.line
  for (const child of children) {
    if (child.type === 'html') {
      html += child.value
      continue
    }
    if ('children' in child)
      sanitizeChildren(child as { children: Nodes[] }, report)
    html += `${OPEN}${slots.length}${CLOSE}`
    slots.push(child)
  }
  return convert(parseDocument(html, { decodeEntities: true }).children, slots, report, line)
}

function blockFromHtml(node: Html, report: Report): RootContent[] {
  const line = node.position?.start.line
  const children = trimBreaks(convert(parseDocument(node.value, { decodeEntities: true }).children, [], report, line))
  const visible = children.some(child => child.type === 'image' || (child.type === 'text' && child.value.trim() !== '') || 'children' in child)
  if (!visible)
    return []
  return [{ type: 'paragraph', children, position: node.position } satisfies Paragraph]
}

function convert(nodes: ChildNode[], slots: PhrasingContent[], report: Report, line: number | undefined): PhrasingContent[] {
  const out: PhrasingContent[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      out.push(...splitSlots(node.data, slots))
      continue
    }
    if (node.type === 'comment') {
      report('an HTML comment is not shown', line)
      continue
    }
    if (node.type === 'cdata' || node.type === 'directive')
      continue
    if (!('name' in node))
      continue
    const tag = node.name.toLowerCase()
    const inner = () => convert(node.children as ChildNode[], slots, report, line)
    if (DANGEROUS.has(tag)) {
      report(`<${tag}> was dropped with its content: nothing from the article runs or loads in the deck`, line)
      continue
    }
    if (tag === 'img') {
      const src = node.attribs.src?.trim()
      if (src)
        out.push({ type: 'image', url: src, alt: node.attribs.alt ?? '', title: node.attribs.title ?? null })
      continue
    }
    if (tag === 'br') {
      out.push({ type: 'break' })
      continue
    }
    if (tag === 'a') {
      const href = node.attribs.href?.trim()
      if (href && SAFE_URL.test(href))
        out.push({ type: 'link', url: href, children: inner() })
      else
        out.push(...inner())
      continue
    }
    if (ALLOWED_TAGS.has(tag)) {
      out.push({ type: 'html', value: `<${tag}>` }, ...inner(), { type: 'html', value: `</${tag}>` })
      continue
    }
    if (BLOCK_TAGS.has(tag) && out.length > 0)
      out.push({ type: 'break' })
    out.push(...inner())
  }
  return out
}

function splitSlots(text: string, slots: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = []
  let last = 0
  for (const match of text.matchAll(SLOT)) {
    if (match.index > last)
      out.push({ type: 'text', value: text.slice(last, match.index) })
    out.push(slots[Number(match[1])]!)
    last = match.index + match[0].length
  }
  if (last < text.length)
    out.push({ type: 'text', value: text.slice(last) })
  return out
}

function trimBreaks(children: PhrasingContent[]): PhrasingContent[] {
  let start = 0
  let end = children.length
  while (start < end && children[start]!.type === 'break')
    start++
  while (end > start && children[end - 1]!.type === 'break')
    end--
  return children.slice(start, end)
}
