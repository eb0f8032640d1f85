import { isWideChar } from '../plan/measure-text'

/** One target's escapes: each special character (or sequence) and what it is written as. */
export type EscapeTable = Readonly<Record<string, string>>

/** A backslash before each of `chars`: how Markdown writes its punctuation literally. */
function backslashed(chars: string): Record<string, string> {
  return Object.fromEntries([...chars].map(char => [char, `\\${char}`]))
}

/** Each of `chars` as a numeric character reference (`{` -> `&#123;`). */
function numbered(chars: string): Record<string, string> {
  return Object.fromEntries([...chars].map(char => [char, `&#${char.charCodeAt(0)};`]))
}

const HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/**
 * What each output target escapes. Every table is read back by {@link decodeWith}, so
 * a replacement is never written for two characters.
 */
export const ESCAPES = {
  /**
   * Text in Slidev Markdown (a Vue template once rendered): Markdown punctuation gets a
   * backslash; `&`, `<`, `>` become entities, so no tag or HTML comment can start, not
   * even for Slidev's line-based slide splitter.
   */
  vueText: { ...backslashed('\\`*_[]|~$#!'), ...HTML_ENTITIES },
  /** Code written as HTML inside a Vue template: numeric references, `{` and `}` too, so Vue sees no interpolation. */
  vueHtml: numbered('&<>{}'),
  /** Inline code written as HTML on a slide or in its notes: as `vueHtml`, and `[` so Slidev reads no click marker. */
  vueCode: numbered('&<>{}['),
  /** Text and double-quoted attributes in plain HTML (the handout) and in Vue templates. */
  html: { ...HTML_ENTITIES, '"': '&quot;' },
  /** Text in the talk script's Markdown: everything that could start markup or HTML gets a backslash. */
  scriptMarkdown: backslashed('\\`*_[]<>&~$'),
  /**
   * Inside a YAML double-quoted string written by `JSON.stringify` (JSON's escapes are
   * YAML's too): Slidev ends front matter at the first `---`, even inside a value, so a
   * dash of it is written `\x2D`.
   */
  yaml: { '---': '-\\x2D-' },
} as const satisfies Record<string, EscapeTable>

/** Builds a function that writes every key of `table` found in a text as its value, in one pass (longest keys first). */
export function escapeWith(table: EscapeTable): (text: string) => string {
  const pattern = alternation(Object.keys(table))
  return text => text.replace(pattern, found => table[found]!)
}

/** Builds the inverse of {@link escapeWith}: every value of `table` is read back as its key. */
export function decodeWith(table: EscapeTable): (text: string) => string {
  return escapeWith(Object.fromEntries(Object.entries(table).map(([key, value]) => [value, key])))
}

function alternation(keys: readonly string[]): RegExp {
  const sorted = [...keys].sort((a, b) => b.length - a.length)
  return new RegExp(sorted.map(key => key.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')).join('|'), 'g')
}

const escapeVueText = escapeWith(ESCAPES.vueText)
const decodeVueText = decodeWith(ESCAPES.vueText)
const VUE_MUSTACHE = /\{\{|\}\}/
const V_PRE = /^<span v-pre>([\s\S]*)<\/span>$/

/**
 * Escapes text so Slidev shows it literally ({@link ESCAPES}`.vueText`), with `{{ }}`
 * kept from Vue by a `v-pre` span and a soft line break as a space (or nothing between
 * two CJK characters).
 */
export function escapeText(text: string): string {
  const escaped = escapeVueText(joinSoftBreaks(text))
  return VUE_MUSTACHE.test(escaped) ? `<span v-pre>${escaped}</span>` : escaped
}

/** Reads back what {@link escapeText} wrote (soft line breaks stay joined). */
export function decodeText(escaped: string): string {
  return decodeVueText(V_PRE.exec(escaped)?.[1] ?? escaped)
}

/** Escapes code for HTML content in a Vue template ({@link ESCAPES}`.vueHtml`). */
export const escapeVueHtml = escapeWith(ESCAPES.vueHtml)

/** Escapes inline code for HTML content on a slide or in its notes ({@link ESCAPES}`.vueCode`). */
export const escapeVueCode = escapeWith(ESCAPES.vueCode)

/** Reads back what {@link escapeVueHtml} or {@link escapeVueCode} wrote. */
export const decodeVueHtml = decodeWith(ESCAPES.vueCode)

const PREFORMATTED = /^<pre><code>([\s\S]*)<\/code><\/pre>$/

/** Code as a `<pre><code>` block of HTML in a Vue template (code in the notes holding `-->`, which would end their comment). */
export function writePreformatted(code: string): string {
  return `<pre><code>${escapeVueHtml(code)}</code></pre>`
}

/** The code of a block {@link writePreformatted} wrote, or `undefined` for other HTML. */
export function readPreformatted(html: string): string | undefined {
  const found = PREFORMATTED.exec(html.trim())
  return found ? decodeVueHtml(found[1]!) : undefined
}

/** Escapes text for plain HTML content ({@link ESCAPES}`.html`). */
export const escapeHtmlText = escapeWith(ESCAPES.html)

/** Escapes a value for a double-quoted HTML attribute in a Vue template; a line break becomes a space. */
export function escapeAttribute(value: string): string {
  return escapeHtmlText(value).replace(/\n/g, ' ')
}

/** Text for the Markdown script ({@link ESCAPES}`.scriptMarkdown`). */
export const escapeMarkdownText = escapeWith(ESCAPES.scriptMarkdown)

const escapeYamlOnce = escapeWith(ESCAPES.yaml)

/**
 * Escapes the strings of JSON written as YAML ({@link ESCAPES}`.yaml`), again until no
 * `---` is left: in a run of five dashes, the dash after `-\x2D-` starts a new one.
 */
export function escapeYaml(text: string): string {
  let escaped = escapeYamlOnce(text)
  while (escaped.includes('---'))
    escaped = escapeYamlOnce(escaped)
  return escaped
}

/** A YAML double-quoted string that Slidev cannot misread. */
export function yamlString(value: string): string {
  return escapeYaml(JSON.stringify(value))
}

const LINE_START = /^(?:[-+=:]|\d+[.)])/
/** What starts a block at the start of a line of the talk script: heading, quote, list, rule. */
const SCRIPT_LINE_START = /^([ \t]*)([#>\-+=]|\d+(?=[.)]))/gm

/** Escapes, on each line of the talk script's text, what would start a heading, quote or list there. */
export function escapeScriptLineStarts(markdown: string): string {
  return markdown.replace(SCRIPT_LINE_START, (_match, indent: string, marker: string) => /^\d/.test(marker) ? `${indent}${marker}\\` : `${indent}\\${marker}`)
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

/** A line break with the spaces and tabs around it (those before it from the start of their run: a long run is read once). */
const SOFT_BREAK = /(?:(?<![ \t])[ \t]+)?\n[ \t]*/g

/** Replaces soft line breaks with a space, or with nothing between two CJK characters. */
export function joinSoftBreaks(text: string): string {
  return text.replace(SOFT_BREAK, (_match, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? ''
    const after = whole[offset + _match.length] ?? ''
    return isWideChar(before) && isWideChar(after) ? '' : ' '
  })
}

/** A code fence longer than any run of backticks inside the code, at least `min` backticks (1 for inline code). */
export function fenceFor(code: string, min = 3): string {
  let longest = 0
  for (const [run] of code.matchAll(/`+/g))
    longest = Math.max(longest, run.length)
  return '`'.repeat(Math.max(min, longest + 1))
}
