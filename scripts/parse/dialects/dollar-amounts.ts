import type { Nodes, Parent, PhrasingContent, Root } from 'mdast'
import type { TreeRule } from './tree-rule'
import { visit } from 'unist-util-visit'

/** An inline formula: `$…$` or `$$…$$` within a line. */
type InlineMath = Extract<Nodes, { type: 'inlineMath' }>

/** What may not follow a closing `$` of inline math: a digit (`$5 to $10`). */
const DIGIT = /\d/
/** What may not stand just inside a single `$`: whitespace (`$5 to $`). */
const EDGE_SPACE = /^\s|\s$/

/**
 * Whether an inline formula, as written in `text` from `start` to `end`, is really two
 * dollar amounts or one: Pandoc's rule for `$…$` (a single dollar on each side) reads
 * it as math only when no space follows the opening `$`, none precedes the closing one,
 * and no digit follows it. `$x^2$` and `$2^n$` are math; `$5 to $10`, `$2.50 and $3`,
 * `$10-$20` are prices. Formulas in `$$…$$` are kept as written.
 */
export function isDollarText(node: InlineMath, text: string): boolean {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined)
    return false
  const written = text.slice(start, end)
  if (written.startsWith('$$'))
    return false
  const inside = written.slice(1, -1)
  return EDGE_SPACE.test(inside) || DIGIT.test(text[end] ?? '')
}

/**
 * Reads dollar amounts as text, not formulas: remark-math takes any two `$` in a
 * paragraph as a formula, so `Plans from $5 to $10 a month` lost `$5 to $`. An inline
 * formula that Pandoc's rule ({@link isDollarText}) does not read as math becomes the
 * text it was written as, joined with the text around it.
 */
export const readDollarAmounts: TreeRule = (tree: Root, { text }) => {
  const parents = new Set<Parent>()
  visit(tree, 'inlineMath', (node: InlineMath, index, parent) => {
    if (!parent || index === undefined || !isDollarText(node, text))
      return
    parent.children[index] = { type: 'text', value: text.slice(node.position!.start.offset, node.position!.end.offset), position: node.position }
    parents.add(parent)
  })
  for (const parent of parents)
    parent.children = joinTexts(parent.children as PhrasingContent[]) as Parent['children']
}

/** Adjacent text nodes as one, spanning both. */
function joinTexts(children: readonly PhrasingContent[]): PhrasingContent[] {
  const joined: PhrasingContent[] = []
  for (const child of children) {
    const last = joined.at(-1)
    if (last?.type === 'text' && child.type === 'text')
      joined[joined.length - 1] = { type: 'text', value: last.value + child.value, position: last.position && child.position ? { start: last.position.start, end: child.position.end } : undefined }
    else
      joined.push(child)
  }
  return joined
}
