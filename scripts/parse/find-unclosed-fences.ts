import type { Code, Nodes, Root } from 'mdast'
import type { Diagnostic } from '../lib/diagnostics'

const FENCE = /^\s*(`{3,}|~{3,})/

/**
 * Finds a fenced code block that is never closed: Markdown then reads the rest of the
 * article as code. The deck still shows it (as code); the diagnostic says why.
 */
export function findUnclosedFences(tree: Root, text: string, file?: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const check = (node: Code) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined)
      return
    const source = text.slice(start, end)
    const opener = FENCE.exec(source)?.[1]
    if (!opener)
      return
    const lines = source.trimEnd().split('\n')
    const last = lines.at(-1)?.trim() ?? ''
    const closed = lines.length > 1 && last.startsWith(opener[0]!.repeat(opener.length)) && /^[`~]+$/.test(last)
    if (!closed)
      diagnostics.push({ severity: 'warning', message: `the code block opened here with ${opener} is never closed, so the rest of the article is shown as code`, file, line: node.position?.start.line })
  }
  const visit = (node: Nodes) => {
    if (node.type === 'code')
      check(node)
    else if ('children' in node)
      node.children.forEach(child => visit(child as Nodes))
  }
  visit(tree)
  return diagnostics
}
