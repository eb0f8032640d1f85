// What the native PowerPoint file holds, judged from the page's IR by `normalize.ts` and
// written by `write-native.ts`: slides of positioned shapes in points (one CSS pixel of
// the 960x540 canvas is one point of the 13.33x7.5 in slide), text as paragraphs of runs
// with the browser's line breaks, colours as `RRGGBB`.

import type { NotesParagraph } from '../../render/pptx-notes'

/** A place on the slide, in points from its top left. */
export interface Frame {
  x: number
  y: number
  w: number
  h: number
}

/** A colour: `RRGGBB`, and how opaque it is (1: fully). */
export interface Paint {
  color: string
  alpha: number
}

/** The fonts of a run: one for Latin text, one for East Asian text. */
export interface FontPair {
  latin: string
  ea: string
}

/** A stretch of text in one style. */
export interface TextRun {
  text: string
  font: FontPair
  /** Size in points. */
  size: number
  bold: boolean
  italic: boolean
  paint: Paint
  underline: boolean
  strike: boolean
  /** Background of inline code or keys. */
  highlight?: string
  /** Letter spacing in points. */
  spacing: number
  /** Raised or lowered: percent of the font size (sub- and superscripts). */
  baseline: number
  /** A link to an `http(s):` or `mailto:` address. */
  href?: string
}

/** A line break inside a paragraph (`<a:br/>`), at the end of a line as the browser drew it. */
export interface LineBreak {
  break: true
  /** Size of the (empty) break, in points. */
  size: number
}

/** How a paragraph is marked. */
export type Bullet
  = | { kind: 'char', char: string, paint: Paint, font: string, sizePercent: number }
    | { kind: 'number', scheme: 'arabicPeriod' | 'arabicParenR' | 'alphaLcPeriod' | 'alphaUcPeriod' | 'romanLcPeriod' | 'romanUcPeriod', startAt: number, paint: Paint, font: string, sizePercent: number }
    | { kind: 'none' }

/** One paragraph of a text body. */
export interface TextParagraph {
  parts: (TextRun | LineBreak)[]
  align: 'l' | 'ctr' | 'r'
  /** Outline level, 0-based (lists). */
  level: number
  /** Exact line spacing in points: the browser's line height. */
  lineSpacing: number
  /** Space before the paragraph, in points. */
  spaceBefore: number
  /** Left margin of the text and the (negative) indent of the first line, where the bullet goes, in points. */
  marginLeft: number
  indent: number
  bullet: Bullet
  /** Size of the paragraph's end mark, in points (an empty paragraph keeps its height). */
  endSize: number
  /** The paragraph's language (`zh-CN`, `en-US` ...). */
  lang: string
}

/** Which placeholder of the slide's layout a text shape fills. */
export type PlaceholderKind = 'title' | 'ctrTitle' | 'subTitle'

/** Common fields of every shape. */
interface ShapeBase {
  /** Shapes of one diagram share a group. */
  group?: string
  /** What the shape shows, for the selection pane. */
  name: string
}

/** A text box (or a placeholder), top-anchored, no autofit, insets 0. */
export interface TextShape extends ShapeBase {
  kind: 'text'
  frame: Frame
  paragraphs: TextParagraph[]
  placeholder?: PlaceholderKind
  /** Vertical anchor: top, unless the text is centred in a shape. */
  anchor: 't' | 'ctr'
  /** Whether PowerPoint wraps lines: not for text the browser drew on single lines (labels, titles), which then cannot wrap in a wider font. */
  wrap: boolean
  /** A fill behind the text (a marker drawn as a shape with its text). */
  fill?: Paint
  geometry: 'rect' | 'roundRect' | 'ellipse'
  /** Corner radius as a share of the shorter side (roundRect), 0-0.5. */
  radius: number
}

/** A line around a shape. */
export interface Outline {
  paint: Paint
  /** Width in points. */
  width: number
  dash: 'solid' | 'dash' | 'sysDot'
}

/** A rectangle, rounded rectangle or ellipse. */
export interface BoxShape extends ShapeBase {
  kind: 'box'
  frame: Frame
  geometry: 'rect' | 'roundRect' | 'ellipse'
  radius: number
  fill?: Paint
  outline?: Outline
}

/** A polyline or polygon (edges, arrows, axes). */
export interface PathShape extends ShapeBase {
  kind: 'path'
  /** Points in points, on the slide. */
  points: { x: number, y: number }[]
  closed: boolean
  fill?: Paint
  outline?: Outline
  arrowEnd: boolean
}

/** A picture: the page's own image, or a capture (PNG) with its SVG when there is one. */
export interface PictureShape extends ShapeBase {
  kind: 'picture'
  frame: Frame
  /** The picture's bytes (PNG, JPEG, GIF ...). */
  data: { mime: string, base64: string }
  /** SVG markup drawn instead where the reader can (PowerPoint 2016+), the picture being its fallback. */
  svg?: string
  alt: string
  transparency: number
}

/** One table cell. */
export interface TableCellSpec {
  paragraphs: TextParagraph[]
  fill?: Paint
  /** Top, right, bottom, left: undefined for none. */
  borders: [Outline | undefined, Outline | undefined, Outline | undefined, Outline | undefined]
  /** Top, right, bottom, left, in points. */
  margins: [number, number, number, number]
  anchor: 't' | 'ctr' | 'b'
  colSpan: number
  rowSpan: number
}

/** A native table. */
export interface TableShape extends ShapeBase {
  kind: 'table'
  frame: Frame
  /** Column widths in points. */
  columns: number[]
  rows: { height: number, cells: TableCellSpec[] }[]
}

/** A native bar chart (BarCompare): the numbers stay data. */
export interface ChartShape extends ShapeBase {
  kind: 'chart'
  frame: Frame
  labels: string[]
  values: number[]
  /** Each bar's colour. */
  colors: string[]
  /** Excel number format of the value labels (`General"%"`); undefined: no value labels. */
  valueFormat?: string
  labelRun: TextRun
  valueRun: TextRun
  /** The plot area inside the frame, as shares of it. */
  plot: { x: number, y: number, w: number, h: number }
  /** Gap between bars, percent of a bar's width. */
  gapPercent: number
  alt: string
}

/** Anything on a slide. */
export type Shape = TextShape | BoxShape | PathShape | PictureShape | TableShape | ChartShape

/** A paragraph of speaker notes: runs, bold kept (`render/pptx-notes.ts`). */
export type { NotesParagraph }

/** The slide layouts of the master, by name. */
export type LayoutKind = 'Cover' | 'Agenda' | 'Section' | 'Content' | 'Statement' | 'Closing'

/** One slide. */
export interface SlideSpec {
  layout: LayoutKind
  /** Its background: a colour, or a picture (a gradient). */
  background: { paint: Paint } | { picture: { mime: string, base64: string } }
  shapes: Shape[]
  notes: NotesParagraph[]
  /** The slide's plain notes, for readers that take the text alone. */
  notesText: string
}

/** The deck's palette and fonts, read from the page's theme. */
export interface ThemeSpec {
  ink: string
  muted: string
  paper: string
  primary: string
  primarySoft: string
  accent: string
  accentSoft: string
  band: string
  fonts: { heading: FontPair, body: FontPair, mono: FontPair }
  lang: string
}

/** The whole native file. */
export interface DeckSpec {
  title: string
  author?: string
  subject?: string
  theme: ThemeSpec
  slides: SlideSpec[]
}
