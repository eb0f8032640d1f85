import type { Diagram, DiagramName } from '../../../diagrams/types'
import type { IrDiagram, IrSvgShape } from './ir'
import type { TextContext } from './normalize-text'
import type { ChartShape, Outline, Paint, PathShape, PictureShape, Shape, TextShape } from './spec'
import { blend, parseColor, withOpacity } from './css-values'
import { frameOf, radiusShare } from './normalize-box'
import { round, runStyle, widen } from './normalize-text'

/** How a diagram becomes PowerPoint: a native chart, native shapes and text, or a picture (SVG, PNG fallback). */
export type DiagramForm = 'chart' | 'shapes' | 'picture'

/**
 * The form of each of our diagrams: bars as a chart whose numbers stay data, figures,
 * timelines, chains, structures and cards as shapes and text (grouped), graphs and mind
 * maps (curves and many crossings) as vector pictures.
 */
export const DIAGRAM_FORMS: Record<DiagramName, DiagramForm> = {
  BarCompare: 'chart',
  StatGrid: 'shapes',
  Timeline: 'shapes',
  FlowChain: 'shapes',
  OrgStructure: 'shapes',
  TermCards: 'shapes',
  DerivationGraph: 'picture',
  MindMap: 'picture',
}

/** The form a diagram of the page takes (an SVG that is not one of ours: a picture). */
export function diagramForm(component: string): DiagramForm {
  return (DIAGRAM_FORMS as Record<string, DiagramForm>)[component] ?? 'picture'
}

/** What diagrams are normalised with. */
export interface DiagramContext {
  text: TextContext
  /** Captured PNGs by id. */
  pngs: ReadonlyMap<string, string>
  /** The slide's paper colour, which translucent fills are laid over. */
  paper: string
  /** Group of the diagram's shapes. */
  group: string
}

/** A stroke as an outline; undefined when none is drawn. */
function strokeOf(stroke: string, width: number, opacity: number, dash = 'none'): Outline | undefined {
  const paint = parseColor(stroke)
  if (!paint || width <= 0)
    return undefined
  const first = Number.parseFloat(dash)
  return { paint: withOpacity(paint, opacity), width: round(width), dash: !Number.isFinite(first) || first <= 0 ? 'solid' : first <= width * 2 ? 'sysDot' : 'dash' }
}

/** A fill; undefined for `none`. */
function fillOf(fill: string, opacity: number): Paint | undefined {
  const paint = parseColor(fill)
  return paint ? withOpacity(paint, opacity) : undefined
}

/** One text element of an SVG as a text box: its lines (its `tspan`s) with the SVG's line pitch, anchored as the SVG anchors them. */
function svgText(shape: Extract<IrSvgShape, { type: 'text' }>, context: DiagramContext): TextShape | undefined {
  const style = runStyle(shape.font, context.text)
  const lines = shape.lines.filter(line => line.text.trim())
  if (!style || lines.length === 0)
    return undefined
  const first = lines[0]!.rect
  const pitch = lines.length > 1 ? (lines.at(-1)!.rect.y - first.y) / (lines.length - 1) : first.h
  const lineSpacing = Math.max(pitch, 1)
  const left = Math.min(...lines.map(line => line.rect.x))
  const right = Math.max(...lines.map(line => line.rect.x + line.rect.w))
  const align = shape.anchor === 'middle' ? 'ctr' : shape.anchor === 'end' ? 'r' : 'l'
  const top = first.y - (lineSpacing - first.h) / 2
  const parts = lines.flatMap((line, index) => [...(index > 0 ? [{ break: true as const, size: style.size }] : []), { text: line.text.trim(), ...style }])
  return {
    kind: 'text',
    name: shape.className || 'text',
    group: context.group,
    frame: widen({ x: left, y: top, w: right - left, h: lineSpacing * lines.length }, align),
    geometry: 'rect',
    radius: 0,
    anchor: 't',
    wrap: false,
    paragraphs: [{ parts, align, level: 0, lineSpacing: round(lineSpacing), spaceBefore: 0, marginLeft: 0, indent: 0, bullet: { kind: 'none' }, endSize: style.size, lang: context.text.lang }],
  }
}

/** One graphic element of an SVG as a native shape. */
function svgShape(shape: IrSvgShape, context: DiagramContext): Shape | undefined {
  const name = shape.className || shape.type
  if (shape.type === 'text')
    return svgText(shape, context)
  if (shape.type === 'path') {
    if (shape.points.length < 2)
      return undefined
    const fill = shape.closed ? fillOf(shape.fill, shape.opacity) : undefined
    const outline = strokeOf(shape.stroke, shape.strokeWidth, shape.opacity, shape.dash)
    if (!fill && !outline)
      return undefined
    const path: PathShape = { kind: 'path', name, group: context.group, points: shape.points.map(point => ({ x: round(point.x), y: round(point.y) })), closed: shape.closed, fill, outline, arrowEnd: shape.arrowEnd }
    return path
  }
  const frame = frameOf(shape.rect)
  const fill = fillOf(shape.fill, shape.opacity)
  const outline = strokeOf(shape.stroke, shape.strokeWidth, shape.opacity)
  if ((!fill && !outline) || frame.w <= 0 || frame.h <= 0)
    return undefined
  if (shape.type === 'ellipse')
    return { kind: 'box', name, group: context.group, frame, geometry: 'ellipse', radius: 0, fill, outline }
  return { kind: 'box', name, group: context.group, frame, geometry: shape.radius > 0.5 ? 'roundRect' : 'rect', radius: radiusShare(shape.radius, frame), fill, outline }
}

/** A diagram as a picture: its SVG, with the PNG captured from the page as the fallback. */
function diagramPicture(diagram: IrDiagram, context: DiagramContext): PictureShape[] {
  const png = context.pngs.get(diagram.capture)
  if (!png)
    return []
  return [{ kind: 'picture', name: diagram.component || 'svg', frame: frameOf(diagram.rect), data: { mime: 'image/png', base64: png }, svg: diagram.svg, alt: diagram.title, transparency: 0 }]
}

/** Quotes a unit for an Excel number format (`General" 万美元"`). */
function unitFormat(unit: string): string {
  return `General"${unit.replace(/"/g, '')}"`
}

/**
 * A BarCompare as a native bar chart over the data of the deck's model (labels and values
 * stay editable), where the browser drew the bars: the plot area spans the bars, each bar
 * in the browser's colour (the longest in the accent), the value labels in the format of
 * the unit when every label is its value and unit; the title, the source and any value
 * label the format cannot write are text beside the chart, all grouped.
 */
function barChart(diagram: IrDiagram, data: Extract<Diagram, { component: 'BarCompare' }>['props'], context: DiagramContext): Shape[] | undefined {
  const bars = diagram.shapes.filter((shape): shape is Extract<IrSvgShape, { type: 'rect' }> => shape.type === 'rect' && /\bd-bar\b/.test(shape.className))
  if (bars.length !== data.items.length || bars.length === 0)
    return undefined
  const texts = diagram.shapes.filter((shape): shape is Extract<IrSvgShape, { type: 'text' }> => shape.type === 'text')
  const labelText = texts.find(text => /\bd-label\b/.test(text.className))
  const valueText = texts.find(text => /\bd-value\b/.test(text.className))
  const labelRun = labelText && runStyle(labelText.font, context.text)
  const valueRun = valueText && runStyle(valueText.font, context.text)
  if (!labelRun || !valueRun)
    return undefined
  const unit = data.unit ?? ''
  const plain = data.items.every(item => item.display === undefined || item.display === `${item.value}${unit}`)
  const step = bars.length > 1 ? (bars.at(-1)!.rect.y - bars[0]!.rect.y) / (bars.length - 1) : bars[0]!.rect.h / 0.72
  const gap = Math.max(0, step - bars[0]!.rect.h)
  const top = bars[0]!.rect.y - gap / 2
  const bottom = bars.at(-1)!.rect.y + bars.at(-1)!.rect.h + gap / 2
  const frame = frameOf({ x: diagram.rect.x, y: top, w: diagram.rect.w, h: bottom - top })
  const barLeft = Math.min(...bars.map(bar => bar.rect.x))
  const longest = Math.max(...bars.map(bar => bar.rect.x + bar.rect.w))
  const chart: ChartShape = {
    kind: 'chart',
    name: 'BarCompare',
    group: context.group,
    frame,
    labels: data.items.map(item => item.label),
    values: data.items.map(item => item.value),
    colors: bars.map(bar => blend(fillOf(bar.fill, bar.opacity) ?? { color: '1E3A5F', alpha: 1 }, context.paper)),
    valueFormat: plain ? unitFormat(unit) : undefined,
    labelRun: { text: '', ...labelRun },
    valueRun: { text: '', ...valueRun },
    plot: { x: round((barLeft - frame.x) / frame.w), y: 0, w: round((longest - barLeft) / frame.w), h: 1 },
    gapPercent: Math.round(gap / Math.max(1, bars[0]!.rect.h) * 100),
    alt: diagram.title,
  }
  const beside = texts.filter(text => /\bd-(?:title|source)\b/.test(text.className) || (!plain && /\bd-value\b/.test(text.className)))
  return [chart, ...beside.flatMap(text => svgText(text, context) ?? [])]
}

/**
 * A diagram of the page as PowerPoint shapes, by its form ({@link DIAGRAM_FORMS}): a
 * BarCompare as a chart (when the deck's data matches what the page drew), the others of
 * the `shapes` form as their SVG's rectangles, circles, lines and paths as shapes and its
 * text as text boxes, all in one group; the rest as a picture.
 */
export function normalizeDiagram(diagram: IrDiagram, model: Diagram | undefined, context: DiagramContext): Shape[] {
  const form = diagramForm(diagram.component)
  if (form === 'chart' && model?.component === 'BarCompare') {
    const chart = barChart(diagram, model.props, context)
    if (chart)
      return chart
  }
  if (form === 'picture')
    return diagramPicture(diagram, context)
  const shapes = diagram.shapes.flatMap(shape => svgShape(shape, context) ?? [])
  return shapes.length > 0 ? shapes : diagramPicture(diagram, context)
}
