import type PptxGenJS from 'pptxgenjs'
import type { PostProcessPlan, TextReplacement } from './post-process'
import type { ChartShape, DeckSpec, Outline, Paint, PathShape, Shape, TableShape } from './spec'
import { randomBytes } from 'node:crypto'
import { writeFile } from '../../lib/files'
import { defineLayouts, inches, TITLE_PLACEHOLDER } from './master'
import { newPresentation } from './new-presentation'
import { groupedName, postProcess } from './post-process'
import { notesBodyXml, textBodyXml, textShapePropertiesXml } from './text-body-xml'

/** A path shape's least extent, in points (a horizontal line still has a height). */
const MIN_EXTENT = 0.5

/** pptxgenjs's transparency (percent) of a paint. */
function transparency(paint: Paint): number {
  return Math.round((1 - paint.alpha) * 100)
}

/** pptxgenjs's line of an outline (none without one). */
function lineOf(outline: Outline | undefined, arrowEnd = false): PptxGenJS.ShapeLineProps {
  if (!outline)
    return { type: 'none' }
  return {
    type: 'solid',
    color: outline.paint.color,
    transparency: transparency(outline.paint),
    width: outline.width,
    dashType: outline.dash,
    ...(arrowEnd ? { endArrowType: 'triangle' as const } : {}),
  }
}

/** pptxgenjs's fill of a paint (none without one). */
function fillOf(paint: Paint | undefined): PptxGenJS.ShapeFillProps {
  return paint ? { type: 'solid', color: paint.color, transparency: transparency(paint) } : { type: 'none' }
}

/** Adds a polyline or polygon as a custom geometry over its points' bounds. */
function addPath(slide: PptxGenJS.Slide, shape: PathShape): void {
  const xs = shape.points.map(point => point.x)
  const ys = shape.points.map(point => point.y)
  const x = Math.min(...xs)
  const y = Math.min(...ys)
  const w = Math.max(MIN_EXTENT, Math.max(...xs) - x)
  const h = Math.max(MIN_EXTENT, Math.max(...ys) - y)
  const points: NonNullable<PptxGenJS.ShapeProps['points']> = shape.points.map((point, index) => ({ x: inches(point.x - x), y: inches(point.y - y), ...(index === 0 ? { moveTo: true } : {}) }))
  if (shape.closed)
    points.push({ close: true })
  slide.addShape('custGeom' as PptxGenJS.SHAPE_NAME, { x: inches(x), y: inches(y), w: inches(w), h: inches(h), points, fill: fillOf(shape.fill), line: lineOf(shape.outline, shape.arrowEnd), objectName: groupedName(shape.name, shape.group) })
}

/** Adds a native table, each cell's text a marker for its own text body. */
function addTable(slide: PptxGenJS.Slide, shape: TableShape, marker: () => string, cells: Map<string, string>): void {
  const side = (outline: Outline | undefined): PptxGenJS.BorderProps => (outline ? { type: 'solid', pt: outline.width, color: outline.paint.color } : { type: 'none' })
  const rows: PptxGenJS.TableRow[] = shape.rows.map(row => row.cells.map((cell) => {
    const text = marker()
    cells.set(text, textBodyXml(cell.paragraphs, { cell: true }))
    return {
      text,
      options: {
        fill: cell.fill ? { color: cell.fill.color, transparency: transparency(cell.fill) } : undefined,
        border: cell.borders.map(side) as [PptxGenJS.BorderProps, PptxGenJS.BorderProps, PptxGenJS.BorderProps, PptxGenJS.BorderProps],
        margin: cell.margins.map(inches) as [number, number, number, number],
        valign: cell.anchor === 'ctr' ? 'middle' : cell.anchor === 'b' ? 'bottom' : 'top',
        colspan: cell.colSpan > 1 ? cell.colSpan : undefined,
        rowspan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
      },
    }
  }))
  slide.addTable(rows, { x: inches(shape.frame.x), y: inches(shape.frame.y), w: inches(shape.frame.w), colW: shape.columns.map(inches), rowH: shape.rows.map(row => inches(row.height)), autoPage: false, objectName: groupedName(shape.name, shape.group) })
}

/** Adds a native horizontal bar chart: labels and values as its data, styled as the page drew it. */
function addChart(slide: PptxGenJS.Slide, shape: ChartShape): void {
  slide.addChart('bar' as PptxGenJS.CHART_NAME, [{ name: shape.alt || shape.name, labels: shape.labels, values: shape.values }], {
    x: inches(shape.frame.x),
    y: inches(shape.frame.y),
    w: inches(shape.frame.w),
    h: inches(shape.frame.h),
    barDir: 'bar',
    chartColors: shape.colors.length > 1 ? shape.colors : [...shape.colors, ...shape.colors],
    barGapWidthPct: shape.gapPercent,
    catAxisOrientation: 'maxMin' as 'minMax',
    catAxisLineShow: false,
    catAxisMajorTickMark: 'none',
    catAxisLabelColor: shape.labelRun.paint.color,
    catAxisLabelFontFace: shape.labelRun.font.latin,
    catAxisLabelFontSize: shape.labelRun.size,
    valAxisHidden: true,
    valAxisMinVal: 0,
    valAxisMaxVal: Math.max(...shape.values, 0) || 1,
    valGridLine: { style: 'none' },
    catGridLine: { style: 'none' },
    showLegend: false,
    showValue: shape.valueFormat !== undefined,
    dataLabelFormatCode: shape.valueFormat,
    dataLabelPosition: 'outEnd',
    dataLabelColor: shape.valueRun.paint.color,
    dataLabelFontFace: shape.valueRun.font.latin,
    dataLabelFontSize: shape.valueRun.size,
    dataLabelFontBold: shape.valueRun.bold,
    layout: shape.plot,
    altText: shape.alt,
    objectName: groupedName(shape.name, shape.group),
  })
}

/**
 * Writes the deck as a native PowerPoint file: the master's layouts in our theme, then
 * each slide's shapes with pptxgenjs (text as a marker in a text box or the title
 * placeholder), and then {@link postProcess} puts our own XML where pptxgenjs has no
 * words for it (line breaks, bullets, Latin and East Asian fonts, SVGs, groups, notes
 * with bold).
 */
export async function writeNativePptx(spec: DeckSpec, path: string): Promise<void> {
  const pptx = await newPresentation({ title: spec.title, author: spec.author, subject: spec.subject, fonts: { heading: spec.theme.fonts.heading.latin, body: spec.theme.fonts.body.latin } })
  defineLayouts(pptx, spec)
  const nonce = randomBytes(6).toString('hex')
  let count = 0
  const marker = () => `pptx-${nonce}-${++count}`
  const texts = new Map<string, TextReplacement>()
  const cells = new Map<string, string>()
  const svgs = new Map<string, string>()
  for (const slideSpec of spec.slides) {
    const slide = pptx.addSlide({ masterName: slideSpec.layout })
    if ('picture' in slideSpec.background)
      slide.background = { data: `${slideSpec.background.picture.mime};base64,${slideSpec.background.picture.base64}` }
    else
      slide.background = { color: slideSpec.background.paint.color }
    for (const shape of slideSpec.shapes)
      addShape(slide, shape, { marker, texts, cells, svgs })
    slide.addNotes(slideSpec.notesText)
  }
  const written = await pptx.write({ outputType: 'nodebuffer', compression: true }) as Uint8Array
  const plan: PostProcessPlan = {
    texts,
    cells,
    svgs,
    notes: spec.slides.map(slide => notesBodyXml(slide.notes, spec.theme.lang)),
    theme: spec.theme,
    centredTitleLayout: 'Cover',
  }
  await writeFile(path, await postProcess(written, plan))
}

/** What adding shapes records for the post-processing. */
interface AddContext {
  marker: () => string
  texts: Map<string, TextReplacement>
  cells: Map<string, string>
  svgs: Map<string, string>
}

/** Adds one shape to a slide (see {@link writeNativePptx}). */
function addShape(slide: PptxGenJS.Slide, shape: Shape, context: AddContext): void {
  const objectName = groupedName(shape.name, shape.group)
  switch (shape.kind) {
    case 'text': {
      const text = context.marker()
      context.texts.set(text, { spPr: textShapePropertiesXml(shape), txBody: textBodyXml(shape.paragraphs, { anchor: shape.anchor, wrap: shape.wrap }), placeholder: shape.placeholder })
      const { x, y, w, h } = shape.frame
      slide.addText(text, { x: inches(x), y: inches(y), w: inches(w), h: inches(h), objectName, ...(shape.placeholder ? { placeholder: TITLE_PLACEHOLDER } : {}) })
      return
    }
    case 'box': {
      const { x, y, w, h } = shape.frame
      slide.addShape(shape.geometry as PptxGenJS.SHAPE_NAME, {
        x: inches(x),
        y: inches(y),
        w: inches(w),
        h: inches(h),
        fill: fillOf(shape.fill),
        line: lineOf(shape.outline),
        ...(shape.geometry === 'roundRect' ? { rectRadius: inches(shape.radius * Math.min(w, h)) } : {}),
        objectName,
      })
      return
    }
    case 'path':
      addPath(slide, shape)
      return
    case 'picture': {
      const name = shape.svg ? groupedName(`${shape.name}-svg-${context.svgs.size + 1}`, shape.group) : objectName
      if (shape.svg)
        context.svgs.set(name, shape.svg)
      const { x, y, w, h } = shape.frame
      slide.addImage({ data: `${shape.data.mime};base64,${shape.data.base64}`, x: inches(x), y: inches(y), w: inches(w), h: inches(h), altText: shape.alt, objectName: name, transparency: shape.transparency || undefined })
      return
    }
    case 'table':
      addTable(slide, shape, context.marker, context.cells)
      return
    case 'chart':
      addChart(slide, shape)
  }
}
