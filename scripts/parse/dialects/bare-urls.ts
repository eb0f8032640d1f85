import type { Link, PhrasingContent, Root } from 'mdast'
import type { TreeRule } from './tree-rule'
import { visit } from 'unist-util-visit'

/**
 * Punctuation of Chinese and Japanese text, which never ends a URL: the CJK symbols and
 * punctuation block, fullwidth punctuation, and the curly quotes, ellipsis and dash CJK
 * text uses. (Han characters may be part of a URL, as in Wikipedia's, so they are not.)
 */
const CJK_PUNCTUATION = /[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2014\u2018\u2019\u201C\u201D\u2026]/
/** What GFM takes off the end of a bare URL: trailing punctuation. */
const TRAILING_PUNCTUATION = /[?!.,:*_~]+$/

/**
 * Ends bare URLs where CJK text goes on: GFM reads a URL up to the next space, which
 * CJK text does not have, so `见https://x.org/a.pdf，请阅读。` made `，请阅读。` part of the
 * link. A literal URL (written bare, not as `[text](url)` or `<url>`) ends before the
 * first CJK punctuation mark, less the punctuation GFM leaves out at a URL's end; the
 * rest is text again.
 */
export const endBareUrlsAtCjk: TreeRule = (tree: Root, { text }) => {
  visit(tree, 'link', (link: Link, index, parent) => {
    const label = link.children.length === 1 && link.children[0]!.type === 'text' ? link.children[0]!.value : undefined
    if (!parent || index === undefined || label === undefined || !isBare(link, label, text))
      return
    const cut = label.search(CJK_PUNCTUATION)
    if (cut <= 0)
      return
    const kept = label.slice(0, cut).replace(TRAILING_PUNCTUATION, '')
    const rest = label.slice(kept.length)
    const url = link.url.slice(0, link.url.length - rest.length)
    const after: PhrasingContent = { type: 'text', value: rest }
    parent.children.splice(index, 1, { ...link, url, children: [{ type: 'text', value: kept }] }, after)
    return index + 2
  })
}

/** Whether a link was written as a bare URL: its source is its label. */
function isBare(link: Link, label: string, text: string): boolean {
  const start = link.position?.start.offset
  const end = link.position?.end.offset
  return start !== undefined && end !== undefined && text.slice(start, end) === label && link.url.endsWith(label.slice(-1))
}
