/**
 * Display formulas too tall for a slide, cut at their row breaks: the rows of an
 * `aligned`, `align`, `split`, `gathered`, `gather`, `eqnarray`, `alignat` or `array`
 * that holds the whole formula, or a formula's own `\\` line breaks. Every part is a
 * valid formula of the same environment (its `\begin` with its arguments, its `\end`),
 * each row stays whole with its `&` alignment points and its `\tag`, and what stands
 * before the environment goes with the first part, what follows it (a tag, a full stop)
 * with the last. Pure: TeX text in, TeX text out.
 */

import { MAX_POINTS } from './budget'
import { partition } from './pack-units'

/** Environments whose rows each make a formula of their own (KaTeX renders all of them in display math). */
const ROW_ENVIRONMENTS = new Set(['aligned', 'align', 'align*', 'split', 'gathered', 'gather', 'gather*', 'eqnarray', 'eqnarray*', 'alignat', 'alignat*', 'alignedat', 'array', 'darray'])
/** Environments that take arguments after `\begin{…}` (`{2}` of `alignat`, `{ll}` of `array`), which every part repeats. */
const ENVIRONMENT_ARGUMENTS = new Set(['alignat', 'alignat*', 'alignedat', 'array', 'darray'])
/** What may not stand before or after a row environment that is cut: a delimiter that the other side closes would be left open. */
const UNBALANCED_DELIMITER = /\\(?:left|right|middle)\b|\\begin\b|\\end\b/

/**
 * Height a formula part may take, in ems of the formula's type: a part this tall fits
 * under the slide's title, with a lead-in line above it, at the middle type step (body
 * 40 px, the formula at 1.21 of that), with room left at the larger steps for a part alone.
 */
export const MAX_FORMULA_EM = 12
/**
 * Height of the room a formula has under a slide's title and a lead-in line at the
 * smallest type step (body 34 px), in ems of the formula's type: a formula taller than
 * this, with no row break to cut it at, is set smaller (see {@link formulaScale}).
 */
export const FORMULA_ROOM_EM = 15
/** Scales are rounded down to hundredths. */
const SCALE_STEPS = 100
/** Height of a plain row in ems: TeX's baseline skip (1.2) and the gap between aligned rows (`\jot`). */
const ROW_EM = 1.5
/** What a fraction adds to its row (its numerator and denominator stand above and below the line), per level of nesting. */
const FRACTION_EM = 1.1
/** What a big operator's limits add to its row (`\sum_{i=1}^{n}` in display style). */
const LIMITS_EM = 0.9
/** What each further row of an environment inside a row adds: a matrix's rows are 1.2 apart, those of cases and arrays 1.44 (their rows are stretched by 1.2). */
const INNER_ROW_EM = 1.45
/** Ems of formula that weigh one point on a slide (a formula of {@link MAX_FORMULA_EM} fills one). */
const EM_PER_POINT = MAX_FORMULA_EM / MAX_POINTS
/** Least weight of a formula, in points: a one-line formula takes the room of two points. */
const MIN_FORMULA_WEIGHT = 2
/** Heights are compared in tenths of an em, so parts are balanced by whole numbers. */
const EM_STEPS = 10

const FRACTION = /\\(?:[dc]?frac|[dt]?binom)(?![a-z])/gi
const INFIX_FRACTION = /\\(?:over|atop|choose)(?![a-z])/i
const LIMITS = /\\(?:sum|prod|coprod|bigcup|bigcap|bigvee|bigwedge|bigoplus|bigotimes|bigodot|biguplus|lim|limsup|liminf|max|min|sup|inf|argmax|argmin|underbrace|overbrace|underset|overset|stackrel|substack)\s*(?:\\limits\s*)?[_^{]/i

/** One part of a formula cut for slides. */
export interface FormulaPart {
  /** The part as TeX: a formula of its own. */
  value: string
  /** Its first and last rows (1-based) and the formula's rows in all. */
  from: number
  to: number
  of: number
  /** Lines of the formula's text before the part's first row (0 for the first part: it starts where the formula does). */
  lineOffset: number
  /** Its estimated height, in ems of the formula's type. */
  em: number
  /** The room it takes on a slide, in points (see `Unit.weight`). */
  weight: number
}

/** A formula read as rows: what opens and closes them, and the breaks between them. */
export interface FormulaRows {
  /** Text before the row environment, written before the first part only. */
  prefix: string
  /** `\begin{…}` with its arguments ('' for a formula's own line breaks). */
  begin: string
  rows: Row[]
  /** `\end{…}` ('' for a formula's own line breaks). */
  end: string
  /** Text after the row environment, written after the last part only (a `\tag`, punctuation). */
  suffix: string
}

/** A row of a formula: its text, the break written after it (`\\`, `\\[4pt]`) and where it starts. */
export interface Row {
  text: string
  separator: string
  start: number
}

/** A `\begin{name}` or `\end{name}` at `index` of `tex`: its name and where it ends. */
function environmentAt(tex: string, index: number, command: 'begin' | 'end'): { name: string, end: number } | undefined {
  const match = new RegExp(`^\\\\${command}\\s*\\{([^}]*)\\}`).exec(tex.slice(index, index + 64))
  return match ? { name: match[1]!.trim(), end: index + match[0].length } : undefined
}

/** Where a `\\` row break at `index` ends: after its star and its `[…]` spacing, when written. */
function rowBreakEnd(tex: string, index: number): number {
  let end = index + 2
  if (tex[end] === '*')
    end++
  if (tex[end] === '[') {
    const close = tex.indexOf(']', end)
    if (close > 0)
      end = close + 1
  }
  return end
}

/** The index past a TeX comment (`%` to the line's end) or escaped character at `index`, or `index` itself. */
function skipInert(tex: string, index: number): number {
  if (tex[index] === '%')
    return tex.includes('\n', index) ? tex.indexOf('\n', index) + 1 : tex.length
  if (tex[index] === '\\' && tex[index + 1] !== undefined && !/[a-z\\]/i.test(tex[index + 1]!))
    return index + 2
  return index
}

/** A place in TeX text found at the top level: outside every brace group and every environment. */
interface TopLevel {
  kind: 'break' | 'begin' | 'align'
  index: number
  end: number
  name?: string
}

/** The row breaks, environment openings and alignment points (`&`) at the top level of `tex`, between `from` and `to`. */
function topLevel(tex: string, from = 0, to = tex.length): TopLevel[] {
  const found: TopLevel[] = []
  let braces = 0
  let environments = 0
  for (let index = from; index < to;) {
    const skipped = skipInert(tex, index)
    if (skipped !== index) {
      index = skipped
      continue
    }
    const char = tex[index]!
    if (char === '{' || char === '}') {
      braces += char === '{' ? 1 : -1
      index++
      continue
    }
    if (char !== '\\') {
      if (char === '&' && braces === 0 && environments === 0)
        found.push({ kind: 'align', index, end: index + 1 })
      index++
      continue
    }
    const begin = environmentAt(tex, index, 'begin')
    const end = begin ? undefined : environmentAt(tex, index, 'end')
    const top = braces === 0 && environments === 0
    if (begin && top)
      found.push({ kind: 'begin', index, end: begin.end, name: begin.name })
    if (begin || end) {
      environments += begin ? 1 : -1
      index = (begin ?? end)!.end
      continue
    }
    if (tex.startsWith('\\\\', index) || /^\\cr(?![a-z])/i.test(tex.slice(index, index + 4))) {
      const stop = tex[index + 1] === '\\' ? rowBreakEnd(tex, index) : index + 3
      if (top)
        found.push({ kind: 'break', index, end: stop })
      index = stop
      continue
    }
    index++
  }
  return found
}

/** Where the `\end{name}` closing the environment opened just before `from` starts and ends. */
function matchingEnd(tex: string, from: number, name: string): { index: number, end: number } | undefined {
  let depth = 1
  for (let index = from; index < tex.length; index++) {
    const skipped = skipInert(tex, index)
    if (skipped !== index) {
      index = skipped - 1
      continue
    }
    const begin = environmentAt(tex, index, 'begin')
    const end = begin ? undefined : environmentAt(tex, index, 'end')
    depth += begin?.name === name ? 1 : end?.name === name ? -1 : 0
    if (end?.name === name && depth === 0)
      return { index, end: end.end }
  }
  return undefined
}

/** Where the arguments after `\begin{name}` end (`[t]{ll}` of an array, `{2}` of alignat): each a group in brackets or braces. */
function argumentsEnd(tex: string, from: number, name: string): number {
  if (!ENVIRONMENT_ARGUMENTS.has(name))
    return from
  let index = from
  for (let group = /^\s*([[{])/.exec(tex.slice(index)); group; group = /^\s*([[{])/.exec(tex.slice(index))) {
    const open = index + group[0].length - 1
    const close = closingOf(tex, open)
    if (close < 0)
      return index
    index = close + 1
    if (group[1] === '{')
      break
  }
  return index
}

/** Where the group opened by the bracket or brace at `open` closes, or -1. */
function closingOf(tex: string, open: number): number {
  const [opener, closer] = tex[open] === '[' ? ['[', ']'] : ['{', '}']
  let depth = 0
  for (let index = open; index < tex.length; index++) {
    const skipped = skipInert(tex, index)
    if (skipped !== index) {
      index = skipped - 1
      continue
    }
    depth += tex[index] === opener ? 1 : tex[index] === closer ? -1 : 0
    if (depth === 0)
      return index
  }
  return -1
}

/** The rows between `from` and `to`, cut at the given top-level breaks; an empty last row (a trailing `\\`) is dropped. */
function rowsBetween(tex: string, from: number, to: number, breaks: readonly TopLevel[]): Row[] {
  const rows: Row[] = []
  let start = from
  for (const cut of breaks) {
    rows.push({ text: tex.slice(start, cut.index), separator: tex.slice(cut.index, cut.end), start })
    start = cut.end
  }
  rows.push({ text: tex.slice(start, to), separator: '', start })
  if (rows.length > 1 && rows.at(-1)!.text.trim() === '') {
    rows.pop()
    rows.at(-1)!.separator = ''
  }
  return rows
}

/**
 * A formula as rows: the rows of the one row environment that holds its every row break
 * (see {@link ROW_ENVIRONMENTS}), or its own top-level line breaks; one row when it has
 * neither, or when cutting would leave a delimiter open.
 */
export function readFormulaRows(tex: string): FormulaRows {
  const whole: FormulaRows = { prefix: '', begin: '', rows: [{ text: tex, separator: '', start: 0 }], end: '', suffix: '' }
  const top = topLevel(tex)
  const breaks = top.filter(place => place.kind === 'break')
  if (breaks.length > 0)
    return { ...whole, rows: rowsBetween(tex, 0, tex.length, breaks) }
  const opened = top.filter(place => place.kind === 'begin')
  const environment = opened.length === 1 && ROW_ENVIRONMENTS.has(opened[0]!.name!) ? opened[0]! : undefined
  if (!environment)
    return whole
  const close = matchingEnd(tex, environment.end, environment.name!)
  const bodyStart = argumentsEnd(tex, environment.end, environment.name!)
  const prefix = tex.slice(0, environment.index)
  const suffix = close ? tex.slice(close.end) : ''
  if (!close || UNBALANCED_DELIMITER.test(prefix) || UNBALANCED_DELIMITER.test(suffix))
    return whole
  const rows = rowsBetween(tex, bodyStart, close.index, topLevel(tex, bodyStart, close.index).filter(place => place.kind === 'break'))
  return { prefix, begin: tex.slice(environment.index, bodyStart), rows, end: tex.slice(close.index, close.end), suffix }
}

/** Where a row's alignment points (`&`) stand, outside its groups and inner environments. */
export function alignmentPoints(row: string): number[] {
  return topLevel(row).filter(place => place.kind === 'align').map(place => place.index)
}

/** The first brace group at or after `from` in `tex` (a command's argument), and where it ends. */
function groupAfter(tex: string, from: number): { text: string, end: number } | undefined {
  const open = /^\s*\{/.exec(tex.slice(from))
  if (!open)
    return undefined
  const start = from + open[0].length - 1
  const close = closingOf(tex, start)
  return close < 0 ? undefined : { text: tex.slice(start + 1, close), end: close + 1 }
}

/** How deep fractions nest in a row: 1 for `\frac{a}{b}`, 2 for a fraction inside one. */
export function fractionDepth(tex: string): number {
  let deepest = INFIX_FRACTION.test(tex) ? 1 : 0
  for (const match of tex.matchAll(FRACTION)) {
    const numerator = groupAfter(tex, match.index + match[0].length)
    const denominator = numerator && groupAfter(tex, numerator.end)
    const inner = Math.max(fractionDepth(numerator?.text ?? ''), fractionDepth(denominator?.text ?? ''))
    deepest = Math.max(deepest, 1 + inner)
  }
  return deepest
}

/** The most rows an environment inside a row has (a `pmatrix` of three rows: 3), or 1. */
function innerRows(tex: string): number {
  let most = 1
  for (const place of topLevel(tex).filter(found => found.kind === 'begin')) {
    const close = matchingEnd(tex, place.end, place.name!)
    if (close)
      most = Math.max(most, topLevel(tex, place.end, close.index).filter(found => found.kind === 'break').length + 1)
  }
  return most
}

/** The estimated height of one row of a formula, in ems of its type: a plain row, and what its tallest part adds. */
export function rowHeightEm(tex: string): number {
  const extra = Math.max(fractionDepth(tex) * FRACTION_EM, LIMITS.test(tex) ? LIMITS_EM : 0, (innerRows(tex) - 1) * INNER_ROW_EM)
  return ROW_EM + extra
}

/** The room a formula of this height takes on a slide, in points. */
function weightOf(em: number): number {
  return Math.min(MAX_POINTS, Math.max(MIN_FORMULA_WEIGHT, Math.ceil(em / EM_PER_POINT - 1e-9)))
}

/** Newlines in a text. */
function lineCount(text: string): number {
  return text.split('\n').length - 1
}

/** The whitespace a text opens and ends with. */
function edges(text: string): { lead: string, tail: string } {
  return { lead: text.slice(0, text.length - text.trimStart().length), tail: text.slice(text.trimEnd().length) }
}

/**
 * One part of the formula: rows `from` to `to` (0-based, inclusive), with what opens and
 * closes them, laid out as the whole formula was (its first row's leading and its last
 * row's trailing whitespace, such as the line breaks after `\begin{aligned}` and before `\end`).
 */
function partOf(formula: FormulaRows, tex: string, from: number, to: number, heights: readonly number[]): FormulaPart {
  const rows = formula.rows.slice(from, to + 1)
  const body = rows.map((row, index) => index < rows.length - 1 ? `${row.text}${row.separator}` : row.text).join('')
  const first = from === 0
  const last = to === formula.rows.length - 1
  const lead = edges(formula.rows[0]!.text).lead
  const tail = edges(formula.rows.at(-1)!.text).tail
  const value = `${first ? formula.prefix : ''}${formula.begin}${lead}${body.trim()}${tail}${formula.end}${last ? formula.suffix : ''}`
  const em = heights.slice(from, to + 1).reduce((sum, height) => sum + height, 0)
  return {
    value: first && last ? tex : value.trim(),
    from: from + 1,
    to: to + 1,
    of: formula.rows.length,
    lineOffset: first ? 0 : lineCount(tex.slice(0, rows[0]!.start + edges(rows[0]!.text).lead.length)),
    em,
    weight: weightOf(em),
  }
}

/**
 * Cuts a display formula too tall for a slide (over {@link MAX_FORMULA_EM}) at its row
 * breaks into as few parts as fit, balanced by height (ten rows of one height make five
 * and five); a formula that fits, or has one row, is one part, written as it was. Each
 * part is a formula of its own (see the module's comment), with its estimated height
 * and the room it takes on a slide.
 */
export function splitFormula(tex: string): FormulaPart[] {
  const formula = readFormulaRows(tex)
  const heights = formula.rows.map(row => rowHeightEm(row.text))
  const total = heights.reduce((sum, height) => sum + height, 0)
  if (formula.rows.length < 2 || total <= MAX_FORMULA_EM)
    return [partOf(formula, tex, 0, formula.rows.length - 1, heights)]
  const groups = partition(heights.map(height => Math.round(height * EM_STEPS)), MAX_FORMULA_EM * EM_STEPS)
  return groups.map(indices => partOf(formula, tex, indices[0]!, indices.at(-1)!, heights))
}

/** The estimated height of a formula, in ems of its type: the sum of its rows' (see {@link rowHeightEm}). */
export function formulaHeightEm(tex: string): number {
  return readFormulaRows(tex).rows.reduce((sum, row) => sum + rowHeightEm(row.text), 0)
}

/**
 * The share of its type a formula is set at so it fits a slide: 1, or for one taller than
 * {@link FORMULA_ROOM_EM} (a part that cannot be cut, such as a tall matrix or cases),
 * that room over its height. The theme never sets a formula below the smallest text the
 * fit check allows, whatever the share.
 */
export function formulaScale(tex: string): number {
  const em = formulaHeightEm(tex)
  return em > FORMULA_ROOM_EM ? Math.floor(FORMULA_ROOM_EM / em * SCALE_STEPS) / SCALE_STEPS : 1
}
