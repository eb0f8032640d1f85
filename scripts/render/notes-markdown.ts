import type { Block, Inline } from '../model/deck'
import type { BlockHandlers, InlineHandlers } from '../model/fold'
import { foldBlocks, foldInlines } from '../model/fold'
import { escapeMarkdownText, escapeScriptLineStarts, fenceFor } from './escape'
import { joinTextBlocks, textBlockHandlers } from './text-blocks'

/** Links the script keeps: web pages and mail; anything else (`javascript:` ...) keeps only its text. */
const SAFE_LINK = /^(?:https?:|mailto:)/i

/** The script's Markdown for each inline type: text escaped, `**bold**`, code in backticks. */
const MARKDOWN_INLINES: InlineHandlers<string> = {
  text: inline => escapeMarkdownText(inline.value.replace(/\s*\n\s*/g, ' ')),
  code: inline => inlineCode(inline.value),
  math: inline => /[<>&`$]/.test(inline.value) ? inlineCode(inline.value) : `$${inline.value}$`,
  break: () => '\n',
  strong: (inline, _context, fold) => `**${fold(inline.children).join('')}**`,
  emphasis: (inline, _context, fold) => fold(inline.children).join(''),
  delete: (inline, _context, fold) => fold(inline.children).join(''),
  tag: (inline, _context, fold) => fold(inline.children).join(''),
  link: (inline, _context, fold) => {
    const label = fold(inline.children).join('')
    return SAFE_LINK.test(inline.url) ? `[${label}](<${inline.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : label
  },
}

function markdownInlines(inlines: readonly Inline[]): string {
  return foldInlines(inlines, MARKDOWN_INLINES).join('')
}

/** The script's Markdown for each block type: code and formulas fenced, an image as its escaped description. */
const MARKDOWN_BLOCKS: BlockHandlers<string> = {
  ...textBlockHandlers(markdownInlines),
  paragraph: block => escapeScriptLineStarts(markdownInlines(block.inlines)),
  heading: block => escapeScriptLineStarts(markdownInlines(block.inlines)),
  code: block => fencedCode(block.value, block.lang),
  math: block => fencedCode(block.value, 'math'),
  image: block => escapeMarkdownText(block.alt),
}

/**
 * A slide's notes as Markdown for the talk script: paragraphs, lists and quotes in the
 * article's words, with `**bold**`, code in backticks or fences, and every character
 * that could start markup or HTML escaped.
 */
export function notesMarkdown(blocks: readonly Block[]): string {
  return joinTextBlocks(foldBlocks(blocks, MARKDOWN_BLOCKS))
}

function inlineCode(value: string): string {
  const ticks = fenceFor(value, 1)
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : ''
  return `${ticks}${pad}${value}${pad}${ticks}`
}

function fencedCode(value: string, lang: string | undefined): string {
  const fence = fenceFor(value)
  return `${fence}${(lang ?? '').replace(/[^\w#+.-]/g, '')}\n${value}\n${fence}`
}
