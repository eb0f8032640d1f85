import { describe, expect, it } from 'vitest'
import { readDialectText } from '../../scripts/parse/dialects'
import { deckOf, keptAll, parseText } from '../helpers/dialect-deck'

describe('toml front matter (Hugo)', () => {
  it('reads title, author, date and description as front matter, and never shows the block', () => {
    const { tree, frontMatter, warnings } = parseText('+++\ntitle = "Config graphs in practice"\nauthor = "Ann Lee"\ndate = 2024-03-01T10:00:00+08:00\ndescription = "How a graph is built"\ndraft = false\ntags = ["go"]\n+++\n\nA compiler builds a graph of each function.\n')
    expect(frontMatter).toMatchObject({ title: 'Config graphs in practice', author: 'Ann Lee', date: '2024-03-01', description: 'How a graph is built', draft: false, tags: ['go'] })
    expect(warnings).toEqual([])
    expect(tree.children.map(node => node.type)).toEqual(['yaml', 'paragraph'])
    const { markdown, title, coverage } = deckOf('+++\ntitle = "Config graphs in practice"\n+++\n\nA compiler builds a graph of each function before it optimizes anything.\n')
    expect(title).toBe('Config graphs in practice')
    expect(markdown).not.toContain('+++')
    expect(markdown).not.toContain('title = ')
    expect(keptAll(coverage)).toBe(true)
  })

  it('reads a Chinese title and language the same way', () => {
    const { frontMatter } = parseText('+++\ntitle = "控制流图入门"\nauthor = "李安"\nlang = "zh-CN"\n+++\n\n编译器先为每个函数构造控制流图。\n')
    expect(frontMatter).toMatchObject({ title: '控制流图入门', author: '李安', lang: 'zh-CN' })
    expect(deckOf('+++\ntitle = "控制流图入门"\n+++\n\n编译器在优化之前，先为每个函数构造一张控制流图。\n').title).toBe('控制流图入门')
  })

  it('warns at the line of invalid TOML and ignores it, without showing it', () => {
    const { frontMatter, warnings, tree } = parseText('+++\ntitle = "ok"\nauthor = \n+++\n\nBody.\n')
    expect(frontMatter).toEqual({})
    expect(warnings).toEqual(['3: front matter is not valid TOML and was ignored: invalid value'])
    expect(tree.children.map(node => node.type)).toEqual(['yaml', 'paragraph'])
  })

  it('is left alone by the text rules, like YAML front matter', () => {
    const text = '+++\ntitle = "{{< x >}} and {% y %}"\n+++\n\n{{< youtube abc >}}\n'
    expect(readDialectText(text).text.startsWith('+++\ntitle = "{{< x >}} and {% y %}"\n+++\n')).toBe(true)
  })
})
