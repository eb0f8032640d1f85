import type { Inline } from '../../scripts/model/deck'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../scripts/parse/parse-markdown'
import { codeTitle } from '../../scripts/plan/code-title'
import { toUnits } from '../../scripts/plan/to-units'
import { escapeLineStart, escapeText, joinSoftBreaks } from '../../scripts/render/escape'
import { protectMath } from '../../scripts/render/slidev-code'
import { renderBlocks, renderInlines } from '../../scripts/render/slidev-markdown'

describe('escapeText', () => {
  it('escapes Markdown punctuation so it shows literally', () => {
    expect(escapeText('a*b*_c_ [x](y) <b> `z` | ~~s~~ $5 & #1')).toBe('a\\*b\\*\\_c\\_ \\[x\\](y) &lt;b&gt; \\`z\\` \\| \\~\\~s\\~\\~ \\$5 &amp; \\#1')
  })

  it('leaves no HTML comment opener or closer in the text', () => {
    const escaped = escapeText('a <!-- b --> c')
    expect(escaped).not.toContain('<!--')
    expect(escaped).not.toContain('-->')
    expect(escaped).toBe('a &lt;\\!-- b --&gt; c')
  })

  it('keeps Vue interpolation from running', () => {
    expect(escapeText('use {{ name }} here')).toBe('<span v-pre>use {{ name }} here</span>')
  })

  it('joins soft line breaks: nothing between CJK characters, a space elsewhere', () => {
    expect(joinSoftBreaks('中文\n继续')).toBe('中文继续')
    expect(joinSoftBreaks('English\ntext')).toBe('English text')
    expect(joinSoftBreaks('中文\nEnglish')).toBe('中文 English')
  })
})

describe('escapeLineStart', () => {
  it.each([
    ['- not a list', '\\- not a list'],
    ['1. not ordered', '1\\. not ordered'],
    ['+ plus', '\\+ plus'],
    ['=== setext', '\\=== setext'],
    ['plain', 'plain'],
  ])('%s', (input, expected) => {
    expect(escapeLineStart(input)).toBe(expected)
  })
})

describe('renderInlines', () => {
  it('renders emphasis as HTML tags, which CommonMark cannot misread next to CJK punctuation', () => {
    const inlines: Inline[] = [{ type: 'text', value: '的' }, { type: 'strong', children: [{ type: 'text', value: '“大力”' }] }, { type: 'text', value: '出' }]
    expect(renderInlines(inlines)).toBe('的<strong>“大力”</strong>出')
  })

  it('drops links with unsafe schemes but keeps their text', () => {
    expect(renderInlines([{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', value: 'click' }] }])).toBe('click')
    expect(renderInlines([{ type: 'link', url: 'https://a.example/?q="x"', children: [{ type: 'text', value: 'a' }] }])).toBe('<a href="https://a.example/?q=&quot;x&quot;" target="_blank" rel="noopener">a</a>')
  })

  it('wraps code in a fence longer than its backticks', () => {
    expect(renderInlines([{ type: 'code', value: 'a`b' }])).toBe('``a`b``')
  })
})

describe('protectMath', () => {
  it('puts CJK runs in \\text{} so KaTeX uses the deck font, and Latin words of such a formula too', () => {
    expect(protectMath('自回归语言模型+RLHF')).toBe('\\text{自回归语言模型}+\\text{RLHF}')
  })

  it('leaves a formula without CJK text alone', () => {
    expect(protectMath('\\frac{a}{b} + x_{max}')).toBe('\\frac{a}{b} + x_{max}')
  })
})

describe('renderInlines inside written-out HTML', () => {
  it('writes code as <code> and escapes text without backslashes, since Markdown is not read there', () => {
    const html = renderInlines([{ type: 'code', value: 'this' }, { type: 'text', value: '的指向 *动态* [切换] {{ x }} a<b' }], { html: true })
    expect(html).not.toMatch(/[`\\]/)
    expect(html).toMatch(/^<code>this<\/code>/)
    expect(html).not.toMatch(/[{}<](?!\/?code>)/)
  })
})

describe('a listing\'s label', () => {
  it('is read from the fence\'s info string in the forms blogs and docs sites write', () => {
    expect(codeTitle('title="member1/pyproject.toml"')).toBe('member1/pyproject.toml')
    expect(codeTitle('linenums="1" title=\'app.py\'')).toBe('app.py')
    expect(codeTitle('filename=main.go {3-5}')).toBe('main.go')
    expect(codeTitle('[vite.config.ts]')).toBe('vite.config.ts')
    expect(codeTitle('{1,3}')).toBeUndefined()
    expect(codeTitle(undefined)).toBeUndefined()
  })

  it('is shown above its code on the slide, escaped, and left out of the notes', () => {
    const hostile = '{{ window.x }}<script>[click]'
    const slide = renderBlocks([{ type: 'code', lang: 'toml', value: 'a = 1', title: hostile }])
    expect(slide).toMatch(/^<div class="deck-code-title">[^<]*<\/div>\n\n```toml\na = 1\n```$/)
    expect(slide).not.toContain('{{')
    expect(slide).not.toContain('[click')
    expect(renderBlocks([{ type: 'code', lang: 'toml', value: 'a = 1', title: 'app.toml' }], { notes: true })).not.toContain('app.toml')
  })

  it('labels every slide of a listing from a fenced block with a title', () => {
    const units = toUnits(parseMarkdown('```toml title="pyproject.toml"\n[tool.uv]\nconflicts = []\n```\n').children, { lang: 'en' })
    expect(units.flatMap(unit => unit.blocks).map(block => block.type === 'code' ? block.title : undefined)).toEqual(['pyproject.toml'])
  })
})
