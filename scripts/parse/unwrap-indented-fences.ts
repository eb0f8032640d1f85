import type { Code, Root, RootContent } from 'mdast'

const FENCE = /^\s*(`{3,}|~{3,})/

/**
 * Repairs a common authoring slip: a fenced code block indented by four spaces, which
 * Markdown reads as an indented code block that shows the fence lines as code. Such a
 * block is parsed again as Markdown, so the fences become real code blocks with their
 * languages. `parse` is the parser to use; positions are shifted to the article's lines.
 */
export function unwrapIndentedFences(tree: Root, parse: (text: string) => Root): Root {
  tree.children = tree.children.flatMap(node => unwrapNode(node, parse))
  return tree
}

function unwrapNode(node: RootContent, parse: (text: string) => Root): RootContent[] {
  if (node.type === 'code' && isIndentedFence(node)) {
    const inner = parse(node.value)
    const offset = (node.position?.start.line ?? 1) - 1
    shiftLines(inner, offset)
    return inner.children
  }
  if ('children' in node && Array.isArray(node.children))
    (node as { children: RootContent[] }).children = (node.children as RootContent[]).flatMap(child => unwrapNode(child, parse))
  return [node]
}

function isIndentedFence(node: Code): boolean {
  if (node.lang || node.meta)
    return false
  const lines = node.value.split('\n')
  const opener = FENCE.exec(lines[0] ?? '')
  return opener !== null && lines.slice(1).some(line => line.trim().startsWith(opener[1]!))
}

function shiftLines(node: { position?: { start: { line: number }, end: { line: number } }, children?: unknown[] }, offset: number): void {
  if (node.position) {
    node.position.start.line += offset
    node.position.end.line += offset
  }
  for (const child of node.children ?? [])
    shiftLines(child as typeof node, offset)
}
