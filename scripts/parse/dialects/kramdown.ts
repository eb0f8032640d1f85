import type { TextRule, TextRuleResult } from './text-rules'
import { keepLines, lineAt, replaceBlocks, replaceOutsideCode } from './text-rules'

/** `{::comment}` ... `{:/comment}` and `{::nomarkdown}` ... `{:/nomarkdown}` (or `{:/}`). */
const EXTENSION_OPEN = /\{::(comment|nomarkdown)\}/g
const EXTENSION_CLOSE = /\{:\/(?:comment|nomarkdown)?\}/g
/** `{::options ... /}` and other one-line extensions. */
const EXTENSION = /\{::\w+(?:[^\w}][^}]*)?\/\}/g
/** A kramdown TOC marker list: `* TOC` or `1. TOC` followed by `{:toc}`. */
const TOC_LIST = /^[ \t]*(?:[*+-]|\d+\.)[ \t][^\n]*\n[ \t]*\{:toc\}/gm
/** Attribute lists `{: .class #id key="v"}`, `{:toc}`, `{:.no_toc}`, alone on a line or after text. */
const ATTRIBUTES = /[ \t]*\{:(?!:)[^}\n]*\}/g

/**
 * Reads kramdown's extensions and attribute lists: `{:toc}` and its marker list, `{: .class}`,
 * `{::options ... /}` and `{::comment}` go; `{::nomarkdown}` blocks go with a warning.
 */
export const kramdown: TextRule = {
  name: 'kramdown',
  apply(body: string): TextRuleResult {
    if (!/\{:/.test(body))
      return { text: body, problems: [] }
    const problems: TextRuleResult['problems'] = []
    let text = replaceBlocks(body, EXTENSION_OPEN, EXTENSION_CLOSE, (open, inner, close) => {
      if (open[1] === 'nomarkdown' && inner.trim())
        problems.push({ message: 'kramdown {::nomarkdown} block is not shown', line: lineAt(body, open.index) })
      return keepLines(open[0] + inner + close[0])
    })
    text = replaceOutsideCode(text, EXTENSION, match => keepLines(match[0]))
    text = replaceOutsideCode(text, TOC_LIST, match => keepLines(match[0]))
    text = replaceOutsideCode(text, ATTRIBUTES, () => '')
    return { text, problems }
  },
}
