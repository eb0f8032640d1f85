import type { IrDiagram, IrSvgShape } from '../ir'
import type { SlideContext } from './context'
import { addCapture, fontOf, isShown, opacityOf, toPoint, toRect } from './context'

/** The computed properties an SVG's copy carries inline, so it draws as it did without the page's stylesheets. */
const SVG_STYLE = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'display', 'visibility']
/** SVG elements that draw nothing themselves. */
const NOT_DRAWN = 'defs, title, desc, marker, clipPath, mask, symbol, style, pattern'

/** An SVG as standalone markup: each element's computed style inline, no classes or data attributes, sized in canvas pixels. */
export function svgMarkup(slide: SlideContext, svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement
  const originals = [svg, ...svg.querySelectorAll('*')]
  const copies = [clone, ...clone.querySelectorAll('*')]
  originals.forEach((original, index) => {
    const copy = copies[index]!
    const style = getComputedStyle(original)
    copy.setAttribute('style', SVG_STYLE.map(property => `${property}:${style.getPropertyValue(property)}`).join(';'))
    copy.removeAttribute('class')
    for (const name of [...copy.getAttributeNames()].filter(name => name.startsWith('data-')))
      copy.removeAttribute(name)
  })
  const rect = svg.getBoundingClientRect()
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  clone.setAttribute('width', String(Math.round(rect.width * slide.sx)))
  clone.setAttribute('height', String(Math.round(rect.height * slide.sy)))
  return new XMLSerializer().serializeToString(clone)
}

/** The points a line or path passes through, in canvas pixels: its own points for straight segments, else points along it. */
export function pathPoints(slide: SlideContext, element: SVGGeometryElement): { x: number, y: number }[] {
  const matrix = element.getScreenCTM()
  if (!matrix)
    return []
  const map = (x: number, y: number) => {
    const point = new DOMPoint(x, y).matrixTransform(matrix)
    return toPoint(slide, point.x, point.y)
  }
  const d = element.getAttribute('d') ?? ''
  if (element.tagName === 'line') {
    const line = element as SVGLineElement
    return [map(line.x1.baseVal.value, line.y1.baseVal.value), map(line.x2.baseVal.value, line.y2.baseVal.value)]
  }
  if (element.tagName === 'path' && /^[\s\d.,eMLHVZmlhvz-]*$/.test(d))
    return straightPathPoints(d, map)
  const total = element.getTotalLength()
  const steps = Math.max(2, Math.min(64, Math.ceil(total / 6)))
  return Array.from({ length: steps + 1 }, (_, i) => {
    const point = element.getPointAtLength(total * i / steps)
    return map(point.x, point.y)
  })
}

/** The points of a path of straight segments (`M`, `L`, `H`, `V`, `Z`, absolute or relative), each mapped by `map`. */
export function straightPathPoints<P>(d: string, map: (x: number, y: number) => P): P[] {
  const points: P[] = []
  let x = 0
  let y = 0
  for (const [, command, args] of d.matchAll(/([MLHVZ])([^MLHVZ]*)/gi)) {
    const values = (args!.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number)
    const relative = command === command!.toLowerCase()
    const upper = command!.toUpperCase()
    if (upper === 'Z')
      continue
    if (upper === 'H') {
      for (const value of values) {
        x = relative ? x + value : value
        points.push(map(x, y))
      }
      continue
    }
    if (upper === 'V') {
      for (const value of values) {
        y = relative ? y + value : value
        points.push(map(x, y))
      }
      continue
    }
    for (let i = 0; i + 1 < values.length; i += 2) {
      x = relative ? x + values[i]! : values[i]!
      y = relative ? y + values[i + 1]! : values[i + 1]!
      points.push(map(x, y))
    }
  }
  return points
}

/** The graphic elements of an SVG, in paint order: rectangles, ellipses, paths and lines, and text with its lines. */
export function svgShapes(slide: SlideContext, svg: SVGSVGElement): IrSvgShape[] {
  const shapes: IrSvgShape[] = []
  const visitSvg = (parent: Element) => {
    for (const element of parent.children) {
      if (!(element instanceof SVGElement) || element.matches(NOT_DRAWN) || !isShown(slide.page, element))
        continue
      if (element.tagName === 'g' || element.tagName === 'a')
        visitSvg(element)
      else
        shapes.push(...svgShape(slide, element))
    }
  }
  visitSvg(svg)
  return shapes
}

/** One graphic element of an SVG as a shape (none for an element we do not draw). */
function svgShape(slide: SlideContext, element: SVGElement): IrSvgShape[] {
  const style = getComputedStyle(element)
  const className = typeof element.className === 'string' ? element.className : element.className.baseVal
  const matrix = (element as SVGGraphicsElement).getScreenCTM?.()
  const k = matrix ? Math.hypot(matrix.a, matrix.b) * slide.sx : slide.sx
  const paint = { fill: style.fill, stroke: style.stroke, strokeWidth: (Number.parseFloat(style.strokeWidth) || 0) * k, opacity: opacityOf(slide.page, element) * (Number(style.fillOpacity) || 1) }
  if (element.tagName === 'rect')
    return [{ type: 'rect', className, rect: toRect(slide, element.getBoundingClientRect()), radius: ((element as SVGRectElement).rx.baseVal.value || 0) * k, ...paint }]
  if (element.tagName === 'circle' || element.tagName === 'ellipse')
    return [{ type: 'ellipse', className, rect: toRect(slide, element.getBoundingClientRect()), ...paint }]
  if (['path', 'line', 'polyline', 'polygon'].includes(element.tagName)) {
    const d = element.getAttribute('d') ?? ''
    return [{
      type: 'path',
      className,
      points: pathPoints(slide, element as SVGGeometryElement),
      closed: element.tagName === 'polygon' || /z\s*$/i.test(d),
      ...paint,
      dash: style.strokeDasharray,
      arrowEnd: style.markerEnd !== 'none' && style.markerEnd !== '',
    }]
  }
  if (element.tagName === 'text') {
    const spans = [...element.querySelectorAll('tspan')].filter(span => isShown(slide.page, span) && (span.textContent ?? '').trim())
    const parts = spans.length > 0 ? spans : [element]
    return [{
      type: 'text',
      className,
      anchor: style.textAnchor,
      font: fontOf(slide, element, k),
      lines: parts.map((part) => {
        const rect = toRect(slide, part.getBoundingClientRect())
        return { text: part.textContent ?? '', x: rect.x, y: rect.y + rect.h, rect }
      }),
    }]
  }
  return []
}

/** One of our diagrams (or any SVG): its component (from its figure's class), its shapes, its markup and a picture of it. */
export function diagramOf(slide: SlideContext, svg: SVGSVGElement): IrDiagram {
  const { diagramClass } = slide.page.options
  const figure = svg.closest(`.${diagramClass}`)
  const name = figure ? [...figure.classList].find(name => name !== diagramClass) ?? '' : ''
  const component = name.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())
  const rect = svg.getBoundingClientRect()
  return {
    kind: 'diagram',
    component,
    index: figure ? slide.diagrams++ : -1,
    rect: toRect(slide, rect),
    shapes: svgShapes(slide, svg),
    svg: svgMarkup(slide, svg),
    title: svg.querySelector('title')?.textContent ?? '',
    capture: addCapture(slide.page, rect, false),
  }
}
