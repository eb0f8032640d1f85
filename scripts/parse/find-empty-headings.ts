import type { Root } from 'mdast'
import type { Diagnostic } from '../lib/diagnostics'
import { toString } from 'mdast-util-to-string'

/** Headings with no text: the deck titles their slides in their stead, and says so here. */
export function findEmptyHeadings(tree: Root, file?: string): Diagnostic[] {
  return tree.children
    .filter(node => node.type === 'heading' && toString(node).trim() === '')
    .map(node => ({ severity: 'warning', message: 'empty heading: its slides are titled after the section around it, or "(untitled)"', file, line: node.position?.start.line }))
}
