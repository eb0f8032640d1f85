/**
 * The notes follow the talk: the paragraphs of the current click (those after its
 * `[click]` marker, up to the next marker) are marked and scrolled into view, and display
 * formulas are fitted to the width of the panel. DOM work only, on the HTML Slidev renders
 * for the notes (`.slidev-note`, markers `.slidev-note-click-mark[data-clicks]`).
 */

/** Class of Slidev's click markers in the notes. */
export const MARKER_CLASS = 'slidev-note-click-mark'
/** Class we put on the notes' blocks that belong to the current click. */
export const ACTIVE_BLOCK_CLASS = 'presenter-note-active'
/** Room left above the current click's text when it is scrolled into view, as a share of the panel's height. */
export const SCROLL_MARGIN_RATIO = 0.08
/** Smallest scale a formula is shrunk to (of the notes' type) before it is allowed to wrap only. */
export const MIN_FORMULA_SCALE = 0.5
/** Rounding slack in pixels when comparing boxes. */
const SLACK_PX = 1

/** The child of `root` that holds `element`. */
function topLevel(root: HTMLElement, element: Element): Element | undefined {
  let node: Element | null = element
  while (node && node.parentElement !== root)
    node = node.parentElement
  return node ?? undefined
}

/**
 * The blocks of the notes that belong to click `current`: from the block with the last
 * marker at or before `current` up to the block before the next marker. None before the
 * first click (the notes then read from the top).
 */
export function activeBlocks(note: HTMLElement, current: number): Element[] {
  const markers = [...note.querySelectorAll<HTMLElement>(`.${MARKER_CLASS}`)]
    .map(marker => ({ clicks: Number(marker.dataset.clicks), block: topLevel(note, marker) }))
    .filter((marker): marker is { clicks: number, block: Element } => Number.isFinite(marker.clicks) && marker.block !== undefined)
  const at = markers.filter(marker => marker.clicks <= current).at(-1)
  if (!at)
    return []
  const ends = new Set(markers.filter(marker => marker.clicks > at.clicks).map(marker => marker.block))
  const blocks: Element[] = []
  for (let block: Element | null = at.block; block && (block === at.block || !ends.has(block)); block = block.nextElementSibling)
    blocks.push(block)
  return blocks
}

/** Marks `blocks` as the current click's, and no other block of `note`. */
export function markActive(note: HTMLElement, blocks: readonly Element[]): void {
  for (const block of note.querySelectorAll(`.${ACTIVE_BLOCK_CLASS}`))
    block.classList.remove(ACTIVE_BLOCK_CLASS)
  for (const block of blocks)
    block.classList.add(ACTIVE_BLOCK_CLASS)
}

/** The vertical extent of `elements` on the screen. */
function extent(elements: readonly Element[]): { top: number, bottom: number, height: number } {
  const top = Math.min(...elements.map(element => element.getBoundingClientRect().top))
  const bottom = Math.max(...elements.map(element => element.getBoundingClientRect().bottom))
  return { top, bottom, height: bottom - top }
}

/**
 * Where `viewport` should scroll so that the current click's text is in view, or
 * undefined when it is in view already; no blocks: the top. `blocks` start with the
 * marker's block, then the text. The marker and the text are shown together, a little
 * below the panel's top, when they fit; else the whole text, as low as it goes (with as
 * much of the marker as fits above it); a text taller than the panel starts at its top.
 */
export function scrollTarget(viewport: HTMLElement, blocks: readonly Element[]): number | undefined {
  if (blocks.length === 0)
    return viewport.scrollTop > 0 ? 0 : undefined
  const frame = viewport.getBoundingClientRect()
  const all = extent(blocks)
  const text = blocks.length > 1 ? extent(blocks.slice(1)) : all
  const inside = (box: { top: number, bottom: number }) => box.top >= frame.top - SLACK_PX && box.bottom <= frame.bottom + SLACK_PX
  const margin = frame.height * SCROLL_MARGIN_RATIO
  let top: number
  if (all.height <= frame.height) {
    if (inside(all))
      return undefined
    top = all.top - Math.min(margin, frame.height - all.height)
  }
  else if (text.height <= frame.height) {
    if (inside(text))
      return undefined
    top = text.bottom - frame.height
  }
  else {
    if (text.top >= frame.top - SLACK_PX && text.top <= frame.top + margin)
      return undefined
    top = text.top
  }
  const wanted = viewport.scrollTop + top - frame.top
  return Math.max(0, Math.min(wanted, viewport.scrollHeight - viewport.clientHeight))
}

/**
 * Fits every display formula of `root` to its width: KaTeX's pieces may wrap between
 * terms (styles), and a formula still wider than the panel is set smaller, down to
 * {@link MIN_FORMULA_SCALE}.
 */
export function fitFormulas(root: HTMLElement): void {
  for (const formula of root.querySelectorAll<HTMLElement>('.katex-display')) {
    formula.style.fontSize = ''
    const width = formula.clientWidth
    const needed = formula.scrollWidth
    if (width > 0 && needed > width + SLACK_PX)
      formula.style.fontSize = `${Math.max(MIN_FORMULA_SCALE, width / needed).toFixed(3)}em`
  }
}
