import type { Code, Nodes, Root } from 'mdast'
import type { Diagnostic } from '../lib/diagnostics'
import type { DiagramEntry } from './diagram-schema'
import { isMap, LineCounter, parseDocument } from 'yaml'
import { validateDiagramEntry } from './diagram-schema'

/** The language of a fenced block that asks for a diagram in place: ```` ```deck-diagram ````. */
export const DIAGRAM_LANG = 'deck-diagram'

/** Data the parser attaches to a diagram block: the validated diagram, or nothing if it was wrong. */
export interface DiagramBlockData { diagram?: DiagramEntry }

/**
 * Reads the ```` ```deck-diagram ```` blocks of an article: YAML with a `component` and
 * its `props`, drawn where the block stands. A valid block gets `data.diagram`; a wrong
 * one gets nothing (it is not shown) and a diagnostic with the article's line and field.
 */
export function readDiagramBlocks(tree: Root, file?: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const visit = (node: Nodes) => {
    if (node.type === 'code' && node.lang === DIAGRAM_LANG)
      diagnostics.push(...readBlock(node, file))
    else if ('children' in node)
      node.children.forEach(child => visit(child as Nodes))
  }
  visit(tree)
  return diagnostics
}

function readBlock(node: Code, file?: string): Diagnostic[] {
  const first = (node.position?.start.line ?? 0) + 1
  const lineCounter = new LineCounter()
  const doc = parseDocument(node.value, { lineCounter, prettyErrors: false })
  const lineOf = (offset?: number) => (offset === undefined ? first : first + lineCounter.linePos(offset).line - 1)
  node.data = { ...node.data, diagram: undefined } as Code['data'] & DiagramBlockData
  if (doc.errors.length > 0)
    return doc.errors.map(error => ({ severity: 'warning', message: `diagram block is not valid YAML and is not shown: ${error.message.split('\n')[0]}`, file, line: lineOf(error.pos[0]) }))
  if (!isMap(doc.contents))
    return [{ severity: 'warning', message: 'diagram block should hold a mapping with "component" and "props"; it is not shown', file, line: first }]
  const { entry, issues } = validateDiagramEntry(doc.toJS(), 'inline')
  if (entry) {
    (node.data as DiagramBlockData).diagram = { ...entry, line: first }
    return []
  }
  return issues.map((issue) => {
    const found = doc.getIn(issue.path, true) as { range?: [number] } | undefined
    const path = issue.path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('')
    return { severity: 'warning', message: `diagram block${path ? ` field "${path}"` : ''}: ${issue.message}; the diagram is not shown`, file, line: lineOf(found?.range?.[0]) }
  })
}
