import type { Nodes, Root } from 'mdast'

const SKIPPED = new Set(['code', 'math', 'inlineMath', 'html', 'image', 'imageReference', 'yaml', 'definition'])
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell'])

/**
 * The prose of a Markdown tree as a list of text blocks (paragraphs, headings, table
 * cells), without code, formulas, raw HTML or image descriptions.
 */
export function proseBlocks(tree: Root): { text: string, line?: number }[] {
  const blocks: { text: string, line?: number }[] = []
  const visit = (node: Nodes) => {
    if (SKIPPED.has(node.type))
      return
    if (BLOCKS.has(node.type)) {
      const text = proseText(node)
      if (text.trim())
        blocks.push({ text, line: node.position?.start.line })
      return
    }
    if ('children' in node)
      node.children.forEach(child => visit(child as Nodes))
  }
  visit(tree)
  return blocks
}

/** The text of a node's prose: text, inline code and link labels, no formulas or HTML. */
export function proseText(node: Nodes): string {
  if (SKIPPED.has(node.type))
    return ''
  if (node.type === 'text' || node.type === 'inlineCode')
    return node.value
  if (node.type === 'break')
    return '\n'
  if (node.type === 'footnoteReference')
    return `[^${node.label ?? node.identifier}]`
  if ('children' in node)
    return node.children.map(child => proseText(child as Nodes)).join('')
  return ''
}

/** The lines of code in a Markdown tree, trimmed, blank ones left out (diagram blocks are instructions, not code). */
export function codeLines(tree: Root): string[] {
  const lines: string[] = []
  const visit = (node: Nodes) => {
    if (node.type === 'code' && node.lang !== 'deck-diagram')
      lines.push(...node.value.split('\n').map(line => line.trim()).filter(Boolean))
    else if ('children' in node)
      node.children.forEach(child => visit(child as Nodes))
  }
  visit(tree)
  return lines
}
