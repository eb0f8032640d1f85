import type { Block, Inline, Point } from '../plan/types'

/** How {@link notesText} marks emphasis: Markdown (`**bold**`) or not at all. */
export interface NotesTextOptions {
  markdown?: boolean
}

/**
 * A slide's notes as readable text: paragraphs, lists and quotes in the article's words,
 * with `**bold**` when `markdown` is set. For the talk script and PowerPoint's notes,
 * where nothing needs escaping for Slidev or Vue.
 */
export function notesText(blocks: readonly Block[], { markdown = false }: NotesTextOptions = {}): string {
  return blocks.map(block => blockText(block, markdown)).filter(Boolean).join('\n\n')
}

function blockText(block: Block, markdown: boolean): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.inlines, markdown)
    case 'points':
      return pointsText(block.items, block.ordered, block.start ?? 1, 0, markdown)
    case 'quote':
      return notesText(block.blocks, { markdown }).split('\n').map(line => `> ${line}`).join('\n')
    case 'code':
      return markdown ? fencedCode(block.value, block.lang) : block.value
    case 'math':
      return markdown ? fencedCode(block.value, 'math') : block.value
    case 'table':
      return [block.header, ...block.rows].map(row => row.map(cell => inlineText(cell, markdown)).join(' | ')).join('\n')
    case 'image':
      return markdown ? escapeMarkdownText(block.alt) : block.alt
    case 'diagram':
    case 'click':
      return ''
  }
}

/** Links the script keeps: web pages and mail; anything else (`javascript:` ...) keeps only its text. */
const SAFE_LINK = /^(?:https?:|mailto:)/i
/** Characters that Markdown or HTML could read as markup in the script's text. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>&~$]/g

/** Text for the Markdown script: every character that could start markup or HTML is escaped. */
export function escapeMarkdownText(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, char => `\\${char}`)
}

function inlineCode(value: string): string {
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map(match => match[0].length))
  const ticks = '`'.repeat(longest + 1)
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : ''
  return `${ticks}${pad}${value}${pad}${ticks}`
}

function fencedCode(value: string, lang: string | undefined): string {
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map(match => match[0].length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}${(lang ?? '').replace(/[^\w#+.-]/g, '')}\n${value}\n${fence}`
}

function pointsText(items: readonly Point[], ordered: boolean, start: number, depth: number, markdown: boolean): string {
  return items.map((item, index) => {
    const line = `${'  '.repeat(depth)}${ordered ? `${start + index}.` : '-'} ${inlineText(item.inlines, markdown)}`
    return item.children.length > 0 ? `${line}\n${pointsText(item.children, item.childrenOrdered ?? false, 1, depth + 1, markdown)}` : line
  }).join('\n')
}

function inlineText(inlines: readonly Inline[], markdown: boolean): string {
  return inlines.map((inline) => {
    switch (inline.type) {
      case 'text': {
        const text = inline.value.replace(/\s*\n\s*/g, ' ')
        return markdown ? escapeMarkdownText(text) : text
      }
      case 'code':
        return markdown ? inlineCode(inline.value) : inline.value
      case 'math':
        return markdown ? (/[<>&`$]/.test(inline.value) ? inlineCode(inline.value) : `$${inline.value}$`) : inline.value
      case 'break':
        return '\n'
      case 'strong':
        return markdown ? `**${inlineText(inline.children, markdown)}**` : inlineText(inline.children, markdown)
      case 'link':
        return markdown && SAFE_LINK.test(inline.url) ? `[${inlineText(inline.children, markdown)}](<${inline.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : inlineText(inline.children, markdown)
      default:
        return inlineText(inline.children, markdown)
    }
  }).join('')
}
