import type { IrItem, IrMarker, IrParagraph } from '../ir'
import type { PageContext, SlideContext } from './context'
import { pseudoBox } from './boxes'
import { fontOf, hasInlineContent, isInline, isShown } from './context'
import { paragraphOf } from './paragraphs'

/** How far an item's marker (with the gap after it) pushes its text: measured on a copy of the item with the marker inside, once per kind of marker. */
function markerAdvance(page: PageContext, item: Element, key: string): number {
  const known = page.advances.get(key)
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
  page.advances.set(key, advance)
  return advance
}

/** A list item's marker as drawn (`::marker`): its list style or text, number, font and width; none when the item shows none. */
export function markerOf(slide: SlideContext, item: Element, ordinal: number): IrMarker | undefined {
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
    font: { ...fontOf(slide, item), family: marker.fontFamily, size: (Number.parseFloat(marker.fontSize) || 16) * slide.scale, weight: Number(marker.fontWeight) || 400, color: marker.color },
    width: markerAdvance(slide.page, item, `${content}|${listStyle}|${marker.font}|${String(ordinal).length}`) * slide.scale,
  }
}

/** A list and its nested lists as paragraphs, one per item (and per paragraph inside an item); blocks inside items go to `after`. */
export function listParagraphs(slide: SlideContext, list: Element, level: number, out: IrParagraph[], after: IrItem[]): void {
  const start = list instanceof HTMLOListElement ? list.start : 1
  const entries = [...list.children].filter(child => child.tagName === 'LI' && isShown(slide.page, child))
  entries.forEach((item, index) => {
    const drawn = pseudoBox(slide, item)
    if (drawn)
      after.push(drawn)
    let marker = markerOf(slide, item, start + index)
    if (hasInlineContent(slide.page, item)) {
      out.push(paragraphOf(slide, item, level, after, marker))
      marker = undefined
    }
    for (const child of item.children) {
      if (!isShown(slide.page, child) || isInline(getComputedStyle(child).display))
        continue
      if (child.matches('ul, ol')) {
        listParagraphs(slide, child, level + 1, out, after)
      }
      else if (child.matches('p') && hasInlineContent(slide.page, child)) {
        out.push(paragraphOf(slide, child, level, after, marker))
        marker = undefined
      }
      else {
        slide.walk(child, after)
      }
    }
  })
}
