import type { PhrasingContent } from 'mdast'
import type { Inline } from '../model/deck'

const OPEN_TAG = /^<([a-z]+)>$/
const TAG = /^<\/?[a-z]+>$/

/**
 * Converts mdast phrasing content to the deck's inline model. Images are left out
 * (the planner turns them into image blocks); raw HTML is kept as literal text.
 */
export function toInlines(nodes: readonly PhrasingContent[]): Inline[] {
  const out: Inline[] = []
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    const tag = node.type === 'html' ? OPEN_TAG.exec(node.value)?.[1] : undefined
    if (tag) {
      const close = findClose(nodes, index, tag)
      if (close > index) {
        out.push({ type: 'tag', tag, children: toInlines(nodes.slice(index + 1, close)) })
        index = close
        continue
      }
    }
    switch (node.type) {
      case 'text':
        pushText(out, node.value)
        break
      case 'strong':
      case 'emphasis':
      case 'delete':
        out.push({ type: node.type, children: toInlines(node.children) })
        break
      case 'inlineCode':
        out.push({ type: 'code', value: node.value })
        break
      case 'inlineMath':
        out.push({ type: 'math', value: node.value })
        break
      case 'link':
        out.push({ type: 'link', url: node.url, children: toInlines(node.children) })
        break
      case 'linkReference':
        out.push(...toInlines(node.children))
        break
      case 'break':
        out.push({ type: 'break' })
        break
      case 'html':
        if (!TAG.test(node.value))
          pushText(out, node.value)
        break
      case 'footnoteReference':
        pushText(out, `[^${node.label ?? node.identifier}]`)
        break
      case 'image':
      case 'imageReference':
        break
      default:
        pushText(out, plainText(node))
    }
  }
  return out
}

/** Index of the `</tag>` that closes the `<tag>` at `start`, or -1. */
function findClose(nodes: readonly PhrasingContent[], start: number, tag: string): number {
  let depth = 0
  for (let i = start; i < nodes.length; i++) {
    const node = nodes[i]!
    if (node.type !== 'html')
      continue
    if (node.value === `<${tag}>`)
      depth++
    else if (node.value === `</${tag}>` && --depth === 0)
      return i
  }
  return -1
}

function pushText(out: Inline[], value: string): void {
  if (value === '')
    return
  const last = out.at(-1)
  if (last?.type === 'text')
    last.value += value
  else
    out.push({ type: 'text', value })
}

function plainText(node: { value?: unknown, children?: unknown }): string {
  if (typeof node.value === 'string')
    return node.value
  if (Array.isArray(node.children))
    return node.children.map(child => plainText(child as { value?: unknown, children?: unknown })).join('')
  return ''
}

/** The plain text of inline content, as a reader sees it (code and math included). */
export function inlineText(inlines: readonly Inline[]): string {
  let text = ''
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text':
      case 'code':
      case 'math':
        text += inline.value
        break
      case 'break':
        text += '\n'
        break
      default:
        text += inlineText(inline.children)
    }
  }
  return text
}

/** Length of an inline node in the plain text {@link inlineText} produces. */
function inlineLength(inline: Inline): number {
  switch (inline.type) {
    case 'text':
    case 'code':
    case 'math':
      return inline.value.length
    case 'break':
      return 1
    default:
      return inline.children.reduce((sum, child) => sum + inlineLength(child), 0)
  }
}

/**
 * The part of inline content between two offsets of its plain text, keeping emphasis,
 * links and code around the characters they cover. Code and math are atomic: a range
 * that cuts into one keeps it whole.
 */
export function sliceInlines(inlines: readonly Inline[], start: number, end: number): Inline[] {
  const out: Inline[] = []
  let offset = 0
  for (const inline of inlines) {
    const length = inlineLength(inline)
    const from = offset
    const to = offset + length
    offset = to
    if (to <= start || from >= end) {
      if (!(length === 0 && from >= start && from < end))
        continue
    }
    switch (inline.type) {
      case 'text': {
        const value = inline.value.slice(Math.max(0, start - from), Math.min(length, end - from))
        if (value)
          pushText(out, value)
        break
      }
      case 'code':
      case 'math':
      case 'break':
        out.push(inline)
        break
      default: {
        const children = sliceInlines(inline.children, start - from, end - from)
        if (children.length > 0)
          out.push({ ...inline, children })
      }
    }
  }
  return out
}

/** Removes leading and trailing whitespace from inline content. */
export function trimInlines(inlines: readonly Inline[]): Inline[] {
  const text = inlineText(inlines)
  const start = text.length - text.trimStart().length
  const end = text.trimEnd().length
  if (start === 0 && end === text.length)
    return [...inlines]
  return sliceInlines(inlines, start, end)
}
