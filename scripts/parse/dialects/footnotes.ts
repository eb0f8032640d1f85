import type { FootnoteDefinition, Heading, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast'
import type { TreeRule } from './tree-rule'
import { visit } from 'unist-util-visit'
import { articleScript } from './article-script'
import { NOTES_HEADINGS } from './dialect-words'

/**
 * Reads footnotes: each reference becomes its number as a superscript (numbered in the
 * order they are first cited), and the definitions are gathered, in that order, as a
 * numbered list in a notes section at the end of the article (a references slide), so
 * neither `[^1]` nor `[^1]: ...` is ever shown as written. A reference without a
 * definition keeps its label as the mark.
 */
export const readFootnotes: TreeRule = (tree: Root) => {
  const definitions = new Map<string, FootnoteDefinition>()
  visit(tree, 'footnoteDefinition', (node: FootnoteDefinition) => void definitions.set(node.identifier, node))
  const numbers = new Map<string, number>()
  visit(tree, (node, index, parent) => {
    if (node.type !== 'footnoteReference' || !parent || index === undefined)
      return
    if (!numbers.has(node.identifier) && definitions.has(node.identifier))
      numbers.set(node.identifier, numbers.size + 1)
    const mark = String(numbers.get(node.identifier) ?? node.label ?? node.identifier)
    const sup: PhrasingContent[] = [{ type: 'html', value: '<sup>' }, { type: 'text', value: mark }, { type: 'html', value: '</sup>' }]
    parent.children.splice(index, 1, ...(sup as typeof parent.children))
    return index + sup.length
  })
  if (definitions.size === 0)
    return
  tree.children = tree.children.filter(node => node.type !== 'footnoteDefinition')
  visit(tree, (node) => {
    if ('children' in node)
      node.children = (node.children as RootContent[]).filter(child => child.type !== 'footnoteDefinition') as typeof node.children
  })
  const ordered = [...definitions.values()].sort((a, b) => (numbers.get(a.identifier) ?? Infinity) - (numbers.get(b.identifier) ?? Infinity))
  const items: ListItem[] = ordered.map(definition => ({ type: 'listItem', spread: false, children: definition.children as ListItem['children'], position: definition.position }))
  const list: List = { type: 'list', ordered: true, start: 1, spread: false, children: items, position: ordered[0]!.position }
  const heading: Heading = { type: 'heading', depth: sectionDepth(tree), children: [{ type: 'text', value: NOTES_HEADINGS[articleScript(tree)] }], position: ordered[0]!.position }
  tree.children.push(heading, list)
}

/** The depth of the article's sections: the shallowest heading level used more than once, or 2. */
function sectionDepth(tree: Root): Heading['depth'] {
  const counts = new Map<number, number>()
  for (const node of tree.children) {
    if (node.type === 'heading')
      counts.set(node.depth, (counts.get(node.depth) ?? 0) + 1)
  }
  const depth = [...counts].filter(([, count]) => count > 1).map(([depth]) => depth).sort()[0] ?? 2
  return depth as Heading['depth']
}
