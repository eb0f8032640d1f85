import type { Blockquote } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { readDialectText } from '../../scripts/parse/dialects'
import { deckOf, keptAll, parseText } from '../helpers/dialect-deck'

const quotes = (text: string) => parseText(text).tree.children.filter((node): node is Blockquote => node.type === 'blockquote')

describe('admonitions (MkDocs, Python-Markdown)', () => {
  it('turns `!!! note` and its indented body into a callout quote, line for line', () => {
    const text = 'Intro.\n\n!!! note\n\n    See the [dependency\n    page](https://x.org) for details.\n\nAfter.\n'
    const read = readDialectText(text).text
    expect(read).toBe('Intro.\n\n> [!note]\n>\n> See the [dependency\n> page](https://x.org) for details.\n\nAfter.\n')
    const [quote] = quotes(text)
    expect(quote!.data).toEqual({ callout: 'note' })
    expect(toString(quote!)).toBe('Note: See the dependency page for details.')
    expect(parseText(text).tree.children.some(node => node.type === 'code')).toBe(false)
  })

  it('shows a title in bold above the body, and maps kinds the deck does not draw', () => {
    const [danger, custom, folded] = quotes('!!! danger "Do not run this in production"\n    It deletes the cache.\n\n??? custom\n    Hidden text.\n\n???+ info\n    Open text.\n')
    expect(danger!.data).toEqual({ callout: 'caution' })
    expect(danger!.children.map(node => toString(node))).toEqual(['Do not run this in production', 'It deletes the cache.'])
    expect(danger!.children[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'strong' }] })
    expect(custom!.children.map(node => toString(node))).toEqual(['Custom', 'Hidden text.'])
    expect(folded!.data).toEqual({ callout: 'note' })
    expect(toString(folded!)).toBe('Info: Open text.')
  })

  it('labels a Chinese admonition in Chinese and keeps code and lists in its body', () => {
    const [quote] = quotes('!!! warning\n\n    升级之前，务必先备份数据库：\n\n    ```sh\n    pg_dump app > app.sql\n    ```\n\n    - 备份文件要放在另一台机器上\n')
    expect(quote!.data).toEqual({ callout: 'warning' })
    expect(toString(quote!.children[0]!)).toBe('警告： 升级之前，务必先备份数据库：')
    expect(quote!.children.map(node => node.type)).toEqual(['paragraph', 'code', 'list'])
    expect(quote!.children[1]).toMatchObject({ lang: 'sh', value: 'pg_dump app > app.sql' })
  })

  it('reads nested admonitions and admonitions in list items, and leaves code alone', () => {
    const text = '1. Install it.\n\n    !!! tip\n        Use the installer.\n\n!!! note\n    Outer.\n\n    !!! warning\n        Inner.\n\n```markdown\n!!! note\n    Example.\n```\n\n    !!! note\n        indented code\n'
    const read = readDialectText(text).text
    expect(read.split('\n')).toHaveLength(text.split('\n').length)
    expect(read).toContain('    > [!tip]\n    > Use the installer.')
    expect(read).toContain('> [!note]\n> Outer.\n>\n> > [!warning]\n> > Inner.')
    expect(read).toContain('```markdown\n!!! note\n    Example.\n```')
    expect(read).toContain('\n    !!! note\n        indented code\n')
  })

  it('keeps every sentence of a docs page with admonitions, and shows no raw markup', () => {
    const text = '# Resolution\n\nThe resolver picks one version of each package.\n\n!!! note\n\n    Markers are evaluated for the target platform, not the current one.\n\n!!! important "Lockfile"\n    The lockfile records the resolution for every platform.\n\n## 解析\n\n解析器为每个包选出一个版本。\n\n!!! tip\n    锁文件记录了每个平台的解析结果。\n'
    const { markdown, coverage } = deckOf(text)
    expect(keptAll(coverage)).toBe(true)
    expect(markdown).not.toMatch(/!!!|\[!note\]|\[!tip\]/)
  })
})
