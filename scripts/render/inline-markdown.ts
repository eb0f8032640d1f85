import type { Inline } from '../plan/types'
import { escapeAttribute, escapeText } from './escape-markdown'

const SAFE_URL = /^(?:https?:|mailto:|#|\.{0,2}\/|[^:]*$)/i

/** Renders inline content as Slidev Markdown, escaping everything the author wrote. */
export function renderInlines(inlines: readonly Inline[]): string {
  return inlines.map(renderInline).join('')
}

function renderInline(inline: Inline): string {
  switch (inline.type) {
    case 'text':
      return escapeText(inline.value)
    case 'strong':
      return wrap('**', renderInlines(inline.children))
    case 'emphasis':
      return wrap('*', renderInlines(inline.children))
    case 'delete':
      return wrap('~~', renderInlines(inline.children))
    case 'code':
      return renderCode(inline.value)
    case 'math':
      return `$${protectMath(inline.value)}$`
    case 'break':
      return '<br>'
    case 'link': {
      const label = renderInlines(inline.children)
      if (!SAFE_URL.test(inline.url.trim()))
        return label
      return `<a href="${escapeAttribute(inline.url.trim())}" target="_blank" rel="noopener">${label}</a>`
    }
  }
}

function wrap(marker: string, inner: string): string {
  const trimmed = inner.trim()
  if (!trimmed)
    return inner
  const lead = inner.slice(0, inner.length - inner.trimStart().length)
  const tail = inner.slice(inner.trimEnd().length)
  return `${lead}<${tagFor(marker)}>${trimmed}</${tagFor(marker)}>${tail}`
}

function tagFor(marker: string): string {
  return marker === '**' ? 'strong' : marker === '*' ? 'em' : 'del'
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
