import type { Blockquote, Root } from 'mdast'
import type { ArticleScript } from './article-script'
import type { TreeRule } from './tree-rule'
import { visit } from 'unist-util-visit'
import { articleScript } from './article-script'

/** GitHub's alert kinds and the label each shows, by the article's script. */
const ALERT_LABELS: Record<ArticleScript, Record<string, string>> = {
  latin: { NOTE: 'Note', TIP: 'Tip', IMPORTANT: 'Important', WARNING: 'Warning', CAUTION: 'Caution' },
  han: { NOTE: '注意', TIP: '提示', IMPORTANT: '重要', WARNING: '警告', CAUTION: '小心' },
  kana: { NOTE: '注記', TIP: 'ヒント', IMPORTANT: '重要', WARNING: '警告', CAUTION: '注意' },
}
const ALERT_MARK = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*\n?/i

/**
 * Reads GitHub's alerts (`> [!TIP]` on a quote's first line): the marker becomes the
 * callout's label in bold (`**Tip:** ...`), and the quote is marked (`data.callout`) so
 * the deck can draw it as a callout; the marker itself is never shown.
 */
export const readGithubAlerts: TreeRule = (tree: Root) => {
  const labels = ALERT_LABELS[articleScript(tree)]
  visit(tree, 'blockquote', (quote: Blockquote) => {
    const first = quote.children[0]
    if (first?.type !== 'paragraph')
      return
    const lead = first.children[0]
    const found = lead?.type === 'text' ? ALERT_MARK.exec(lead.value) : null
    if (!lead || lead.type !== 'text' || !found)
      return
    const kind = found[1]!.toUpperCase()
    lead.value = lead.value.slice(found[0].length)
    const label = { type: 'strong' as const, children: [{ type: 'text' as const, value: `${labels[kind]}${labels === ALERT_LABELS.latin ? ':' : '：'}` }] }
    first.children = [label, ...(first.children.length > 1 || lead.value ? [{ type: 'text' as const, value: ' ' }] : []), ...first.children].filter(child => child.type !== 'text' || child.value !== '')
    quote.data = { ...quote.data, callout: kind.toLowerCase() } as Blockquote['data']
  })
}
