import type { Nodes, PhrasingContent, Root, Text } from 'mdast'
import type { TreeRule } from './tree-rule'
import { visit } from 'unist-util-visit'

/** A line break inside a paragraph with the spaces around it: a soft break of hard-wrapped text. */
const SOFT_BREAK = /[ \t]*\n[ \t]*/g
/** Characters of East Asian text that are set without spaces: Han, kana, Bopomofo, CJK punctuation and full-width forms (not Hangul: Korean is spaced). */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6]/u
/** East Asian punctuation: no space is set on either side of it. */
const WIDE_PUNCTUATION = /[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]/u
/** What an inline node that is not text reads as on either side of a break: code, formulas and images are words. */
const ATOM = 'a'
/** Blocks whose content is a run of inline nodes. */
const PHRASING_BLOCKS = new Set(['paragraph', 'heading', 'tableCell'])

/** An inline leaf in reading order: a text node, or a character that another kind of node reads as. */
type Leaf = { text: Text } | { char: string }

/**
 * Reads hard-wrapped paragraphs (READMEs wrapped at 80 columns, one sentence or one clause
 * a line) as the paragraphs they are: each soft line break becomes a space, or nothing
 * between two characters of East Asian text or next to East Asian punctuation (as CSS
 * joins such lines), so no sentence ends where a line did. Hard breaks (two spaces or a
 * backslash) stay; a line break in inline code is a space, as CommonMark reads it.
 */
export const joinSoftBreaks: TreeRule = (tree: Root) => {
  visit(tree, (node: Nodes) => {
    if (PHRASING_BLOCKS.has(node.type) && 'children' in node)
      joinLines(node.children as PhrasingContent[])
  })
}

function joinLines(children: PhrasingContent[]): void {
  const leaves = leavesOf(children, [])
  leaves.forEach((leaf, index) => {
    if (!('text' in leaf) || !leaf.text.value.includes('\n'))
      return
    const value = leaf.text.value
    leaf.text.value = value.replace(SOFT_BREAK, (match, offset: number) => {
      const before = offset > 0 ? lastChar(value, offset) : edgeChar(leaves, index, -1)
      const after = offset + match.length < value.length ? firstChar(value, offset + match.length) : edgeChar(leaves, index, 1)
      return joiner(before, after)
    })
  })
}

/** The inline leaves of phrasing content in reading order; inline code and image descriptions lose their line breaks on the way. */
function leavesOf(children: readonly PhrasingContent[], out: Leaf[]): Leaf[] {
  for (const child of children) {
    if (child.type === 'text')
      out.push({ text: child })
    else if ('children' in child)
      leavesOf(child.children, out)
    else
      out.push({ char: child.type === 'break' ? '\n' : ATOM })
    if (child.type === 'inlineCode')
      child.value = child.value.replace(SOFT_BREAK, ' ')
    else if (child.type === 'image' && child.alt)
      child.alt = child.alt.replace(SOFT_BREAK, ' ')
  }
  return out
}

/** The character next to a leaf on one side (the nearest non-empty leaf's), or undefined at the paragraph's edge. */
function edgeChar(leaves: readonly Leaf[], index: number, step: -1 | 1): string | undefined {
  for (let at = index + step; at >= 0 && at < leaves.length; at += step) {
    const leaf = leaves[at]!
    const text = 'text' in leaf ? leaf.text.value : leaf.char
    if (text)
      return step < 0 ? lastChar(text, text.length) : firstChar(text, 0)
  }
  return undefined
}

/** What a soft break between two characters reads as. */
function joiner(before: string | undefined, after: string | undefined): string {
  if (!before || !after || before === '\n' || after === '\n')
    return ''
  if (WIDE_PUNCTUATION.test(before) || WIDE_PUNCTUATION.test(after))
    return ''
  return WIDE.test(before) && WIDE.test(after) ? '' : ' '
}

/** The character of a text that ends at `end`, a whole code point (a Han character outside the BMP included). */
function lastChar(text: string, end: number): string {
  const code = end >= 2 ? text.codePointAt(end - 2) : undefined
  return code !== undefined && code > 0xFFFF ? String.fromCodePoint(code) : text[end - 1]!
}

/** The character of a text that starts at `start`, a whole code point. */
function firstChar(text: string, start: number): string {
  return String.fromCodePoint(text.codePointAt(start)!)
}
