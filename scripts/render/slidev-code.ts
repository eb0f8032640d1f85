import { bundledLanguages } from 'shiki'
import { fenceFor } from './escape'

const CODE_LANG = /^[\w#+.-]+$/

/** A language Shiki can highlight, or `text`. */
export function codeLanguage(lang: string | undefined): string {
  const name = lang?.trim().toLowerCase()
  if (!name || !CODE_LANG.test(name))
    return 'text'
  return name in bundledLanguages ? name : 'text'
}

/** A fenced code block Slidev highlights with Shiki. */
export function renderFencedCode(value: string, lang: string | undefined): string {
  const fence = fenceFor(value)
  return `${fence}${codeLanguage(lang)}\n${value.replace(/\n+$/, '')}\n${fence}`
}

/** Inline code in backticks, on one line. */
export function renderInlineCode(value: string): string {
  const ticks = fenceFor(value, 1)
  const pad = value.startsWith('`') || value.endsWith('`') || value.startsWith(' ') ? ' ' : ''
  return `${ticks}${pad}${value.replace(/\n/g, ' ')}${pad}${ticks}`
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
