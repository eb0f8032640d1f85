import type { Blockquote, Paragraph, PhrasingContent, Root } from 'mdast'
import type { ArticleScript } from './article-script'
import type { DeckCalloutKind } from './dialect-words'
import type { TreeRule } from './tree-rule'
import { toString } from 'mdast-util-to-string'
import { visit } from 'unist-util-visit'
import { articleScript } from './article-script'
import { CALLOUT_KINDS, CALLOUT_LABELS, calloutKindOf, LABEL_COLON } from './dialect-words'

/** `[!NOTE]` (GitHub) or `[!tip]-` (Obsidian, folded) at the start of a quote, and the spaces after it. */
const ALERT_MARK = /^\[!([a-z][\w-]*)\][+-]?[ \t]*/i

/**
 * Reads GitHub's alerts (`> [!TIP]` on a quote's first line) and Obsidian's callouts
 * (`> [!danger]- Title`, any of the kinds in {@link CALLOUT_KINDS}): the marker becomes the
 * callout's label in bold (`**Tip:** ...`, at the start of the quote's first paragraph,
 * also when the marker stands alone above it), or, when a title follows the marker on its
 * line and more follows the title, the title in bold as the callout's first paragraph; the
 * quote is marked (`data.callout`, one of the deck's kinds) so the deck can draw it as a callout.
 * The marker itself is never shown. GitHub's legacy form (`> **Note**`, `> **Warning:** …`,
 * the kind's label in bold opening the quote) is marked as a callout too, its label kept.
 */
export const readGithubAlerts: TreeRule = (tree: Root) => {
  const script = articleScript(tree)
  visit(tree, 'blockquote', (quote: Blockquote) => {
    const first = quote.children[0]
    if (first?.type !== 'paragraph')
      return
    const legacy = legacyKind(first, script)
    if (legacy) {
      quote.data = { ...quote.data, callout: legacy } as Blockquote['data']
      return
    }
    const lead = first.children[0]
    const found = lead?.type === 'text' ? ALERT_MARK.exec(lead.value) : null
    const name = found?.[1]!.toLowerCase()
    const kind = name ? calloutKindOf(name) : undefined
    if (!lead || lead.type !== 'text' || !found || !name || !kind)
      return
    lead.value = lead.value.slice(found[0].length)
    const title = takeTitle(first, quote.children.length > 1)
    const opening: Paragraph[] = title.length > 0
      ? [{ type: 'paragraph', children: [{ type: 'strong', children: title }], position: first.position }]
      : []
    const rest = quote.children.slice(1)
    const body = first.children.some(child => child.type !== 'text' || child.value.trim() !== '') || rest[0]?.type !== 'paragraph' ? first : rest.shift() as Paragraph
    if (title.length === 0)
      body.children = labelled(body.children, calloutLabel(name, script))
    quote.children = [...opening, ...(body.children.length > 0 ? [body] : []), ...rest]
    quote.data = { ...quote.data, callout: kind } as Blockquote['data']
  })
}

/** What may stand around a legacy alert's bold kind: a colon, spaces. */
const LEGACY_MARKS = /^[\s:：]+|[\s:：]+$/g

/**
 * The deck's kind of a quote in GitHub's legacy alert form, its kind's label in bold at
 * the start of its first paragraph (`> **Note**`, `> **Warning:** …`, `> **注意**：…`), or
 * `undefined`: the label is one of the kinds, or one of the labels the deck shows for
 * them in the article's script.
 */
function legacyKind(first: Paragraph, script: ArticleScript): DeckCalloutKind | undefined {
  const lead = first.children[0]
  if (lead?.type !== 'strong')
    return undefined
  const label = toString(lead).replace(LEGACY_MARKS, '').toLowerCase()
  const named = Object.entries(CALLOUT_LABELS[script]).find(([, shown]) => shown.toLowerCase() === label)?.[0]
  return calloutKindOf(label) ?? (named ? calloutKindOf(named) : undefined)
}

/** The label a callout of this kind shows, with its colon, in the article's script. */
function calloutLabel(name: string, script: ArticleScript): string {
  const labels = CALLOUT_LABELS[script]
  const label = labels[name] ?? (script === 'latin' ? name[0]!.toUpperCase() + name.slice(1) : labels[calloutKindOf(name)!]!)
  return `${label}${LABEL_COLON[script]}`
}

/** The paragraph's content after a bold label. */
function labelled(children: PhrasingContent[], label: string): PhrasingContent[] {
  const rest = children.filter(child => child.type !== 'text' || child.value !== '')
  const text = rest[0]?.type === 'text' ? rest[0] : undefined
  if (text)
    text.value = text.value.replace(/^\n/, '')
  const bold: PhrasingContent = { type: 'strong', children: [{ type: 'text', value: label }] }
  const gap: PhrasingContent[] = rest.length > 0 ? [{ type: 'text', value: ' ' }] : []
  return [bold, ...gap, ...rest].filter(child => child.type !== 'text' || child.value !== '')
}

/**
 * Takes the title from the paragraph's first line (what follows the marker, up to the
 * line's end), when more follows it: later lines of the paragraph, or `more` (further
 * blocks of the quote). Returns the title's content (empty when there is none); the
 * paragraph keeps the rest.
 */
function takeTitle(paragraph: Paragraph, more: boolean): PhrasingContent[] {
  const children = paragraph.children
  const end = children.findIndex(child => child.type === 'break' || (child.type === 'text' && child.value.includes('\n')))
  if (end < 0 && !more)
    return []
  const stop = end < 0 ? children.length : end
  const title = children.slice(0, stop)
  const rest = children.slice(stop)
  const cut = rest[0]
  if (cut?.type === 'text') {
    const at = cut.value.indexOf('\n')
    const before = cut.value.slice(0, at)
    if (before)
      title.push({ type: 'text', value: before })
    cut.value = cut.value.slice(at + 1)
  }
  else if (cut?.type === 'break') {
    rest.shift()
  }
  const trimmed = title.filter(child => child.type !== 'text' || child.value.trim() !== '')
  if (trimmed.length === 0) {
    if (cut?.type === 'text')
      cut.value = `\n${cut.value}`
    return []
  }
  paragraph.children = rest.filter(child => child.type !== 'text' || child.value !== '')
  return trimmed
}
