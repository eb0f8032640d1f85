import { InputError } from '../lib/errors'

/**
 * How deep quotes and lists may nest. Articles nest fewer than ten levels; a hundred
 * leaves room for any of them, while every later step (some walk the tree recursively,
 * and the Markdown parser slows down with each level of a list) reads the tree at once.
 */
export const MAX_NESTING = 100

/** Columns between tab stops, as CommonMark counts a tab. */
const TAB_SIZE = 4
/** Columns of space after a list marker that still belong to it: more start indented code. */
const MARKER_SPACES = 4
/** Digits an ordered list's number may have. */
const MAX_NUMBER_DIGITS = 9

/** What the start of a line opens or continues: see {@link readLineStart}. */
export interface LineStart {
  /** `>`s and list markers. */
  markers: number
  /** Columns of indentation among them and before what follows them (none on a blank line), but the space a `>` takes with it and the spaces after a marker. */
  indent: number
  /** The fewest columns a list item opened on the line indents its content by (`Infinity` when none is opened). */
  itemIndent: number
}

/**
 * Refuses an article whose quotes and lists nest deeper than {@link MAX_NESTING}, before
 * it is parsed: throws an {@link InputError} naming the deepest line (`article.md:3:
 * nests quotes or lists 2000 deep; ...`). See {@link deepestLine}.
 */
export function checkNesting(text: string, file: string): void {
  const deepest = deepestLine(text)
  if (deepest.depth > MAX_NESTING)
    throw new InputError(`${file}:${deepest.line}`, `nests quotes or lists ${deepest.depth} deep; at most ${MAX_NESTING} levels can be read`)
}

/**
 * The line whose quotes and list items can nest deepest, and how deep (the first such
 * line; line 0 and depth 0 when none nests). Reads each line's start once, so it is
 * linear in the text and runs no recursion.
 *
 * A block is only as deep as the line it starts on continues or opens containers: each
 * quote with its own `>`, each list item with its marker or with the indentation its
 * content needs, at least as much as the content of any list item so far (two columns
 * for `- `, three for `1. `). So a line is at most its `>`s and markers deep, plus its
 * indentation over that least item indentation: never fewer levels than the parser reads,
 * exact for quotes and for lists indented as much as their items need, up to twice the
 * levels of lists indented more (four spaces for `- `). Lines in code count too: after a
 * list of `- ` items, a code line indented more than two hundred columns is too deep.
 */
export function deepestLine(text: string): { depth: number, line: number } {
  let itemIndent = Infinity
  let deepest = { depth: 0, line: 0 }
  let line = 1
  for (let start = 0; start <= text.length; line++) {
    const found = text.indexOf('\n', start)
    const end = found === -1 ? text.length : found
    const read = readLineStart(text, start, end)
    const depth = read.markers + (itemIndent === Infinity ? 0 : Math.floor(read.indent / itemIndent))
    if (depth > deepest.depth)
      deepest = { depth, line }
    itemIndent = Math.min(itemIndent, read.itemIndent)
    start = end + 1
  }
  return deepest
}

/** Reads the `>`s, list markers and indentation a line (`text` from `start` to `end`) starts with. */
export function readLineStart(text: string, start: number, end: number): LineStart {
  const read: LineStart = { markers: 0, indent: 0, itemIndent: Infinity }
  let column = 0
  let index = start
  let spaces = 0
  while (index < end) {
    const space = spaceEnd(text, index, column)
    if (space !== undefined) {
      spaces += space - column
      column = space
      index++
      continue
    }
    read.indent += spaces
    spaces = 0
    const quote = text[index] === '>'
    const marker = quote ? index + 1 : listMarkerEnd(text, index, end)
    if (marker === undefined)
      break
    read.markers++
    column += marker - index
    const after = markerSpaces(text, marker, end, column, quote)
    if (!quote)
      read.itemIndent = Math.min(read.itemIndent, marker - index + after.columns)
    index = after.index
    column += after.columns
  }
  return read
}

/** The column after the space or tab at `index` (in `column`), or `undefined` when it holds neither. */
function spaceEnd(text: string, index: number, column: number): number | undefined {
  if (text[index] === ' ')
    return column + 1
  if (text[index] === '\t')
    return column + TAB_SIZE - (column % TAB_SIZE)
  return undefined
}

/** Where a list marker (`-`, `+`, `*`, `1.` or `1)`) starting at `index` ends, when one does: it must be followed by a space, a tab or the line's end. */
function listMarkerEnd(text: string, index: number, end: number): number | undefined {
  let after = index + 1
  if (!'-+*'.includes(text[index]!)) {
    after = index
    while (after < end && after - index < MAX_NUMBER_DIGITS && text[after]! >= '0' && text[after]! <= '9')
      after++
    if (after === index || (text[after] !== '.' && text[after] !== ')'))
      return undefined
    after++
  }
  return after === end || text[after] === ' ' || text[after] === '\t' ? after : undefined
}

/**
 * The spaces a marker at `index` (ending in `column`) takes with it: one column for a
 * `>` (a tab in part); for a list marker, the one to four columns before its content, or
 * one when more follow (its content is indented code) or nothing does (it starts empty). Returns how
 * many columns, and where the rest of the line starts (at a tab taken in part, the tab).
 */
function markerSpaces(text: string, index: number, end: number, column: number, quote: boolean): { index: number, columns: number } {
  let next = index
  let reached = column
  while (next < end) {
    const space = spaceEnd(text, next, reached)
    if (space === undefined)
      break
    reached = space
    next++
  }
  const total = reached - column
  if (!quote && total >= 1 && total <= MARKER_SPACES && next < end)
    return { index: next, columns: total }
  if (quote && total === 0)
    return { index, columns: 0 }
  return { index: text[index] === ' ' ? index + 1 : index, columns: 1 }
}
