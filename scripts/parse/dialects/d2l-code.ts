import type { Code, Root } from 'mdast'
import type { TreeRule } from './tree-rule'
import { visit } from 'unist-util-visit'

/** d2l's first line of a code cell naming the frameworks it is for: `#@tab pytorch, paddle`, `#@tab all`. */
const TAB_LINE = /^#@tab\b([^\n]*)(?:\n|$)/
/** d2l's mark on a definition saved into its library: `class Timer:  #@save`. */
const SAVE_MARK = /[ \t]*#@save[ \t]*$/gm
/** The framework of a d2l code cell that names none (the book's first). */
const DEFAULT_FRAMEWORK = 'mxnet'

/** What d2l's markup says about a code block: the frameworks it is written for (`all`: any). */
export interface D2lCodeData {
  frameworks?: string[]
}

/**
 * Reads the d2l book's code cells: the `#@tab pytorch, paddle` line that names a cell's
 * frameworks goes, and the frameworks are kept on the node (`data.frameworks`, with
 * `mxnet` for a ```` ```{.python .input} ```` cell that names none) so the planner can tell
 * the variants apart; `#@save` marks at line ends go. Other code is left alone.
 */
export const readD2lCode: TreeRule = (tree: Root) => {
  visit(tree, 'code', (node: Code) => {
    const tab = TAB_LINE.exec(node.value)
    const input = /^\{\.\w+$/.test(node.lang ?? '') && /(?:^|\s)\.input\b/.test(node.meta ?? '')
    if (!tab && !input)
      return
    const frameworks = tab ? tab[1]!.split(',').map(name => name.trim()).filter(Boolean) : [DEFAULT_FRAMEWORK]
    node.value = node.value.slice(tab?.[0].length ?? 0).replace(SAVE_MARK, '')
    node.data = { ...node.data, frameworks } as Code['data']
  })
}
