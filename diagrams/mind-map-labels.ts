import { wrapText } from './text'

/**
 * How MindMap sets a node's label, by depth (1: a section's branch, 2: a subsection's
 * leaf): the width it wraps at and its font size, in SVG units, and the most lines it
 * takes; a row's height and a line's. The planner shortens labels so that they fit
 * ({@link fitsMindMapNode}) and counts the rows a map takes ({@link extraRows}).
 */
export const MIND_MAP_LABELS = {
  lines: 2,
  row: 34,
  line: 18,
  branch: { width: 220, fontSize: 17 },
  leaf: { width: 240, fontSize: 15 },
} as const

/** The wrap width and font size of a node's label at `depth` (1: branch, deeper: leaf). */
export function mindMapLabelBox(depth: number): { width: number, fontSize: number } {
  return depth === 1 ? MIND_MAP_LABELS.branch : MIND_MAP_LABELS.leaf
}

/** Whether a label fits its node at `depth` whole, within {@link MIND_MAP_LABELS}`.lines` lines. */
export function fitsMindMapNode(label: string, depth: number): boolean {
  const { width, fontSize } = mindMapLabelBox(depth)
  return wrapText(label, width, fontSize, Number.POSITIVE_INFINITY).length <= MIND_MAP_LABELS.lines
}

/** A node's label at `depth` broken into the lines MindMap draws, at most {@link MIND_MAP_LABELS}`.lines`. */
export function wrapMindMapLabel(label: string, depth: number): string[] {
  const { width, fontSize } = mindMapLabelBox(depth)
  return wrapText(label, width, fontSize, MIND_MAP_LABELS.lines)
}

/** How far a node's label reaches past its row, in rows, for each line after its first: MindMap spaces its neighbours that much further apart. */
export function extraRows(label: string, depth: number): number {
  return (wrapMindMapLabel(label, depth).length - 1) * MIND_MAP_LABELS.line / MIND_MAP_LABELS.row / 2
}
