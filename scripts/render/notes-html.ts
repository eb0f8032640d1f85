import type { Block, Inline, Point } from '../model/deck'
import type { BlockHandlers, InlineHandlers } from '../model/fold'
import { foldBlocks, foldInlines } from '../model/fold'
import { escapeHtmlText } from './escape'

/** Handout HTML for each block type. */
const HTML_BLOCKS: BlockHandlers<string> = {
  paragraph: block => `<p>${inlineHtml(block.inlines)}</p>`,
  heading: block => `<h4>${inlineHtml(block.inlines)}</h4>`,
  points: block => pointsHtml(block.items, block.ordered, block.start ?? 1),
  quote: (block, _context, fold) => `<blockquote>${fold(block.blocks).join('\n')}</blockquote>`,
  code: block => `<pre>${escapeHtmlText(block.value)}</pre>`,
  math: block => `<pre>${escapeHtmlText(block.value)}</pre>`,
  table: block => `<table>${[block.header, ...block.rows].map((row, i) => `<tr>${row.map(cell => `<${i === 0 ? 'th' : 'td'}>${inlineHtml(cell)}</${i === 0 ? 'th' : 'td'}>`).join('')}</tr>`).join('')}</table>`,
  image: block => block.alt ? `<p class="alt">${escapeHtmlText(block.alt)}</p>` : '',
  diagram: () => '',
  click: () => '',
}

/** A slide's notes as HTML, for the handout: the article's words, escaped, with their emphasis (`.nobr` spans keep hyphenated words whole). */
export function notesHtml(blocks: readonly Block[]): string {
  return foldBlocks(blocks, HTML_BLOCKS).join('\n')
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

/** Handout HTML for each inline type. */
const HTML_INLINES: InlineHandlers<string> = {
  text: inline => keepHyphenated(escapeHtmlText(inline.value)),
  code: inline => `<code>${escapeHtmlText(inline.value)}</code>`,
  math: inline => `<code>${escapeHtmlText(inline.value)}</code>`,
  break: () => '<br>',
  strong: (inline, _context, fold) => `<strong>${fold(inline.children).join('')}</strong>`,
  emphasis: (inline, _context, fold) => `<em>${fold(inline.children).join('')}</em>`,
  delete: (inline, _context, fold) => `<del>${fold(inline.children).join('')}</del>`,
  tag: (inline, _context, fold) => `<${inline.tag}>${fold(inline.children).join('')}</${inline.tag}>`,
  link: (inline, _context, fold) => fold(inline.children).join(''),
}

function inlineHtml(inlines: readonly Inline[]): string {
  return foldInlines(inlines, HTML_INLINES).join('')
}
