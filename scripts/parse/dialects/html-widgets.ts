import type { Code, Root } from 'mdast'
import type { TreeRule } from './tree-rule'
import { SKIP, visit } from 'unist-util-visit'

/** Tags of interactive page parts: forms, inputs, buttons, canvases, scripts, frames. */
const WIDGET_TAG = /<\/?(?:input|button|form|select|option|textarea|canvas|script|iframe|label|output|progress|meter|details|dialog|video|audio|svg)\b/i
/** A line of markup: it opens or closes a tag. */
const MARKUP_LINE = /^\s*<\/?[a-z][\w-]*[\s/>]/i
/** Share of markup lines above which a block is a page's HTML, not code an article shows. */
const MARKUP_SHARE = 0.6

/**
 * Drops the HTML of interactive widgets that a Markdown parser turned into code (an HTML
 * block broken by a blank line goes on as an indented code block): indented, not fenced,
 * mostly markup, with inputs, buttons, canvases or scripts. A fenced ```html example is
 * code the article means to show, and stays. Each drop is a warning.
 */
export const dropHtmlWidgets: TreeRule = (tree: Root, { text, report }) => {
  visit(tree, 'code', (node: Code, index, parent) => {
    if (!parent || index === undefined || node.lang || isFenced(node, text))
      return
    const lines = node.value.split('\n').filter(line => line.trim())
    if (lines.length === 0 || !WIDGET_TAG.test(node.value) || lines.filter(line => MARKUP_LINE.test(line)).length / lines.length < MARKUP_SHARE)
      return
    report('an interactive HTML widget (inputs, buttons, scripts) is not shown in a talk', node.position?.start.line)
    parent.children.splice(index, 1)
    return [SKIP, index]
  })
}

function isFenced(node: Code, text: string): boolean {
  const offset = node.position?.start.offset
  return offset !== undefined && /^[ \t]{0,3}(?:`{3}|~{3})/.test(text.slice(offset, offset + 8))
}
