import type { IrBorder, IrBox } from './ir'
import type { TextContext } from './normalize-text'
import type { BoxShape, Frame, Outline, PictureShape, Shape, TextShape } from './spec'
import { parseColor, withOpacity } from './css-values'
import { round, runStyle } from './normalize-text'

/** A border side as an outline; undefined when it draws nothing. */
export function outlineOf(border: IrBorder, opacity = 1): Outline | undefined {
  const paint = parseColor(border.color)
  if (!paint || border.width <= 0 || border.style === 'none' || border.style === 'hidden')
    return undefined
  return { paint: withOpacity(paint, opacity), width: round(border.width), dash: border.style === 'dashed' ? 'dash' : border.style === 'dotted' ? 'sysDot' : 'solid' }
}

/** A frame's corner radius as PowerPoint's share of its shorter side (0-0.5). */
export function radiusShare(radius: number, frame: Frame): number {
  return Math.min(0.5, Math.max(0, radius / Math.max(1, Math.min(frame.w, frame.h))))
}

/** The geometry a rounded box is drawn with: an ellipse when its corners meet. */
function geometryOf(radius: number, frame: Frame): BoxShape['geometry'] {
  if (radius <= 0.5)
    return 'rect'
  return radius >= Math.min(frame.w, frame.h) / 2 - 0.5 && Math.abs(frame.w - frame.h) < 1 ? 'ellipse' : 'roundRect'
}

/** A rectangle of the IR as a frame in points, rounded. */
export function frameOf(rect: { x: number, y: number, w: number, h: number }): Frame {
  return { x: round(rect.x), y: round(rect.y), w: round(rect.w), h: round(rect.h) }
}

/** Strips for the sides of a border that differ (a heading's accent bar, a row's rule). */
function borderStrips(box: IrBox, outlines: (Outline | undefined)[], name: string): BoxShape[] {
  const { x, y, w, h } = box.rect
  const strips: [Frame, Outline | undefined][] = [
    [{ x, y, w, h: box.borders[0].width }, outlines[0]],
    [{ x: x + w - box.borders[1].width, y, w: box.borders[1].width, h }, outlines[1]],
    [{ x, y: y + h - box.borders[2].width, w, h: box.borders[2].width }, outlines[2]],
    [{ x, y, w: box.borders[3].width, h }, outlines[3]],
  ]
  return strips.flatMap(([frame, outline]) => (outline ? [{ kind: 'box' as const, name, frame: frameOf(frame), geometry: 'rect' as const, radius: 0, fill: outline.paint }] : []))
}

/**
 * A painted box as shapes: its fill as a rectangle (rounded, or an ellipse when its
 * corners meet) with its border as the outline when all four sides agree, else each side
 * as a strip; a gradient box as its captured picture; a `::before` with text as a filled
 * text shape (a tick in a circle).
 */
export function boxShapes(box: IrBox, context: TextContext, pngs: ReadonlyMap<string, string>): Shape[] {
  const name = box.className ? `${box.tag}.${box.className.split(/\s+/)[0]}` : box.tag
  const frame = frameOf(box.rect)
  if (frame.w <= 0 || frame.h <= 0)
    return []
  const capture = box.capture ? pngs.get(box.capture) : undefined
  if (capture) {
    const picture: PictureShape = { kind: 'picture', name, frame, data: { mime: 'image/png', base64: capture }, alt: '', transparency: 0 }
    return [picture]
  }
  const fillPaint = parseColor(box.fill)
  const fill = fillPaint ? withOpacity(fillPaint, box.opacity) : undefined
  const outlines = box.borders.map(border => outlineOf(border, box.opacity))
  const uniform = outlines.every(outline => outline && JSON.stringify(outline) === JSON.stringify(outlines[0]))
  const geometry = geometryOf(box.radius, frame)
  const radius = radiusShare(box.radius, frame)
  if (box.text && box.font) {
    const style = runStyle(box.font, context)
    const text: TextShape = {
      kind: 'text',
      name,
      frame,
      geometry,
      radius,
      fill,
      anchor: 'ctr',
      wrap: false,
      paragraphs: style ? [{ parts: [{ text: box.text, ...style }], align: 'ctr', level: 0, lineSpacing: round(box.font.size * 1.2), spaceBefore: 0, marginLeft: 0, indent: 0, bullet: { kind: 'none' }, endSize: style.size, lang: context.lang }] : [],
    }
    return [text]
  }
  const shapes: Shape[] = []
  if (fill || uniform) {
    const inset = uniform ? outlines[0]!.width / 2 : 0
    shapes.push({ kind: 'box', name, frame: frameOf({ x: frame.x + inset, y: frame.y + inset, w: frame.w - 2 * inset, h: frame.h - 2 * inset }), geometry, radius, fill, outline: uniform ? outlines[0] : undefined })
  }
  if (!uniform)
    shapes.push(...borderStrips(box, outlines, name))
  return shapes
}
