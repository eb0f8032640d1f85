/**
 * A text node's pieces, one per line the browser laid it out on, with their rectangles:
 * the node's line boxes (`Range.getClientRects`), split a character at a time where the
 * node spans lines.
 */
export function linePieces(node: Text): { text: string, rect: DOMRect }[] {
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
