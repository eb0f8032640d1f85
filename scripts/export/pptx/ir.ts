// The raw data the browser gives of each slide of the print view, for the native
// PowerPoint file: what `collect/` reads from the page, before any judgement.
// Geometry is in CSS pixels of the slide canvas (960x540), from the slide's top left;
// colours and font stacks are the browser's computed strings. `normalize.ts` turns this
// into shapes; nothing here knows PowerPoint.

/** A rectangle on the slide canvas, in CSS pixels from its top left. */
export interface IrRect {
  x: number
  y: number
  w: number
  h: number
}

/** How a stretch of text is drawn: the computed style of its element. */
export interface IrFont {
  /** `font-family` as computed: a stack, first family first. */
  family: string
  /** Font size in canvas pixels (SVG text: after the SVG's scale). */
  size: number
  weight: number
  italic: boolean
  /** `color` (SVG text: `fill`). */
  color: string
  /** `text-decoration-line`: `underline`, `line-through` or `none`. */
  decoration: string
  /** Background colour of an inline element (inline code, `<kbd>`), else transparent. */
  background: string
  /** `letter-spacing` in canvas pixels (0 for `normal`). */
  letterSpacing: number
  /** `vertical-align`: `sub`, `super` or `baseline`. */
  verticalAlign: string
  /** Effective opacity (the element's and its ancestors'). */
  opacity: number
}

/** A stretch of one text node on one line, in one style. */
export interface IrRun {
  text: string
  font: IrFont
  /** The line of its paragraph it is on (0-based). */
  line: number
  /** The link it is part of. */
  href?: string
  /** A forced break (`<br>`) follows it. */
  breakAfter?: boolean
  /** An inline picture (a formula, an image) stands here, this wide: the run holds its place. */
  space?: number
}

/** One line box of a paragraph, as the browser laid it out: the union of its text's rectangles. */
export interface IrLine {
  top: number
  bottom: number
  left: number
  right: number
}

/** A list item's marker (`::marker`, or a `::before` drawn instead of one). */
export interface IrMarker {
  /** `list-style-type` of the item: `disc`, `decimal`, `decimal-leading-zero`, `none` ... */
  listStyle: string
  /** The marker's own text when it is set by `content` (a string, or a counter resolved to the item's number). */
  text?: string
  /** The item's number in its list. */
  ordinal: number
  font: IrFont
  /** How far the marker and the gap after it push the item's text (measured with the marker inside). */
  width: number
}

/** One paragraph: the inline content of one block element, laid out in lines. */
export interface IrParagraph {
  /** The element's tag (`p`, `li`, `h1`, `td` ...). */
  tag: string
  /** The element's content box. */
  rect: IrRect
  runs: IrRun[]
  lines: IrLine[]
  /** List nesting: 0 outside lists, 1 for an item of a top-level list, 2 for one nested in it. */
  level: number
  /** Where the element's border box starts: an outside marker ends there (list items). */
  markerEnd: number
  marker?: IrMarker
  /** `text-align` as computed. */
  align: string
  /** `line-height` in canvas pixels (`normal`: 1.2 times the font size). */
  lineHeight: number
  /** `white-space` as computed (`pre` for code). */
  whiteSpace: string
  /** The block's own font, for empty lines. */
  font: IrFont
}

/** A text block: a heading, a paragraph, a list with its nested items, a code block ... */
export interface IrText {
  kind: 'text'
  tag: string
  className: string
  /** The block's border box. */
  rect: IrRect
  paragraphs: IrParagraph[]
}

/** One side of a box's border. */
export interface IrBorder {
  width: number
  color: string
  style: string
}

/** A painted box: an element's background and borders (not its content). */
export interface IrBox {
  kind: 'box'
  tag: string
  className: string
  rect: IrRect
  /** `background-color` as computed. */
  fill: string
  /** `background-image` as computed (`none`, or gradients; then the box is also captured as a picture). */
  backgroundImage: string
  /** Corner radius in canvas pixels (the top-left one). */
  radius: number
  /** Top, right, bottom, left. */
  borders: [IrBorder, IrBorder, IrBorder, IrBorder]
  opacity: number
  /** Id of the capture of this box's background (gradients), see {@link IrCapture}. */
  capture?: string
  /** Text of a `::before` drawn as this box (`✓`), centred in it. */
  text?: string
  font?: IrFont
}

/** A picture of the page: an `<img>`. */
export interface IrImage {
  kind: 'image'
  /** Where the image is drawn (its content box after `object-fit`). */
  rect: IrRect
  /** Its URL in the page. */
  src: string
  alt: string
  naturalWidth: number
  naturalHeight: number
  opacity: number
  /** Id of its capture, for an SVG image's PNG fallback. */
  capture?: string
}

/** A formula drawn by KaTeX: captured as a picture, with its TeX source. */
export interface IrFormula {
  kind: 'formula'
  rect: IrRect
  tex: string
  display: boolean
  capture: string
}

/** One table cell. */
export interface IrCell {
  rect: IrRect
  header: boolean
  fill: string
  /** Top, right, bottom, left. */
  borders: [IrBorder, IrBorder, IrBorder, IrBorder]
  /** Padding: top, right, bottom, left, in canvas pixels. */
  padding: [number, number, number, number]
  verticalAlign: string
  colSpan: number
  rowSpan: number
  paragraphs: IrParagraph[]
}

/** A table: rows of cells. */
export interface IrTable {
  kind: 'table'
  rect: IrRect
  rows: IrCell[][]
}

/** One graphic element of an SVG, in slide coordinates. */
export type IrSvgShape
  = | { type: 'rect', className: string, rect: IrRect, radius: number, fill: string, stroke: string, strokeWidth: number, opacity: number }
    | { type: 'ellipse', className: string, rect: IrRect, fill: string, stroke: string, strokeWidth: number, opacity: number }
    | { type: 'path', className: string, points: { x: number, y: number }[], closed: boolean, fill: string, stroke: string, strokeWidth: number, dash: string, opacity: number, arrowEnd: boolean }
    | { type: 'text', className: string, anchor: string, lines: { text: string, x: number, y: number, rect: IrRect }[], font: IrFont }

/** A diagram of ours (`figure.deck-diagram`), or any other inline SVG. */
export interface IrDiagram {
  kind: 'diagram'
  /** The component's name, from its figure's class (`bar-compare` -> `BarCompare`); empty for another SVG. */
  component: string
  /** Its place among the slide's diagrams (0-based). */
  index: number
  /** Where the SVG is drawn. */
  rect: IrRect
  /** Its graphic elements, in paint order. */
  shapes: IrSvgShape[]
  /** The SVG as markup with its computed styles written in, to stand alone as a picture. */
  svg: string
  /** Its title (`<title>`), for alt text. */
  title: string
  capture: string
}

/** Anything on a slide, in paint order. */
export type IrItem = IrBox | IrText | IrImage | IrFormula | IrTable | IrDiagram

/** A part of the page to capture as a PNG (at the canvas scale or more), by id. */
export interface IrCapture {
  id: string
  /** The rectangle in the page's document coordinates (CSS pixels). */
  page: IrRect
  /** Capture the element's background alone: its content hidden. */
  backgroundOnly: boolean
}

/** One slide of the print view. */
export interface IrSlide {
  /** Classes of the slide's layout root (`slidev-layout deck-content ...`). */
  layoutClass: string
  /** Background colour of the layout root. */
  background: string
  /** Background image of the layout root (gradients), captured when not `none`. */
  backgroundImage: string
  /** Id of the capture of the slide's background, when it has a gradient. */
  backgroundCapture?: string
  items: IrItem[]
}

/** What the page gives of the whole deck. */
export interface IrDeck {
  slides: IrSlide[]
  captures: IrCapture[]
  /** The theme's custom properties (`--deck-primary` ...) as the first slide computes them. */
  theme: Record<string, string>
}
