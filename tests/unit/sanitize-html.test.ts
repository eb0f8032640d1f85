import type { Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../scripts/parse/parse-markdown'
import { sanitizeHtml } from '../../scripts/parse/sanitize-html'
import { inlineText, toInlines } from '../../scripts/plan/inlines'
import { renderInlines } from '../../scripts/render/slidev-markdown'

function sanitized(markdown: string): { tree: Root, messages: string[] } {
  const tree = parseMarkdown(markdown)
  const messages = sanitizeHtml(tree, 'a.md').map(diagnostic => `${diagnostic.line}: ${diagnostic.message}`)
  return { tree, messages }
}

function firstParagraphHtml(tree: Root): string {
  const paragraph = tree.children.find(node => node.type === 'paragraph')
  return paragraph?.type === 'paragraph' ? renderInlines(toInlines(paragraph.children)) : ''
}

describe('sanitizeHtml', () => {
  it('keeps harmless inline tags bare, without attributes', () => {
    const { tree, messages } = sanitized('Press <kbd class="x" onclick="evil()">Ctrl</kbd>, H<sub>2</sub>O, x<sup>2</sup>.<br>Next.')
    expect(firstParagraphHtml(tree)).toBe('Press <kbd>Ctrl</kbd>, H<sub>2</sub>O, x<sup>2</sup>.<br>Next.')
    expect(messages).toEqual([])
  })

  it.each(['script', 'style', 'iframe', 'object', 'svg', 'template', 'textarea'])('drops <%s> with its content and says so', (tag) => {
    const { tree, messages } = sanitized(`Before <${tag}>window.__canary = 1</${tag}> after.`)
    const paragraph = tree.children[0]
    expect(paragraph?.type === 'paragraph' && inlineText(toInlines(paragraph.children))).toBe('Before  after.')
    expect(messages).toEqual([`1: <${tag}> was dropped with its content: nothing from the article runs or loads in the deck`])
  })

  it('drops a block <script> and an HTML comment, line by line', () => {
    const { tree, messages } = sanitized('Text.\n\n<script>\nwindow.__canary = 1\n</script>\n\n<!-- hidden -->\n')
    expect(tree.children.map(node => node.type)).toEqual(['paragraph'])
    expect(messages).toEqual(['3: <script> was dropped with its content: nothing from the article runs or loads in the deck', '7: an HTML comment is not shown'])
  })

  it('turns <img> into an image, whatever handlers it had', () => {
    const { tree } = sanitized('See <img src="a.png" alt="A chart" onerror="window.__canary = 1">.')
    const paragraph = tree.children[0] as { children: { type: string, url?: string, alt?: string }[] }
    expect(paragraph.children.find(node => node.type === 'image')).toMatchObject({ url: 'a.png', alt: 'A chart' })
  })

  it('keeps a safe link and only the text of a javascript: one', () => {
    const { tree } = sanitized('<a href="https://example.com" onclick="x()">safe</a> and <a href="javascript:alert(1)">unsafe</a>')
    expect(firstParagraphHtml(tree)).toBe('<a href="https://example.com" target="_blank" rel="noopener">safe</a> and unsafe')
  })

  it('drops unknown tags with Vue bindings but keeps their text', () => {
    const { tree } = sanitized('<div v-html="x" :title="y" @click="z()" style="color:red">Kept text</div>\n')
    expect(firstParagraphHtml(tree)).toBe('Kept text')
  })
})
