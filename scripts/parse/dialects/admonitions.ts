import type { TextRule, TextRuleResult } from './text-rules'
import { calloutKindOf } from './dialect-words'
import { fencedRanges } from './text-rules'

/**
 * An admonition's first line (Python-Markdown, MkDocs): `!!! note`, `!!! danger "Title"`,
 * `??? tip` (collapsed) or `???+ tip` (open), with extra classes after the kind
 * (`!!! note inline end`).
 */
const OPENER = /^([ \t]*)(?:!!!|\?\?\?\+?)[ \t]*([\p{L}\p{N}_-]+)((?:[ \t]+[\p{L}\p{N}_-]+)*)(?:[ \t]+"(.*)")?[ \t]*$/u
/** How far an admonition's body is indented past its first line. */
const BODY_INDENT = 4
/** Columns a tab stands for in an indent. */
const TAB_WIDTH = 4
/** A line that opens a list item: where an indented admonition may stand. */
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]/
/** Lines looked back over for the list item an indented admonition stands in. */
const LOOKBACK = 200
/** Admonitions nested deeper than this are left as written (each level is read once more). */
const MAX_DEPTH = 8
/** Quick test for an opener anywhere, so articles without admonitions are left as they are. */
const ANY_OPENER = /^[ \t]*(?:!!!|\?\?\?)/m

/**
 * Reads Python-Markdown's admonitions and pymdown's collapsible details (MkDocs): the
 * first line (`!!! warning "Title"`) becomes a callout quote's marker (`> [!warning] Title`,
 * as {@link readGithubAlerts} reads it), the body indented four spaces becomes the quote's
 * text, un-indented, so it reads as Markdown (links, code, lists) and not as indented code.
 * Admonitions nested in an admonition's body, or standing in a list item, are read too.
 * Every line stays where it was.
 */
export const admonitions: TextRule = {
  name: 'admonitions',
  apply(body: string): TextRuleResult {
    if (!ANY_OPENER.test(body))
      return { text: body, problems: [] }
    return { text: readAdmonitions(body.split('\n'), 0).join('\n'), problems: [] }
  },
}

/** The indexes of lines inside fenced code. */
function codeLines(body: string): Set<number> {
  const inside = new Set<number>()
  const starts = [0]
  for (const match of body.matchAll(/\n/g))
    starts.push(match.index + 1)
  let line = 0
  for (const [from, to] of fencedRanges(body)) {
    while (line < starts.length && starts[line]! < from)
      line++
    for (; line < starts.length && starts[line]! < to; line++)
      inside.add(line)
  }
  return inside
}

/** The lines with each admonition turned into a callout quote; `depth` counts the admonitions around them. */
function readAdmonitions(lines: readonly string[], depth: number): string[] {
  const code = codeLines(lines.join('\n'))
  const out: string[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const opener = code.has(index) || depth > MAX_DEPTH ? null : OPENER.exec(line)
    if (!opener || !standsAsBlock(lines, index, indentOf(opener[1]!))) {
      out.push(line)
      continue
    }
    const indent = indentOf(opener[1]!)
    const end = bodyEnd(lines, index + 1, indent + BODY_INDENT)
    const inner = lines.slice(index + 1, end).map(text => dedent(text, indent + BODY_INDENT))
    const prefix = ' '.repeat(indent)
    out.push(`${prefix}> ${marker(opener[2]!, opener[4])}`.trimEnd())
    for (const text of readAdmonitions(inner, depth + 1))
      out.push(text.trim() === '' ? `${prefix}>` : `${prefix}> ${text}`)
    index = end - 1
  }
  return out
}

/**
 * Whether an opener indented this far starts a block: at the left margin, or in a list
 * item (the nearest less indented line above, within {@link LOOKBACK} lines, opens one);
 * elsewhere an indented `!!!` is code.
 */
function standsAsBlock(lines: readonly string[], index: number, indent: number): boolean {
  if (indent === 0)
    return true
  for (let above = index - 1; above >= Math.max(0, index - LOOKBACK); above--) {
    const line = lines[above]!
    if (line.trim() !== '' && indentOf(line) < indent)
      return LIST_ITEM.test(line)
  }
  return false
}

/** `[!kind] Title`: the kind as written when the deck knows it, else a note titled by the kind (as Python-Markdown titles it). */
function marker(kind: string, title: string | undefined): string {
  const name = kind.toLowerCase()
  if (calloutKindOf(name))
    return `[!${name}] ${title ?? ''}`
  return `[!note] ${title || kind[0]!.toUpperCase() + kind.slice(1)}`
}

/** Where an admonition's body ends: at the first line indented less than its body, not counting blank lines before it. */
function bodyEnd(lines: readonly string[], start: number, indent: number): number {
  let end = start
  for (let index = start; index < lines.length; index++) {
    const line = lines[index]!
    if (line.trim() === '')
      continue
    if (indentOf(line) < indent)
      break
    end = index + 1
  }
  return end
}

/** Columns of a line's leading whitespace, tabs to the next multiple of {@link TAB_WIDTH}. */
function indentOf(line: string): number {
  let columns = 0
  for (const char of line) {
    if (char === ' ')
      columns++
    else if (char === '\t')
      columns += TAB_WIDTH - (columns % TAB_WIDTH)
    else
      break
  }
  return columns
}

/** A line without its first `columns` columns of indent (a tab that straddles the cut leaves the spaces past it). */
function dedent(line: string, columns: number): string {
  let taken = 0
  let index = 0
  while (index < line.length && taken < columns) {
    const char = line[index]!
    if (char === ' ')
      taken++
    else if (char === '\t')
      taken += TAB_WIDTH - (taken % TAB_WIDTH)
    else
      break
    index++
  }
  return ' '.repeat(Math.max(0, taken - columns)) + line.slice(index)
}
