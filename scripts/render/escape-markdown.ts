import { isWideChar } from '../plan/measure-text'

const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~$#!]/g
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
const LINE_START = /^(?:[-+=:]|\d+[.)])/
const VUE_MUSTACHE = /\{\{|\}\}/

/**
 * Escapes text so Slidev shows it literally: Markdown punctuation gets a backslash,
 * `&`, `<` and `>` become entities (so no tag or HTML comment can start, not even for
 * Slidev's line-based slide splitter), `{{ }}` is kept from Vue by a `v-pre` span, and
 * a soft line break becomes a space (or nothing between two CJK characters).
 */
export function escapeText(text: string): string {
  const joined = joinSoftBreaks(text)
  const escaped = joined.replace(MARKDOWN_PUNCTUATION, char => `\\${char}`).replace(/[&<>]/g, char => ENTITIES[char]!)
  return VUE_MUSTACHE.test(escaped) ? `<span v-pre>${escaped}</span>` : escaped
}

/** Escapes what would start a block (list marker, heading, separator) at the start of a line. */
export function escapeLineStart(markdown: string): string {
  const indent = markdown.length - markdown.trimStart().length
  const rest = markdown.slice(indent)
  const found = LINE_START.exec(rest)
  if (!found)
    return markdown
  const marker = found[0]
  return `${markdown.slice(0, indent)}${marker.slice(0, -1)}\\${marker.slice(-1)}${rest.slice(marker.length)}`
}

/** Replaces soft line breaks with a space, or with nothing between two CJK characters. */
export function joinSoftBreaks(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, (_match, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? ''
    const after = whole[offset + _match.length] ?? ''
    return isWideChar(before) && isWideChar(after) ? '' : ' '
  })
}

/** Escapes a value for a double-quoted HTML attribute in a Vue template. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, ' ')
}

/** A code fence longer than any run of backticks inside the code. */
export function fenceFor(code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map(match => match[0].length))
  return '`'.repeat(Math.max(3, longest + 1))
}
