import type { Code, Root } from 'mdast'
import type { TreeRule } from './tree-rule'
import { visit } from 'unist-util-visit'

/** An info string in braces: Pandoc's attributes (`{.python .input}`), Quarto's and R Markdown's chunks (`{r setup, echo=FALSE}`), MyST's directives (`{code-cell} python`). */
const BRACED = /^\{([^}]*)\}(.*)$/
/** MyST's code directives, whose language follows the braces. */
const CODE_DIRECTIVES = new Set(['code-cell', 'code-block', 'code', 'sourcecode'])
/** A word of an info string in braces: a class (`.python`), an id (`#x`), an attribute (`n=1`), or a bare word. */
const WORD = /[^\s,]+/g

/**
 * Reads code fences whose info string is in braces as fences in that language:
 * ```` ```{.python .input} ```` (Pandoc, the d2l book) is Python, ```` ```{r} ```` (R Markdown,
 * Quarto) is R, ```` ```{code-cell} ipython3 ```` (MyST) is IPython; the rest of the
 * braces (`.input`, `n=1`, chunk options) is dropped, so it never shows as the code's language.
 */
export const readFenceAttributes: TreeRule = (tree: Root) => {
  visit(tree, 'code', (node: Code) => {
    if (!node.lang?.startsWith('{'))
      return
    const braced = BRACED.exec(`${node.lang}${node.meta ? ` ${node.meta}` : ''}`)
    if (!braced)
      return
    const words = braced[1]!.match(WORD) ?? []
    const directive = words[0]
    const after = braced[2]!.match(WORD) ?? []
    const lang = directive && CODE_DIRECTIVES.has(directive)
      ? after[0]
      : words.find(word => word.startsWith('.'))?.slice(1) ?? words.find(word => /^[a-z][\w+-]*$/i.test(word))
    node.lang = lang || null
    node.meta = null
  })
}
