import type { Definition, Image, Link, Root } from 'mdast'
import type { TreeRule } from './tree-rule'
import { visit } from 'unist-util-visit'

/**
 * Reads reference-style images and links (`![diagram][cfg]`, `[text][ref]`, `[ref]`, with
 * `[cfg]: ./cfg.svg "Title"` elsewhere) as the images and links they stand for, so an image
 * is copied and shown like an inline one and a link keeps its address. The definitions
 * themselves show nothing.
 */
export const resolveReferences: TreeRule = (tree: Root) => {
  const definitions = new Map<string, Definition>()
  visit(tree, 'definition', (node: Definition) => {
    if (!definitions.has(node.identifier))
      definitions.set(node.identifier, node)
  })
  if (definitions.size === 0)
    return
  visit(tree, (node, index, parent) => {
    if ((node.type !== 'imageReference' && node.type !== 'linkReference') || !parent || index === undefined)
      return
    const definition = definitions.get(node.identifier)
    if (!definition)
      return
    const target = { url: definition.url, title: definition.title ?? null, position: node.position }
    const resolved: Image | Link = node.type === 'imageReference'
      ? { type: 'image', alt: node.alt ?? null, ...target }
      : { type: 'link', children: node.children, ...target }
    parent.children[index] = resolved as typeof parent.children[number]
  })
}
