import type { List, Root } from 'mdast'
import type { TreeRule, TreeRuleContext } from './tree-rule'

/** An ordered list item's marker at its line's start (`1.`, `1)`), and the number in it. */
const ITEM_MARKER = /^\s*(\d{1,9})[.)]/

/**
 * Reads the steps of a procedure an author numbered lazily (`1.` before every step, the
 * renderer counting) and broke with a paragraph or a code block at the outer level: the
 * list after the break goes on counting ("5. Lastly, …", not "1. Lastly, …"). Only when
 * every list of the run is numbered so, and no heading comes between them: a list that
 * counts on its own (`1.`, `2.`, `3.`) keeps its numbers, and a new section starts over.
 */
export const continueLazyNumbering: TreeRule = (tree: Root, context: TreeRuleContext) => {
  const lines = context.text.split('\n')
  let next: number | undefined
  for (const node of tree.children) {
    if (node.type === 'heading') {
      next = undefined
      continue
    }
    if (node.type !== 'list' || !node.ordered)
      continue
    if (!isLazy(node, lines)) {
      next = undefined
      continue
    }
    if (next !== undefined && (node.start ?? 1) === 1)
      node.start = next
    next = (node.start ?? 1) + node.children.length
  }
}

/** Whether every item of an ordered list carries the same number as its first (`1.`, `1.`, `1.`). */
function isLazy(list: List, lines: readonly string[]): boolean {
  const numbers = list.children.map((item) => {
    const line = item.position?.start.line
    return line === undefined ? undefined : ITEM_MARKER.exec(lines[line - 1]?.slice((item.position?.start.column ?? 1) - 1) ?? '')?.[1]
  })
  return numbers.every(number => number !== undefined && number === numbers[0])
}
