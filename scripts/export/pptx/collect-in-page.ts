import type { IrBorder, IrBox, IrCell, IrDeck, IrDiagram, IrFont, IrFormula, IrImage, IrItem, IrLine, IrMarker, IrParagraph, IrRect, IrRun, IrSlide, IrSvgShape, IrTable, IrText } from './ir'

/** What {@link collectInPage} needs from outside the page: the print view's selectors, the canvas and the names it marks the page with. */
export interface CollectOptions {
  /** One slide of the print view (`PRINT_VIEW.slide`). */
  slide: string
  /** A slide's layout root (`PRINT_VIEW.layout`). */
  layout: string
  /** Class of our diagrams' figures (`deck-diagram`); the component is the figure's other class, in kebab case. */
  diagramClass: string
  /** Elements never shown (screen-reader text, KaTeX's MathML). */
  hidden: string
  /** Canvas size in CSS pixels: the IR's unit. */
  canvasWidth: number
  canvasHeight: number
  /** Source of a `u`-flag pattern of characters that draw nothing (`INVISIBLE_CHARS`). */
  invisible: string
  /** Attribute put on an element whose background alone is captured (its value is the capture's id). */
  backgroundAttribute: string
  /** The theme's custom properties to read (`--deck-primary` ...). */
  themeProperties: string[]
}

/**
 * Reads every slide of Slidev's print view into the IR (`ir.ts`): painted boxes, text
 * blocks with their lines as the browser broke them (each text node's line boxes from
 * `Range.getClientRects`, split a character at a time where a node spans lines), lists
 * with their levels and markers, tables, images, KaTeX formulas and SVGs with their
 * graphic elements, in paint order, in canvas pixels. It judges nothing: `normalize.ts`
 * does. Serialised by Playwright, so it is self-contained: no imports, no outer
 * variables. It only marks elements whose background is to be captured
 * (`backgroundAttribute`).
 */
export function collectInPage(options: CollectOptions): IrDeck {
  const invisible = new RegExp(options.invisible, 'u')
  const captures: IrDeck['captures'] = []
  const opacities = new Map<Element, number>()
  const advances = new Map<string, number>()

  const TRANSPARENT = /^(?:transparent|rgba\(.*,\s*0\)|.*\/\s*0\))$/
  const isTransparent = (color: string) => !color || TRANSPARENT.test(color.trim())
  const isInline = (display: string) => display.startsWith('inline') || display === 'contents' || display === 'ruby'
  const pageRect = (rect: DOMRect): IrRect => ({ x: rect.left + window.scrollX, y: rect.top + window.scrollY, w: rect.width, h: rect.height })
  const opacityOf = (element: Element | null): number => {
    if (!element)
      return 1
    const known = opacities.get(element)
    if (known !== undefined)
      return known
    const own = Number(getComputedStyle(element).opacity)
    const value = (Number.isFinite(own) ? own : 1) * opacityOf(element.parentElement)
    opacities.set(element, value)
    return value
  }
  const shown = (element: Element) => {
    const style = getComputedStyle(element)
    return style.display !== 'none' && style.visibility !== 'hidden' && opacityOf(element) > 0.01 && !element.matches(options.hidden)
  }
  const addCapture = (rect: DOMRect, backgroundOnly: boolean, element?: Element): string => {
    const id = `c${captures.length + 1}`
    captures.push({ id, page: pageRect(rect), backgroundOnly })
    if (backgroundOnly)
      element?.setAttribute(options.backgroundAttribute, id)
    return id
  }
  const borderOf = (style: CSSStyleDeclaration, side: 'Top' | 'Right' | 'Bottom' | 'Left', scale: number): IrBorder => ({
    width: (Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0) * scale,
    color: style.getPropertyValue(`border-${side.toLowerCase()}-color`),
    style: style.getPropertyValue(`border-${side.toLowerCase()}-style`),
  })

  const slides = [...document.querySelectorAll<HTMLElement>(options.slide)].map((container): IrSlide => {
    const box = container.getBoundingClientRect()
    const sx = options.canvasWidth / box.width
    const sy = options.canvasHeight / box.height
    const toRect = (rect: { left: number, top: number, width: number, height: number }): IrRect => ({ x: (rect.left - box.left) * sx, y: (rect.top - box.top) * sy, w: rect.width * sx, h: rect.height * sy })
    const toPoint = (x: number, y: number) => ({ x: (x - box.left) * sx, y: (y - box.top) * sy })
    const root = container.querySelector<HTMLElement>(options.layout)
    // CSS pixels of the slide's own layout to canvas pixels (the print view may scale slides).
    const scale = root && root.offsetWidth > 0 ? sx * root.getBoundingClientRect().width / root.offsetWidth : sx
    const items: IrItem[] = []
    let diagrams = 0

    const fontOf = (element: Element, svgScale?: number): IrFont => {
      const style = getComputedStyle(element)
      const anchor = element.closest('a')
      return {
        family: style.fontFamily,
        size: (Number.parseFloat(style.fontSize) || 16) * (svgScale ?? scale),
        weight: Number(style.fontWeight) || 400,
        italic: style.fontStyle === 'italic' || style.fontStyle.startsWith('oblique'),
        color: element instanceof SVGElement ? style.fill : style.color,
        decoration: anchor && getComputedStyle(anchor).borderBottomStyle !== 'none' ? 'underline' : style.textDecorationLine,
        background: isInline(style.display) ? style.backgroundColor : 'rgba(0, 0, 0, 0)',
        letterSpacing: style.letterSpacing === 'normal' ? 0 : (Number.parseFloat(style.letterSpacing) || 0) * (svgScale ?? scale),
        verticalAlign: style.verticalAlign,
        opacity: opacityOf(element),
      }
    }
    const transformText = (text: string, element: Element) => {
      const transform = getComputedStyle(element).textTransform
      if (transform === 'uppercase')
        return text.toUpperCase()
      if (transform === 'lowercase')
        return text.toLowerCase()
      return text
    }
    const contentBox = (element: Element): IrRect => {
      const style = getComputedStyle(element)
      const rect = element.getBoundingClientRect()
      const left = (Number.parseFloat(style.borderLeftWidth) || 0) + (Number.parseFloat(style.paddingLeft) || 0)
      const right = (Number.parseFloat(style.borderRightWidth) || 0) + (Number.parseFloat(style.paddingRight) || 0)
      const top = (Number.parseFloat(style.borderTopWidth) || 0) + (Number.parseFloat(style.paddingTop) || 0)
      const bottom = (Number.parseFloat(style.borderBottomWidth) || 0) + (Number.parseFloat(style.paddingBottom) || 0)
      const k = rect.width / Math.max(1, (element as HTMLElement).offsetWidth || rect.width)
      return toRect({ left: rect.left + left * k, top: rect.top + top * k, width: rect.width - (left + right) * k, height: rect.height - (top + bottom) * k })
    }
    const hasVisibleText = (text: string) => [...text].some(char => !invisible.test(char))

    /** Whether an element's own content is inline: text, or inline elements holding text or pictures. */
    const hasInlineContent = (element: Element): boolean => [...element.childNodes].some((node) => {
      if (node.nodeType === Node.TEXT_NODE)
        return hasVisibleText(node.textContent ?? '')
      if (!(node instanceof Element) || !shown(node))
        return false
      const display = getComputedStyle(node).display
      if (!isInline(display) || node.matches(options.hidden))
        return false
      return node.matches('img, svg, .katex') || hasVisibleText(node.textContent ?? '') || hasInlineContent(node)
    })

    /** A text node's pieces, one per line it is laid out on, with their rectangles. */
    const pieces = (node: Text): { text: string, rect: DOMRect }[] => {
      const text = node.textContent ?? ''
      const range = document.createRange()
      range.selectNodeContents(node)
      const rects = [...range.getClientRects()].filter(rect => rect.width > 0 || rect.height > 0)
      if (rects.length === 0)
        return []
      const sameLine = rects.every(rect => Math.abs(rect.top - rects[0]!.top) < rects[0]!.height / 2)
      if (sameLine)
        return [{ text, rect: range.getBoundingClientRect() }]
      const out: { text: string, top: number, bottom: number, left: number, right: number }[] = []
      let offset = 0
      for (const char of text) {
        range.setStart(node, offset)
        range.setEnd(node, offset + char.length)
        offset += char.length
        const rect = [...range.getClientRects()].find(candidate => candidate.width > 0 || candidate.height > 0)
        const last = out.at(-1)
        if (!rect || rect.height === 0) {
          if (last)
            last.text += char
          continue
        }
        const overlap = last ? Math.min(last.bottom, rect.bottom) - Math.max(last.top, rect.top) : -1
        if (last && overlap > Math.min(last.bottom - last.top, rect.height) / 2 && rect.left >= last.left - 1) {
          last.text += char
          last.left = Math.min(last.left, rect.left)
          last.right = Math.max(last.right, rect.right)
          last.top = Math.min(last.top, rect.top)
          last.bottom = Math.max(last.bottom, rect.bottom)
        }
        else {
          out.push({ text: char, top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right })
        }
      }
      return out.map(piece => ({ text: piece.text, rect: new DOMRect(piece.left, piece.top, piece.right - piece.left, piece.bottom - piece.top) }))
    }

    const formulaOf = (katex: Element, display: boolean): IrFormula => {
      const rect = katex.getBoundingClientRect()
      const padded = new DOMRect(rect.left - 2, rect.top - 2, rect.width + 4, rect.height + 4)
      return {
        kind: 'formula',
        rect: toRect(padded),
        tex: katex.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? katex.textContent ?? '',
        display,
        capture: addCapture(padded, false),
      }
    }

    /** One paragraph: the inline content of `element`, its runs on their lines; pictures inside it go to `extra`. */
    const paragraphOf = (element: Element, level: number, extra: IrItem[], marker?: IrMarker): IrParagraph => {
      const style = getComputedStyle(element)
      const fontSize = Number.parseFloat(style.fontSize) || 16
      const raw: { text: string, rect: DOMRect, font: IrFont, href?: string, space?: number, breakAfter?: boolean }[] = []
      const visit = (parent: Element, href: string | undefined) => {
        for (const node of parent.childNodes) {
          if (node.nodeType === Node.TEXT_NODE) {
            const font = fontOf(parent)
            for (const piece of pieces(node as Text))
              raw.push({ text: transformText(piece.text, parent), rect: piece.rect, font, href })
            continue
          }
          if (!(node instanceof Element) || !shown(node))
            continue
          if (node.tagName === 'BR') {
            const last = raw.at(-1)
            if (last)
              last.breakAfter = true
            continue
          }
          if (!isInline(getComputedStyle(node).display))
            continue
          if (node.matches('.katex')) {
            const formula = formulaOf(node, false)
            extra.push(formula)
            raw.push({ text: '', rect: node.getBoundingClientRect(), font: fontOf(parent), space: formula.rect.w })
            continue
          }
          if (node.matches('img, svg')) {
            walk(node, extra)
            raw.push({ text: '', rect: node.getBoundingClientRect(), font: fontOf(parent), space: node.getBoundingClientRect().width * sx })
            continue
          }
          visit(node, node instanceof HTMLAnchorElement ? node.href : href)
        }
      }
      visit(element, element instanceof HTMLAnchorElement ? element.href : undefined)
      const lines: IrLine[] = []
      const runs: IrRun[] = raw.map((piece) => {
        const rect = toRect(piece.rect)
        const line = lines.at(-1)
        const overlap = line ? Math.min(line.bottom, rect.y + rect.h) - Math.max(line.top, rect.y) : -1
        if (line && overlap > Math.min(line.bottom - line.top, rect.h) / 2) {
          line.left = Math.min(line.left, rect.x)
          line.right = Math.max(line.right, rect.x + rect.w)
          line.top = Math.min(line.top, rect.y)
          line.bottom = Math.max(line.bottom, rect.y + rect.h)
        }
        else {
          lines.push({ top: rect.y, bottom: rect.y + rect.h, left: rect.x, right: rect.x + rect.w })
        }
        return { text: piece.text, font: piece.font, line: lines.length - 1, href: piece.href, breakAfter: piece.breakAfter, space: piece.space }
      })
      const lineHeight = style.lineHeight === 'normal' ? fontSize * 1.2 : Number.parseFloat(style.lineHeight)
      return {
        tag: element.tagName.toLowerCase(),
        rect: contentBox(element),
        runs,
        lines,
        level,
        markerEnd: toRect(element.getBoundingClientRect()).x,
        marker,
        align: style.textAlign,
        lineHeight: lineHeight * scale,
        whiteSpace: style.whiteSpace,
        font: fontOf(element),
      }
    }

    /** How far an item's marker (with the gap after it) pushes its text: measured on a copy of the item with the marker inside. */
    const markerAdvance = (item: Element, key: string): number => {
      const known = advances.get(key)
      if (known !== undefined)
        return known
      const probe = item.cloneNode(false) as HTMLElement
      probe.textContent = 'x'
      probe.style.listStylePosition = 'inside'
      probe.style.position = 'absolute'
      probe.style.visibility = 'hidden'
      item.parentElement!.append(probe)
      const range = document.createRange()
      range.selectNodeContents(probe.firstChild!)
      const probeStyle = getComputedStyle(probe)
      const start = probe.getBoundingClientRect().left + (Number.parseFloat(probeStyle.borderLeftWidth) || 0) + (Number.parseFloat(probeStyle.paddingLeft) || 0)
      const advance = Math.max(0, range.getBoundingClientRect().left - start)
      probe.remove()
      advances.set(key, advance)
      return advance
    }

    const markerOf = (item: Element, ordinal: number): IrMarker | undefined => {
      const style = getComputedStyle(item)
      if (style.display !== 'list-item' || style.listStyleType === 'none')
        return undefined
      const marker = getComputedStyle(item, '::marker')
      const content = marker.content
      const counter = /^counter\([^,)]+(?:,\s*([\w-]+))?\)$/.exec(content)
      const quoted = /^"(.*)"$/.exec(content)
      const listStyle = counter ? (counter[1] ?? 'decimal') : style.listStyleType
      return {
        listStyle,
        text: quoted ? quoted[1] : undefined,
        ordinal,
        font: { ...fontOf(item), family: marker.fontFamily, size: (Number.parseFloat(marker.fontSize) || 16) * scale, weight: Number(marker.fontWeight) || 400, color: marker.color },
        width: markerAdvance(item, `${content}|${listStyle}|${marker.font}|${String(ordinal).length}`) * scale,
      }
    }

    /** A list and its nested lists as paragraphs, one per item (and per paragraph inside an item); blocks inside items go to `items`. */
    const listParagraphs = (list: Element, level: number, out: IrParagraph[], after: IrItem[]) => {
      const start = list instanceof HTMLOListElement ? list.start : 1
      const entries = [...list.children].filter(child => child.tagName === 'LI' && shown(child))
      entries.forEach((item, index) => {
        const drawn = pseudoBox(item)
        if (drawn)
          after.push(drawn)
        let marker = markerOf(item, start + index)
        if (hasInlineContent(item)) {
          out.push(paragraphOf(item, level, after, marker))
          marker = undefined
        }
        for (const child of item.children) {
          if (!shown(child) || isInline(getComputedStyle(child).display))
            continue
          if (child.matches('ul, ol')) {
            listParagraphs(child, level + 1, out, after)
          }
          else if (child.matches('p') && hasInlineContent(child)) {
            out.push(paragraphOf(child, level, after, marker))
            marker = undefined
          }
          else {
            walk(child, after)
          }
        }
      })
    }

    const boxOf = (element: Element, style: CSSStyleDeclaration): IrBox | undefined => {
      const borders: IrBox['borders'] = [borderOf(style, 'Top', scale), borderOf(style, 'Right', scale), borderOf(style, 'Bottom', scale), borderOf(style, 'Left', scale)]
      const painted = !isTransparent(style.backgroundColor) || style.backgroundImage !== 'none' || borders.some(border => border.width > 0 && border.style !== 'none' && !isTransparent(border.color))
      if (!painted)
        return undefined
      const rect = element.getBoundingClientRect()
      return {
        kind: 'box',
        tag: element.tagName.toLowerCase(),
        className: typeof element.className === 'string' ? element.className : '',
        rect: toRect(rect),
        fill: style.backgroundColor,
        backgroundImage: style.backgroundImage,
        radius: (Number.parseFloat(style.borderTopLeftRadius) || 0) * scale,
        borders,
        opacity: opacityOf(element),
        capture: style.backgroundImage !== 'none' ? addCapture(rect, true, element) : undefined,
      }
    }

    /** A `::before` that paints (a tick in a circle, a dash before a name) as a box. */
    function pseudoBox(element: Element): IrBox | undefined {
      const style = getComputedStyle(element, '::before')
      if (style.content === 'none' || style.content === 'normal' || style.display === 'none')
        return undefined
      const text = /^"(.*)"$/.exec(style.content)?.[1] ?? ''
      const width = Number.parseFloat(style.width) || 0
      const height = Number.parseFloat(style.height) || 0
      if (width <= 0 || height <= 0 || (isTransparent(style.backgroundColor) && !text))
        return undefined
      const host = element.getBoundingClientRect()
      const hostStyle = getComputedStyle(element)
      const k = host.width / Math.max(1, (element as HTMLElement).offsetWidth || host.width)
      let left: number
      let top: number
      if (style.position === 'absolute') {
        left = host.left + ((Number.parseFloat(hostStyle.borderLeftWidth) || 0) + (Number.parseFloat(style.left) || 0)) * k
        top = host.top + ((Number.parseFloat(hostStyle.borderTopWidth) || 0) + (Number.parseFloat(style.top) || 0)) * k
      }
      else {
        const first = [...element.childNodes].find(node => node.nodeType === Node.TEXT_NODE && hasVisibleText(node.textContent ?? ''))
        if (!first)
          return undefined
        const range = document.createRange()
        range.setStart(first, 0)
        range.setEnd(first, 1)
        const glyph = range.getBoundingClientRect()
        left = glyph.left - ((Number.parseFloat(style.marginRight) || 0) + width) * k
        top = glyph.top + glyph.height / 2 - height * k / 2
      }
      const radius = style.borderTopLeftRadius.endsWith('%') ? Math.min(width, height) * Number.parseFloat(style.borderTopLeftRadius) / 100 : Number.parseFloat(style.borderTopLeftRadius) || 0
      return {
        kind: 'box',
        tag: '::before',
        className: typeof element.className === 'string' ? element.className : '',
        rect: toRect({ left, top, width: width * k, height: height * k }),
        fill: style.backgroundColor,
        backgroundImage: 'none',
        radius: radius * scale,
        borders: [borderOf(style, 'Top', scale), borderOf(style, 'Right', scale), borderOf(style, 'Bottom', scale), borderOf(style, 'Left', scale)],
        opacity: opacityOf(element),
        text: text || undefined,
        font: text ? { ...fontOf(element), family: style.fontFamily, size: (Number.parseFloat(style.fontSize) || 16) * scale, weight: Number(style.fontWeight) || 400, color: style.color } : undefined,
      }
    }

    const imageOf = (image: HTMLImageElement): IrImage => {
      const box = contentBox(image)
      const fit = getComputedStyle(image).objectFit
      let rect = box
      if ((fit === 'contain' || fit === 'scale-down') && image.naturalWidth > 0 && image.naturalHeight > 0) {
        const k = Math.min(box.w / image.naturalWidth, box.h / image.naturalHeight, fit === 'scale-down' ? 1 : Number.POSITIVE_INFINITY)
        const w = image.naturalWidth * k
        const h = image.naturalHeight * k
        rect = { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h }
      }
      const src = image.currentSrc || image.src
      const svg = /\.svg(?:[?#]|$)|^data:image\/svg/i.test(src)
      return {
        kind: 'image',
        rect,
        src,
        alt: image.alt,
        naturalWidth: image.naturalWidth,
        naturalHeight: image.naturalHeight,
        opacity: opacityOf(image),
        capture: svg ? addCapture(image.getBoundingClientRect(), false) : undefined,
      }
    }

    const tableOf = (table: HTMLTableElement, after: IrItem[]): IrTable => {
      const rows = [...table.rows].filter(row => shown(row)).map(row => [...row.cells].filter(cell => shown(cell)).map((cell): IrCell => {
        const style = getComputedStyle(cell)
        const rowStyle = getComputedStyle(row)
        const paragraphs = hasInlineContent(cell)
          ? [paragraphOf(cell, 0, after)]
          : [...cell.children].filter(child => shown(child) && hasInlineContent(child)).map(child => paragraphOf(child, 0, after))
        return {
          rect: toRect(cell.getBoundingClientRect()),
          header: cell.tagName === 'TH',
          fill: isTransparent(style.backgroundColor) ? rowStyle.backgroundColor : style.backgroundColor,
          borders: [borderOf(style, 'Top', scale), borderOf(style, 'Right', scale), borderOf(style, 'Bottom', scale), borderOf(style, 'Left', scale)],
          padding: [style.paddingTop, style.paddingRight, style.paddingBottom, style.paddingLeft].map(value => (Number.parseFloat(value) || 0) * scale) as IrCell['padding'],
          verticalAlign: style.verticalAlign,
          colSpan: cell.colSpan,
          rowSpan: cell.rowSpan,
          paragraphs,
        }
      }))
      return { kind: 'table', rect: toRect(table.getBoundingClientRect()), rows }
    }

    const SVG_STYLE = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'display', 'visibility']
    const svgMarkup = (svg: SVGSVGElement): string => {
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
      clone.setAttribute('width', String(Math.round(rect.width * sx)))
      clone.setAttribute('height', String(Math.round(rect.height * sy)))
      return new XMLSerializer().serializeToString(clone)
    }

    const pathPoints = (element: SVGGeometryElement): { x: number, y: number }[] => {
      const matrix = element.getScreenCTM()
      if (!matrix)
        return []
      const map = (x: number, y: number) => {
        const point = new DOMPoint(x, y).matrixTransform(matrix)
        return toPoint(point.x, point.y)
      }
      const d = element.getAttribute('d') ?? ''
      if (element.tagName === 'line') {
        const line = element as SVGLineElement
        return [map(line.x1.baseVal.value, line.y1.baseVal.value), map(line.x2.baseVal.value, line.y2.baseVal.value)]
      }
      if (element.tagName === 'path' && /^[\s\d.,eMLHVZmlhvz-]*$/.test(d)) {
        const points: { x: number, y: number }[] = []
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
      const total = element.getTotalLength()
      const steps = Math.max(2, Math.min(64, Math.ceil(total / 6)))
      return Array.from({ length: steps + 1 }, (_, i) => {
        const point = element.getPointAtLength(total * i / steps)
        return map(point.x, point.y)
      })
    }

    const svgShapes = (svg: SVGSVGElement): IrSvgShape[] => {
      const shapes: IrSvgShape[] = []
      const skip = 'defs, title, desc, marker, clipPath, mask, symbol, style, pattern'
      const visitSvg = (parent: Element) => {
        for (const element of parent.children) {
          if (!(element instanceof SVGElement) || element.matches(skip) || !shown(element))
            continue
          const style = getComputedStyle(element)
          const className = typeof element.className === 'string' ? element.className : element.className.baseVal
          const matrix = (element as SVGGraphicsElement).getScreenCTM?.()
          const k = matrix ? Math.hypot(matrix.a, matrix.b) * sx : sx
          const paint = { fill: style.fill, stroke: style.stroke, strokeWidth: (Number.parseFloat(style.strokeWidth) || 0) * k, opacity: opacityOf(element) * (Number(style.fillOpacity) || 1) }
          if (element.tagName === 'g' || element.tagName === 'a') {
            visitSvg(element)
          }
          else if (element.tagName === 'rect') {
            shapes.push({ type: 'rect', className, rect: toRect(element.getBoundingClientRect()), radius: ((element as SVGRectElement).rx.baseVal.value || 0) * k, ...paint })
          }
          else if (element.tagName === 'circle' || element.tagName === 'ellipse') {
            shapes.push({ type: 'ellipse', className, rect: toRect(element.getBoundingClientRect()), ...paint })
          }
          else if (['path', 'line', 'polyline', 'polygon'].includes(element.tagName)) {
            const d = element.getAttribute('d') ?? ''
            shapes.push({
              type: 'path',
              className,
              points: pathPoints(element as SVGGeometryElement),
              closed: element.tagName === 'polygon' || /z\s*$/i.test(d),
              ...paint,
              dash: style.strokeDasharray,
              arrowEnd: style.markerEnd !== 'none' && style.markerEnd !== '',
            })
          }
          else if (element.tagName === 'text') {
            const spans = [...element.querySelectorAll('tspan')].filter(span => shown(span) && (span.textContent ?? '').trim())
            const parts = spans.length > 0 ? spans : [element]
            shapes.push({
              type: 'text',
              className,
              anchor: style.textAnchor,
              font: fontOf(element, k),
              lines: parts.map((part) => {
                const rect = toRect(part.getBoundingClientRect())
                return { text: part.textContent ?? '', x: rect.x, y: rect.y + rect.h, rect }
              }),
            })
          }
        }
      }
      visitSvg(svg)
      return shapes
    }

    const diagramOf = (svg: SVGSVGElement): IrDiagram => {
      const figure = svg.closest(`.${options.diagramClass}`)
      const name = figure ? [...figure.classList].find(name => name !== options.diagramClass) ?? '' : ''
      const component = name.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())
      const rect = svg.getBoundingClientRect()
      return {
        kind: 'diagram',
        component,
        index: figure ? diagrams++ : -1,
        rect: toRect(rect),
        shapes: svgShapes(svg),
        svg: svgMarkup(svg),
        title: svg.querySelector('title')?.textContent ?? '',
        capture: addCapture(rect, false),
      }
    }

    /** Reads an element and what it holds into `out`, in paint order. */
    function walk(element: Element, out: IrItem[]): void {
      if (!shown(element))
        return
      if (element instanceof SVGSVGElement) {
        out.push(diagramOf(element))
        return
      }
      if (!(element instanceof HTMLElement))
        return
      if (element.matches('.katex-display, .katex')) {
        const katex = element.matches('.katex') ? element : element.querySelector('.katex') ?? element
        out.push(formulaOf(katex, true))
        return
      }
      if (element instanceof HTMLImageElement) {
        out.push(imageOf(element))
        return
      }
      const style = getComputedStyle(element)
      if (element !== root) {
        const painted = boxOf(element, style)
        if (painted)
          out.push(painted)
      }
      if (element instanceof HTMLTableElement) {
        const after: IrItem[] = []
        out.push(tableOf(element, after), ...after)
        return
      }
      const pseudo = pseudoBox(element)
      if (pseudo)
        out.push(pseudo)
      if (element.matches('ul, ol')) {
        const after: IrItem[] = []
        const paragraphs: IrParagraph[] = []
        listParagraphs(element, 1, paragraphs, after)
        if (paragraphs.length > 0)
          out.push({ kind: 'text', tag: element.tagName.toLowerCase(), className: element.className, rect: toRect(element.getBoundingClientRect()), paragraphs })
        out.push(...after)
        return
      }
      const inline = hasInlineContent(element)
      if (inline) {
        const after: IrItem[] = []
        const text: IrText = { kind: 'text', tag: element.tagName.toLowerCase(), className: element.className, rect: toRect(element.getBoundingClientRect()), paragraphs: [paragraphOf(element, 0, after)] }
        out.push(text, ...after)
      }
      for (const child of element.children) {
        if (!inline || !isInline(getComputedStyle(child).display))
          walk(child, out)
      }
    }

    const rootStyle = root ? getComputedStyle(root) : undefined
    if (root)
      walk(root, items)
    const backgroundImage = rootStyle?.backgroundImage ?? 'none'
    return {
      layoutClass: root?.className ?? '',
      background: rootStyle?.backgroundColor ?? 'rgb(255, 255, 255)',
      backgroundImage,
      backgroundCapture: root && backgroundImage !== 'none' ? addCapture(root.getBoundingClientRect(), true, root) : undefined,
      items,
    }
  })
  const first = document.querySelector(`${options.slide} ${options.layout}`) ?? document.documentElement
  const themeStyle = getComputedStyle(first)
  const theme = Object.fromEntries(options.themeProperties.map(name => [name, themeStyle.getPropertyValue(name).trim()]))
  return { slides, captures, theme }
}
