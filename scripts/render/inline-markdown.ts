import type { Inline } from '../plan/types'
import { escapeAttribute, escapeText } from './escape-markdown'

const SAFE_URL = /^(?:https?:|mailto:|#|\.{0,2}\/|[^:]*$)/i

/** Where rendered Markdown goes: on a slide, or inside the HTML comment that holds the notes. */
export interface RenderContext {
  notes?: boolean
}

const TAGS = { strong: 'strong', emphasis: 'em', delete: 'del' } as const

const COMMENT_MARK = /<!--|-->/
/** What Slidev reads as a click marker anywhere in the notes, even inside backticks. */
const CLICK_MARK = /\[click/i

/**
 * Renders inline content as Slidev Markdown, escaping everything the author wrote. Code
 * or math holding `<!--` or `-->` is written as HTML with entities: raw, it would open
 * or close a comment for Slidev's slide splitter, or end the comment the notes live in.
 */
export function renderInlines(inlines: readonly Inline[], context: RenderContext = {}): string {
  return inlines.map(inline => renderInline(inline, context)).join('')
}

function renderInline(inline: Inline, context: RenderContext): string {
  switch (inline.type) {
    case 'text':
      return escapeText(inline.value)
    case 'strong':
    case 'emphasis':
    case 'delete':
      return wrap(TAGS[inline.type], renderInlines(inline.children, context))
    case 'code':
      return needsHtml(inline.value, context) ? htmlCode(inline.value) : renderCode(inline.value)
    case 'math':
      return needsHtml(inline.value, context) ? htmlCode(inline.value) : `$${protectMath(inline.value.trim())}$`
    case 'break':
      return '<br>'
    case 'tag':
      return `<${inline.tag}>${renderInlines(inline.children, context)}</${inline.tag}>`
    case 'link': {
      const label = renderInlines(inline.children, context)
      if (!SAFE_URL.test(inline.url.trim()))
        return label
      return `<a href="${escapeAttribute(inline.url.trim())}" target="_blank" rel="noopener">${label}</a>`
    }
  }
}

/** Code that raw would open or close a comment, or (in the notes) read as a click marker. */
function needsHtml(value: string, context: RenderContext): boolean {
  return COMMENT_MARK.test(value) || (context.notes === true && CLICK_MARK.test(value))
}

function htmlCode(value: string): string {
  return `<code>${escapeHtml(value).replace(/\[/g, '&#91;')}</code>`
}

function wrap(tag: string, inner: string): string {
  const trimmed = inner.trim()
  if (!trimmed)
    return inner
  const lead = inner.slice(0, inner.length - inner.trimStart().length)
  const tail = inner.slice(inner.trimEnd().length)
  return `${lead}<${tag}>${trimmed}</${tag}>${tail}`
}

/** Escapes text for HTML content, `{` included so Vue sees no interpolation. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>{}]/g, char => `&#${char.charCodeAt(0)};`)
}

function renderCode(value: string): string {
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map(match => match[0].length))
  const fence = '`'.repeat(longest + 1)
  const pad = value.startsWith('`') || value.endsWith('`') || value.startsWith(' ') ? ' ' : ''
  return `${fence}${pad}${value.replace(/\n/g, ' ')}${pad}${fence}`
}

const HAN_RUN = /[\p{Script=Han}，。：；！？、（）《》“”]+/gu
const LATIN_WORD = /(?<![\\A-Z{])[A-Z]{2,}(?![A-Z}])/gi

/**
 * Wraps runs of CJK text in `\text{}` so KaTeX draws them with the deck's font. In a
 * formula written in words (one with CJK text), Latin words are text too (`RLHF`, not
 * the product R·L·H·F).
 */
export function protectMath(tex: string): string {
  if (!/\p{Script=Han}/u.test(tex))
    return tex
  return tex.replace(LATIN_WORD, word => `\\text{${word}}`).replace(HAN_RUN, run => `\\text{${run}}`)
}
