import type { EscapeTable } from '../../scripts/render/escape'
import { parseSync } from '@slidev/parser'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../scripts/parse/parse-markdown'
import { decodeText, decodeVueHtml, decodeWith, escapeAttribute, escapeHtmlText, escapeLineStart, escapeMarkdownText, ESCAPES, escapeText, escapeVueCode, escapeVueHtml, escapeWith, readPreformatted, writePreformatted, yamlString } from '../../scripts/render/escape'
import { renderFrontmatter } from '../../scripts/render/frontmatter'
import { proseText } from '../../scripts/verify/article-text'

/** Strings that mean something to Markdown, HTML, Vue, YAML or Slidev's splitter. */
const HOSTILE = [
  '{{ }}',
  '{{ window.alert(1) }}',
  'a }} b {{',
  '<!--',
  '-->',
  'a <!-- b --> c',
  '---',
  '----- five',
  '[click]',
  '[click:3] later',
  '</script><script>alert(1)</script>',
  '<b onclick="x">bold</b>',
  '&amp; &lt; &#123; &#38;',
  'a\\b \\\\ \\*',
  '`code` ``two`` ~~strike~~ $x$ $$y$$',
  '*em* _em_ **strong** __strong__',
  '# heading | cell | ![img](x) [link](y)',
  'quote: "double" \'single\'',
  '中文【】「」',
]

const TABLES = Object.entries(ESCAPES) as [string, EscapeTable][]

describe('escape tables', () => {
  it.each(TABLES)('%s: every special string is written as its replacement', (_name, table) => {
    const escape = escapeWith(table)
    for (const [special, replacement] of Object.entries(table))
      expect(escape(`a${special}b`)).toBe(`a${replacement}b`)
  })

  it.each(TABLES)('%s: no replacement is written for two strings, so it reads back', (_name, table) => {
    expect(new Set(Object.values(table)).size).toBe(Object.keys(table).length)
    const escape = escapeWith(table)
    const decode = decodeWith(table)
    const everything = Object.keys(table).join('x')
    for (const text of [...HOSTILE, everything, everything.split('').reverse().join('')])
      expect(decode(escape(text))).toBe(text)
  })

  it('escapes in one pass: a replacement is never escaped again', () => {
    expect(escapeWith(ESCAPES.html)('&lt;')).toBe('&amp;lt;')
    expect(escapeWith(ESCAPES.scriptMarkdown)('\\*')).toBe('\\\\\\*')
  })
})

describe('vue template text (escapeText)', () => {
  it.each([
    ['{{ }}', '<span v-pre>{{ }}</span>'],
    ['<!--', '&lt;\\!--'],
    ['-->', '--&gt;'],
    ['---', '---'],
    ['[click]', '\\[click\\]'],
    ['</script>', '&lt;/script&gt;'],
    ['\\`*_[]|~$#!&<>', '\\\\\\`\\*\\_\\[\\]\\|\\~\\$\\#\\!&amp;&lt;&gt;'],
  ])('%s', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped)
  })

  it.each(HOSTILE)('reads back: %s', (text) => {
    expect(decodeText(escapeText(text))).toBe(text)
  })

  it.each(HOSTILE.filter(text => !/\{\{|\}\}/.test(text)))('shown as written by Markdown: %s', (text) => {
    expect(proseText(parseMarkdown(escapeLineStart(escapeText(text))))).toBe(text)
  })

  it('keeps a line that would be a slide break from starting one', () => {
    expect(escapeLineStart(escapeText('---'))).toBe('\\---')
  })
})

describe('code as HTML in a Vue template (escapeVueHtml, escapeVueCode)', () => {
  it('writes every character Vue or the notes comment would read as numeric references', () => {
    expect(escapeVueHtml('{{ a }} <!-- --> & [click]')).toBe('&#123;&#123; a &#125;&#125; &#60;!-- --&#62; &#38; [click]')
    expect(escapeVueCode('[click] {{ }}')).toBe('&#91;click] &#123;&#123; &#125;&#125;')
  })

  it.each(HOSTILE)('reads back: %s', (text) => {
    expect(decodeVueHtml(escapeVueHtml(text))).toBe(text)
    expect(decodeVueHtml(escapeVueCode(text))).toBe(text)
  })

  it('reads back a <pre><code> block, and nothing else', () => {
    const code = 'a --> b\n{{ c }} </code></pre>\n[click]'
    expect(writePreformatted(code)).not.toMatch(/-->|\{\{|<\/code><\/pre>\n/)
    expect(readPreformatted(`  ${writePreformatted(code)}\n`)).toBe(code)
    expect(readPreformatted('<pre>x</pre>')).toBeUndefined()
    expect(readPreformatted('<p><pre><code>x</code></pre></p>')).toBeUndefined()
  })
})

describe('plain HTML (escapeHtmlText, escapeAttribute)', () => {
  it('escapes text and attributes', () => {
    expect(escapeHtmlText('</script> & "q" \'s\'')).toBe('&lt;/script&gt; &amp; &quot;q&quot; \'s\'')
    expect(escapeAttribute('a"\nb<!--')).toBe('a&quot; b&lt;!--')
  })

  it.each(HOSTILE)('reads back: %s', (text) => {
    expect(decodeWith(ESCAPES.html)(escapeHtmlText(text))).toBe(text)
    expect(decodeWith(ESCAPES.html)(escapeAttribute(text))).toBe(text)
  })
})

describe('the talk script\'s Markdown (escapeMarkdownText)', () => {
  it('gives every character that starts markup a backslash', () => {
    expect(escapeMarkdownText('\\`*_[]<>&~$')).toBe('\\\\\\`\\*\\_\\[\\]\\<\\>\\&\\~\\$')
    expect(escapeMarkdownText('{{ }} --- [click]')).toBe('{{ }} --- \\[click\\]')
  })

  it.each(HOSTILE.filter(text => !/^(?:#|-{3,})/.test(text)))('shown as written by Markdown: %s', (text) => {
    expect(toString(parseMarkdown(escapeMarkdownText(text)))).toBe(text)
  })
})

describe('yaml front matter (yamlString)', () => {
  it('writes a double-quoted string with no `---` in it', () => {
    expect(yamlString('a---b')).toBe('"a-\\x2D-b"')
    expect(yamlString('say "hi"\n')).toBe('"say \\"hi\\"\\n"')
  })

  function readBack(text: string): unknown[] {
    const markdown = `---\n${renderFrontmatter({ layout: 'cover', title: text, nested: { list: [text, 1, true] } })}\n---\n\n# Slide\n`
    return parseSync(markdown, 'slides.md').slides.map(slide => slide.frontmatter)
  }

  it.each([...HOSTILE, '----', 'a\nb', 'tab\tand \u2028 line separator', '- item', 'key: value', '#comment'])('read back by Slidev: %s', (text) => {
    expect(readBack(text)).toEqual([{ layout: 'cover', title: text, nested: { list: [text, 1, true] } }])
  })

  it.each(['a ----- b', '-------', '- -- --- ---- -----'])('read back by Slidev: a run of many dashes %s', (text) => {
    expect(readBack(text)).toEqual([{ layout: 'cover', title: text, nested: { list: [text, 1, true] } }])
  })
})

describe('the talk script\'s line starts', () => {
  it('escapes what would start a heading, quote or list, and nothing else', async () => {
    const { escapeScriptLineStarts } = await import('../../scripts/render/escape')
    expect(escapeScriptLineStarts('# not a heading\n> not a quote\n- not a list\n12. not a list\n+ no\n= no\nplain # text - stays')).toBe('\\# not a heading\n\\> not a quote\n\\- not a list\n12\\. not a list\n\\+ no\n\\= no\nplain # text - stays')
  })
})
