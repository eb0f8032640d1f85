import type { Block, Inline, Point } from '../plan/types'

/** Escapes text for HTML. */
export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** A slide's notes as HTML, for the handout: the article's words, escaped, with their emphasis (`.nobr` spans keep hyphenated words whole). */
export function notesHtml(blocks: readonly Block[]): string {
  return blocks.map(blockHtml).join('\n')
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.inlines)}</p>`
    case 'heading':
      return `<h4>${inlineHtml(block.inlines)}</h4>`
    case 'points':
      return pointsHtml(block.items, block.ordered, block.start ?? 1)
    case 'quote':
      return `<blockquote>${notesHtml(block.blocks)}</blockquote>`
    case 'code':
    case 'math':
      return `<pre>${escapeHtmlText(block.value)}</pre>`
    case 'table':
      return `<table>${[block.header, ...block.rows].map((row, i) => `<tr>${row.map(cell => `<${i === 0 ? 'th' : 'td'}>${inlineHtml(cell)}</${i === 0 ? 'th' : 'td'}>`).join('')}</tr>`).join('')}</table>`
    case 'image':
      return block.alt ? `<p class="alt">${escapeHtmlText(block.alt)}</p>` : ''
    case 'diagram':
    case 'click':
      return ''
  }
}

function pointsHtml(items: readonly Point[], ordered: boolean, start: number): string {
  const tag = ordered ? 'ol' : 'ul'
  const startAttribute = ordered && start !== 1 ? ` start="${start}"` : ''
  return `<${tag}${startAttribute}>${items.map(item => `<li>${inlineHtml(item.inlines)}${item.children.length > 0 ? pointsHtml(item.children, item.childrenOrdered ?? false, 1) : ''}</li>`).join('')}</${tag}>`
}

/**
 * Wraps hyphenated words (`code-davinci-002`) so a line never breaks at their hyphen:
 * text extractors such as pdftotext join such lines and drop the hyphen.
 */
function keepHyphenated(html: string): string {
  return html.replace(/[\w.]+(?:-[\w.]+)+/g, word => `<span class="nobr">${word}</span>`)
}

function inlineHtml(inlines: readonly Inline[]): string {
  return inlines.map((inline) => {
    switch (inline.type) {
      case 'text':
        return keepHyphenated(escapeHtmlText(inline.value))
      case 'code':
      case 'math':
        return `<code>${escapeHtmlText(inline.value)}</code>`
      case 'break':
        return '<br>'
      case 'strong':
        return `<strong>${inlineHtml(inline.children)}</strong>`
      case 'emphasis':
        return `<em>${inlineHtml(inline.children)}</em>`
      case 'delete':
        return `<del>${inlineHtml(inline.children)}</del>`
      case 'tag':
        return `<${inline.tag}>${inlineHtml(inline.children)}</${inline.tag}>`
      default:
        return inlineHtml(inline.children)
    }
  }).join('')
}
