import type { IrFont, IrMarker, IrParagraph, IrRun } from './ir'
import type { Bullet, Frame, LineBreak, TextParagraph, TextRun } from './spec'
import { fontPair, isBold, parseColor, withOpacity } from './css-values'

/** What text is normalised with: the deck's language and its East Asian font. */
export interface TextContext {
  /** Language of the runs (`zh-CN`, `en-US`, `ja-JP`). */
  lang: string
  /** East Asian font for stacks that name none. */
  eastAsian: string
}

/** Extra width a text box gets beyond the browser's, so that a slightly wider font does not wrap a line again: a share of the width, and at least this many points. */
export const WIDTH_SLACK = { share: 0.1, min: 6 } as const

/** The slide's width in points, which a widened box stays within. */
const SLIDE_WIDTH = 960

/** Raise or lower of sub- and superscripts, percent of the font size. */
const SCRIPT_BASELINE = { super: 30, sub: -25 } as const

/** An inline picture's place is held by em spaces: this character. */
const EM_SPACE = '\u2003'

/**
 * Font of symbol bullets (discs, squares): one every reader has with these characters
 * (LibreOffice's Liberation Sans stands in for it), since a bullet's font gets no
 * fallback and the browser draws these markers as shapes, not glyphs of the deck's font.
 */
export const SYMBOL_BULLET_FONT = 'Arial'

/** Bullet characters of the list styles PowerPoint draws as characters, and their size against the text to look like the browser's markers. */
const BULLET_CHARS: Record<string, { char: string, scale: number }> = { disc: { char: '•', scale: 1 }, circle: { char: '◦', scale: 1 }, square: { char: '■', scale: 0.6 } }

/** Number schemes of the list styles PowerPoint numbers itself. */
const NUMBER_SCHEMES: Record<string, Extract<Bullet, { kind: 'number' }>['scheme']> = {
  'decimal': 'arabicPeriod',
  'lower-alpha': 'alphaLcPeriod',
  'lower-latin': 'alphaLcPeriod',
  'upper-alpha': 'alphaUcPeriod',
  'upper-latin': 'alphaUcPeriod',
  'lower-roman': 'romanLcPeriod',
  'upper-roman': 'romanUcPeriod',
}

/** Link schemes kept on runs. */
const LINK = /^(?:https?:|mailto:)/i

/** A run's style from the browser's computed font; undefined when it draws nothing (transparent). */
export function runStyle(font: IrFont, context: TextContext): Omit<TextRun, 'text'> | undefined {
  const paint = parseColor(font.color)
  if (!paint)
    return undefined
  const highlight = parseColor(font.background)
  return {
    font: fontPair(font.family, context.eastAsian),
    size: round(font.size),
    bold: isBold(font.weight),
    italic: font.italic,
    paint: withOpacity(paint, font.opacity),
    underline: font.decoration.includes('underline'),
    strike: font.decoration.includes('line-through'),
    highlight: highlight && highlight.alpha > 0.05 ? highlight.color : undefined,
    spacing: round(font.letterSpacing),
    baseline: font.verticalAlign === 'super' ? SCRIPT_BASELINE.super : font.verticalAlign === 'sub' ? SCRIPT_BASELINE.sub : 0,
  }
}

/** Whether a paragraph is preformatted (code): its spaces are kept. */
function isPreformatted(paragraph: IrParagraph): boolean {
  return /^(?:pre|pre-wrap|break-spaces)$/.test(paragraph.whiteSpace)
}

/**
 * The line (0-based, counted in line heights from the first) each of the browser's lines
 * of a paragraph stands on: usually its index, more where blank lines left no text (code).
 */
export function lineSlots(paragraph: IrParagraph): number[] {
  const top = paragraph.lines[0]?.top ?? 0
  const slots: number[] = []
  paragraph.lines.forEach((line, index) => {
    const measured = Math.round((line.top - top) / Math.max(1, paragraph.lineHeight))
    slots.push(index === 0 ? 0 : Math.max(slots[index - 1]! + 1, measured))
  })
  return slots
}

/** Runs of a line: whitespace as the browser shows it (collapsed and trimmed at the line's ends, unless preformatted). */
function lineRuns(runs: readonly IrRun[], preformatted: boolean): { text: string, run: IrRun }[] {
  const texts = runs.map((run) => {
    if (run.space !== undefined)
      return { text: EM_SPACE.repeat(Math.max(1, Math.round(run.space / Math.max(1, run.font.size)))), run }
    const text = preformatted ? run.text.replace(/\r?\n/g, '') : run.text.replace(/[\t\n\r\f ]+/g, ' ')
    return { text, run }
  })
  if (preformatted)
    return texts.filter(part => part.text)
  const out: { text: string, run: IrRun }[] = []
  for (const part of texts) {
    const previous = out.at(-1)
    let text = part.text
    if ((!previous || previous.text.endsWith(' ')) && text.startsWith(' '))
      text = text.slice(1)
    if (text)
      out.push({ text, run: part.run })
  }
  const last = out.at(-1)
  if (last) {
    last.text = last.text.replace(/ +$/, '')
    if (!last.text)
      out.pop()
  }
  return out
}

/** Whether two runs can be written as one. */
function sameStyle(a: TextRun, b: TextRun): boolean {
  const { text: _a, ...left } = a
  const { text: _b, ...right } = b
  return JSON.stringify(left) === JSON.stringify(right)
}

/**
 * The parts of a paragraph: its runs, with a line break wherever the browser ended a
 * line (and one more for each blank line), so PowerPoint breaks the lines where the
 * browser did.
 */
export function paragraphParts(paragraph: IrParagraph, context: TextContext): (TextRun | LineBreak)[] {
  const preformatted = isPreformatted(paragraph)
  const slots = lineSlots(paragraph)
  const parts: (TextRun | LineBreak)[] = []
  const breakSize = round(paragraph.font.size)
  paragraph.lines.forEach((_, line) => {
    if (line > 0) {
      for (let slot = slots[line - 1]!; slot < slots[line]!; slot++)
        parts.push({ break: true, size: breakSize })
    }
    for (const { text, run } of lineRuns(paragraph.runs.filter(candidate => candidate.line === line), preformatted)) {
      const style = runStyle(run.font, context)
      if (!style)
        continue
      const href = run.href && LINK.test(run.href) ? run.href : undefined
      const next: TextRun = { text, ...style, ...(href ? { href } : {}) }
      const previous = parts.at(-1)
      if (previous && !('break' in previous) && sameStyle(previous, next))
        previous.text += text
      else
        parts.push(next)
    }
  })
  return parts
}

/** Whether a paragraph shows any text. */
export function hasText(paragraph: IrParagraph): boolean {
  return paragraph.runs.some(run => run.space !== undefined || run.text.trim() !== '')
}

/** The paragraph's alignment in PowerPoint's terms. */
export function alignOf(css: string): TextParagraph['align'] {
  if (css === 'center' || css === '-webkit-center')
    return 'ctr'
  if (css === 'right' || css === 'end' || css === '-webkit-right')
    return 'r'
  return 'l'
}

/** A list item's bullet, and the text it is written as when PowerPoint has no such bullet (`01`). */
export function bulletOf(marker: IrMarker | undefined, textSize: number, context: TextContext): { bullet: Bullet, prefix?: string } {
  if (!marker || marker.listStyle === 'none')
    return { bullet: { kind: 'none' } }
  const paint = parseColor(marker.font.color) ?? { color: '000000', alpha: 1 }
  const font = fontPair(marker.font.family, context.eastAsian).latin
  const sizePercent = Math.round(Math.min(400, Math.max(25, marker.font.size / Math.max(1, textSize) * 100)))
  const symbol = marker.text === undefined ? BULLET_CHARS[marker.listStyle] : undefined
  if (symbol)
    return { bullet: { kind: 'char', char: symbol.char, paint, font: SYMBOL_BULLET_FONT, sizePercent: Math.round(sizePercent * symbol.scale) } }
  const char = marker.text !== undefined && [...marker.text.trim()].length === 1 ? marker.text.trim() : undefined
  if (char)
    return { bullet: { kind: 'char', char, paint, font, sizePercent } }
  const scheme = marker.text === undefined ? NUMBER_SCHEMES[marker.listStyle] : undefined
  if (scheme)
    return { bullet: { kind: 'number', scheme, startAt: marker.ordinal, paint, font, sizePercent } }
  const prefix = marker.text ?? (marker.listStyle === 'decimal-leading-zero' ? String(marker.ordinal).padStart(2, '0') : String(marker.ordinal))
  return { bullet: { kind: 'none' }, prefix }
}

/** A text block laid out as PowerPoint is to draw it: its frame and paragraphs. */
export interface TextLayout {
  frame: Frame
  paragraphs: TextParagraph[]
  /** Whether a paragraph runs over more than one line (then PowerPoint wraps too, in the wider frame). */
  wraps: boolean
}

/**
 * Lays out paragraphs (a heading, a paragraph, a list with its nested items, a table
 * cell) as one text body: the frame starts at the first line box's top and at the
 * leftmost marker or text, and is {@link WIDTH_SLACK} wider than the browser's box;
 * each paragraph's lines are the browser's (exact line spacing, breaks where it broke),
 * the space before a paragraph is the gap the browser left, and list items get their
 * level, bullet, left margin and hanging indent from where the browser put their text
 * and marker. Undefined when no paragraph shows any text.
 */
export function layoutText(paragraphs: readonly IrParagraph[], context: TextContext): TextLayout | undefined {
  const shown = paragraphs.filter(paragraph => paragraph.lines.length > 0 && hasText(paragraph))
  if (shown.length === 0)
    return undefined
  const markers = shown.map(paragraph => bulletOf(paragraph.marker, paragraph.font.size, context))
  const markerStart = shown.map(paragraph => (paragraph.marker && paragraph.marker.listStyle !== 'none' ? paragraph.markerEnd - paragraph.marker.width : paragraph.rect.x))
  const left = Math.min(...shown.map((paragraph, index) => Math.min(paragraph.rect.x, markerStart[index]!)))
  const right = Math.max(...shown.map(paragraph => paragraph.rect.x + paragraph.rect.w))
  const tops = shown.map(paragraph => lineBoxTop(paragraph))
  const lineCounts = shown.map(paragraph => (lineSlots(paragraph).at(-1) ?? 0) + 1)
  const top = tops[0]!
  const out: TextParagraph[] = shown.map((paragraph, index) => {
    const previousEnd = index === 0 ? top : tops[index - 1]! + lineCounts[index - 1]! * shown[index - 1]!.lineHeight
    const { bullet, prefix } = markers[index]!
    const parts = paragraphParts(paragraph, context)
    if (prefix !== undefined && paragraph.marker) {
      const style = runStyle(paragraph.marker.font, context)
      if (style)
        parts.unshift({ text: `${prefix}\t`, ...style })
    }
    const marginLeft = paragraph.rect.x - left
    const indent = paragraph.marker && paragraph.marker.listStyle !== 'none' ? markerStart[index]! - left - marginLeft : 0
    return {
      parts,
      align: alignOf(paragraph.align),
      level: Math.max(0, paragraph.level - 1),
      lineSpacing: round(paragraph.lineHeight),
      spaceBefore: index === 0 ? 0 : round(Math.max(0, tops[index]! - previousEnd)),
      marginLeft: round(marginLeft),
      indent: round(Math.min(0, indent)),
      bullet,
      endSize: round(paragraph.font.size),
      lang: context.lang,
    }
  })
  const last = shown.length - 1
  const bottom = tops[last]! + lineCounts[last]! * shown[last]!.lineHeight
  return { frame: widen({ x: left, y: top, w: right - left, h: bottom - top }, out[0]!.align), paragraphs: out, wraps: lineCounts.some(count => count > 1) }
}

/** Top of a paragraph's first line box: its text's top less half the leading. */
export function lineBoxTop(paragraph: IrParagraph): number {
  const line = paragraph.lines[0]!
  return line.top - (paragraph.lineHeight - (line.bottom - line.top)) / 2
}

/** A frame made {@link WIDTH_SLACK} wider on the side its text runs to, within the slide. */
export function widen(frame: Frame, align: TextParagraph['align']): Frame {
  const slack = Math.max(WIDTH_SLACK.min, frame.w * WIDTH_SLACK.share)
  const grown = align === 'l' ? { x: frame.x, w: frame.w + slack } : align === 'r' ? { x: frame.x - slack, w: frame.w + slack } : { x: frame.x - slack / 2, w: frame.w + slack }
  const x = Math.max(Math.min(frame.x, 0), grown.x)
  const w = Math.min(Math.max(frame.x + frame.w, SLIDE_WIDTH), grown.x + grown.w) - x
  return { x: round(x), y: round(frame.y), w: round(w), h: round(frame.h) }
}

/** Points rounded to a hundredth. */
export function round(value: number): number {
  return Math.round(value * 100) / 100
}
