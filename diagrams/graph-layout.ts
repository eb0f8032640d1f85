import dagre from '@dagrejs/dagre'
import { textWidth, wrapText } from './text'

/** A node to lay out: its text decides its size. */
export interface GraphInput { id: string, label: string, note?: string, highlight?: boolean, kind?: string }
/** An edge to lay out, with an optional label placed on it. */
export interface EdgeInput { from: string, to: string, label?: string, kind?: string }

/** A node placed by the layout: centre, size and wrapped text. */
export interface PlacedNode extends GraphInput { x: number, y: number, width: number, height: number, lines: string[], noteLines: string[], rank: number }
/** An edge placed by the layout: its route and label position. */
export interface PlacedEdge extends EdgeInput { points: { x: number, y: number }[], labelX: number, labelY: number, labelLines: string[], labelWidth: number }

/** Options for {@link layoutGraph}. */
export interface GraphLayoutOptions {
  direction?: 'LR' | 'TB'
  fontSize?: number
  noteSize?: number
  maxLabelWidth?: number
  nodeSeparation?: number
  rankSeparation?: number
}

/**
 * Lays out a directed graph with dagre (ranks, crossing reduction, edge routing): node
 * sizes come from their wrapped labels, and the gap between ranks leaves room for the
 * edge labels, which sit halfway along their edges. Edges to unknown nodes are left out. Returns the placed nodes and edges and the drawing's size.
 */
export function layoutGraph(nodes: readonly GraphInput[], edges: readonly EdgeInput[], { direction = 'LR', fontSize = 17, noteSize = 15, maxLabelWidth = 150, nodeSeparation = 28, rankSeparation = 56 }: GraphLayoutOptions = {}) {
  const graph = new dagre.graphlib.Graph({ multigraph: true })
  const labels = edges.map(edge => (edge.label ? wrapText(edge.label, 130, 15, 2) : []))
  const labelWidth = Math.max(0, ...labels.map(lines => Math.max(0, ...lines.map(line => textWidth(line, 15)))))
  const labelHeight = Math.max(0, ...labels.map(lines => lines.length * 18))
  const gap = direction === 'LR' ? Math.max(rankSeparation, labelWidth + 36) : Math.max(rankSeparation, labelHeight + 22)
  graph.setGraph({ rankdir: direction, nodesep: nodeSeparation, ranksep: gap, edgesep: 14, marginx: 4, marginy: 4 })
  graph.setDefaultEdgeLabel(() => ({}))
  const known = new Set(nodes.map(node => node.id))
  for (const node of nodes) {
    const lines = wrapText(node.label, maxLabelWidth, fontSize, 3)
    const noteLines = node.note ? wrapText(node.note, maxLabelWidth, noteSize, 2) : []
    const width = Math.max(...lines.map(line => textWidth(line, fontSize)), ...noteLines.map(line => textWidth(line, noteSize)), 40) + 28
    const height = lines.length * (fontSize + 5) + noteLines.length * (noteSize + 4) + 22
    graph.setNode(node.id, { ...node, width, height, lines, noteLines })
  }
  const kept = edges.filter(edge => known.has(edge.from) && known.has(edge.to))
  kept.forEach((edge, index) => graph.setEdge(edge.from, edge.to, { ...edge }, String(index)))
  dagre.layout(graph)
  const placedNodes = nodes.map(node => graph.node(node.id) as unknown as PlacedNode)
  const placedEdges: PlacedEdge[] = kept.map((edge, index) => {
    const { points } = graph.edge({ v: edge.from, w: edge.to, name: String(index) }) as unknown as { points: { x: number, y: number }[] }
    const labelLines = edge.label ? wrapText(edge.label, 130, 15, 2) : []
    const middle = midpoint(points)
    return { ...edge, points, labelX: middle.x, labelY: middle.y, labelLines, labelWidth: Math.max(0, ...labelLines.map(line => textWidth(line, 15))) }
  })
  const info = graph.graph() as { width?: number, height?: number }
  return { nodes: placedNodes, edges: placedEdges, width: info.width ?? 0, height: info.height ?? 0 }
}

/** The point halfway along a polyline: where an edge's label sits (the gap between ranks leaves room for it). */
function midpoint(points: readonly { x: number, y: number }[]): { x: number, y: number } {
  const lengths = points.slice(1).map((point, i) => Math.hypot(point.x - points[i]!.x, point.y - points[i]!.y))
  let rest = lengths.reduce((sum, length) => sum + length, 0) / 2
  for (let i = 0; i < lengths.length; i++) {
    if (rest <= lengths[i]!) {
      const t = lengths[i]! === 0 ? 0 : rest / lengths[i]!
      return { x: points[i]!.x + (points[i + 1]!.x - points[i]!.x) * t, y: points[i]!.y + (points[i + 1]!.y - points[i]!.y) * t }
    }
    rest -= lengths[i]!
  }
  return points[0] ?? { x: 0, y: 0 }
}

/**
 * Lays a graph out both left-to-right and top-to-bottom and keeps the one that can be
 * drawn larger in a box of the given size (the slide's room for a diagram).
 */
export function layoutToFit(nodes: readonly GraphInput[], edges: readonly EdgeInput[], options: GraphLayoutOptions, box = { width: 860, height: 340 }) {
  const scale = (layout: ReturnType<typeof layoutGraph>) => Math.min(box.width / Math.max(1, layout.width), box.height / Math.max(1, layout.height))
  const across = layoutGraph(nodes, edges, { ...options, direction: 'LR' })
  const down = layoutGraph(nodes, edges, { ...options, direction: 'TB', rankSeparation: 30 })
  return scale(down) > scale(across) * 1.05 ? down : across
}
