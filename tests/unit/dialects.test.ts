import type { Root } from 'mdast'
import fc from 'fast-check'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { readDialectText, readDialectTree } from '../../scripts/parse/dialects'
import { parseMarkdown } from '../../scripts/parse/parse-markdown'

function read(text: string): { text: string, messages: string[], lines: (number | undefined)[] } {
  const result = readDialectText(text, 'post.md')
  return { text: result.text, messages: result.diagnostics.map(d => d.message), lines: result.diagnostics.map(d => d.line) }
}

function tree(text: string): Root {
  const read = readDialectText(text).text
  const parsed = parseMarkdown(read)
  readDialectTree(parsed, read)
  return parsed
}

describe('liquid (Jekyll)', () => {
  it('turns a highlight block into fenced code, on the same lines', () => {
    const { text } = read('Intro.\n\n{% highlight ruby linenos %}\nputs 1\n{% endhighlight %}\n\nAfter.\n')
    expect(text).toBe('Intro.\n\n```ruby\nputs 1\n```\n\nAfter.\n')
  })

  it('resolves literal paths through URL filters and drops site variables', () => {
    const { text } = read('![x]({{ "/img/a.png" | relative_url }}) and [home]({{ site.baseurl }}/) {% link about.md %}\n')
    expect(text).toBe('![x](/img/a.png) and [home](/) about.md\n')
  })

  it('keeps raw blocks as written, with their {{ }}', () => {
    expect(read('{% raw %}\n`{{ page.title }}`\n{% endraw %}\n').text).toBe('\n`{{ page.title }}`\n\n')
  })

  it('drops other tags with a warning at their line, and comments quietly', () => {
    const { text, messages, lines } = read('A\n\n{% include note.html %}\n\n{% comment %}\nsecret\n{% endcomment %}\nB\n')
    expect(text).toBe('A\n\n\n\n\n\n\nB\n')
    expect(messages).toEqual(['Liquid tag {% include %} is not shown (it only means something to Jekyll)'])
    expect(lines).toEqual([3])
  })

  it('drops the output tags of a loop it does not run, outside code', () => {
    const { text } = read('{% for repository in repositories %}* [{{ repository.name }}]({{ url }})\n{% endfor %}\n\n`{{ kept }}`\n')
    expect(text).not.toMatch(/repository\.name|\{\{ url/)
    expect(text).toContain('`{{ kept }}`')
  })

  it('leaves {{ }} alone in articles that do not use Liquid, and inside code', () => {
    expect(read('Use {{variable}} in the template.\n').text).toBe('Use {{variable}} in the template.\n')
    expect(read('{% if x %}\n\n```\n{% include a %}\n```\n').text).toBe('\n\n```\n{% include a %}\n```\n')
  })
})

describe('hugo shortcodes', () => {
  it('turns a figure into an image with its caption', () => {
    expect(read('{{< figure src="/img/a.png" alt="A chart" caption="Load over a day" >}}\n').text).toBe('![A chart](/img/a.png)\n\nLoad over a day\n')
  })

  it('turns highlight into code, keeps paired content, drops embeds with a warning', () => {
    const { text, messages } = read('{{< highlight go >}}\nfmt.Println(1)\n{{< /highlight >}}\n{{% notice tip %}}\nKeep it short.\n{{% /notice %}}\n{{< youtube abc >}}\n')
    expect(text).toBe('```go\nfmt.Println(1)\n```\n\nKeep it short.\n\n\n')
    expect(messages).toEqual(['Hugo shortcode {{< youtube >}} is not shown (it only means something to Hugo)'])
  })
})

describe('kramdown', () => {
  it('drops the TOC marker, attribute lists, options and comments', () => {
    const { text } = read('* TOC\n{:toc}\n\n{::options parse_block_html="true" /}\n## Title {#t}\n{: .no_toc}\n\nText.\n{: .lead}\n{::comment}\nhidden\n{:/comment}\n')
    expect(text).toBe('\n\n\n\n## Title {#t}\n\n\nText.\n\n\n\n\n')
  })
})

describe('excerpt marker', () => {
  it('drops <!--more--> quietly', () => {
    expect(read('Lead.\n<!--more-->\nRest.\n')).toEqual({ text: 'Lead.\n\nRest.\n', messages: [], lines: [] })
  })
})

describe('gitHub alerts', () => {
  it('shows the label in bold, in the article\'s language, and marks the quote', () => {
    const english = tree('> [!WARNING]\n> Back up first.\n')
    expect(toString(english)).toBe('Warning: Back up first.')
    expect(english.children[0]!.data).toEqual({ callout: 'warning' })
    expect(toString(tree('> [!TIP]\n> 先备份数据库，再升级。\n'))).toBe('提示： 先备份数据库，再升级。')
  })

  it('reads Obsidian\'s callouts: any kind the deck can draw, a title in bold, the label at the first paragraph', () => {
    const titled = tree('> [!danger]- Do not run this in production\n> It deletes the cache.\n').children[0]!
    expect(titled.data).toEqual({ callout: 'caution' })
    expect(titled.type === 'blockquote' && titled.children.map(node => toString(node))).toEqual(['Do not run this in production', 'It deletes the cache.'])
    const spaced = tree('> [!info]\n>\n> 锁文件记录了每个平台的解析结果。\n').children[0]!
    expect(spaced.data).toEqual({ callout: 'note' })
    expect(spaced.type === 'blockquote' && spaced.children.map(node => toString(node))).toEqual(['信息： 锁文件记录了每个平台的解析结果。'])
    expect(toString(tree('> [!unknown] text\n'))).toBe('[!unknown] text')
  })

  it('reads GitHub\'s legacy form, the kind\'s label in bold opening the quote, as a callout that keeps its label (en, zh)', () => {
    const english = tree('> **Warning:** Back up first.\n').children[0]!
    expect(english.data).toEqual({ callout: 'warning' })
    expect(toString(english)).toBe('Warning: Back up first.')
    expect(tree('> **Note**\n> The cache is per user.\n').children[0]!.data).toEqual({ callout: 'note' })
    expect(tree('> **注意**：升级前先备份数据库。\n').children[0]!.data).toEqual({ callout: 'note' })
    expect(tree('> **A quiet week** on the list.\n').children[0]!.data).toBeUndefined()
  })

  it('takes no name every object has for a kind (`constructor`, `toString`)', () => {
    for (const text of ['> **constructor** builds the object.\n', '> [!toString] text\n'])
      expect((tree(text).children[0]!.data as { callout?: unknown } | undefined)?.callout, text).toBeUndefined()
    expect(toString(tree('> [!toString] text\n'))).toBe('[!toString] text')
  })
})

describe('footnotes', () => {
  it('numbers references as superscripts and gathers the definitions at the end', () => {
    const parsed = tree('# T\n\n## A\n\nOne[^b] and two[^a], one again[^b].\n\n[^a]: Second source.\n[^b]: First source.\n\n## B\n\nMore.\n')
    const paragraph = parsed.children[2]!
    expect(toString(paragraph)).toBe('One<sup>1</sup> and two<sup>2</sup>, one again<sup>1</sup>.')
    expect(parsed.children.at(-2)).toMatchObject({ type: 'heading', depth: 2, children: [{ value: 'Notes' }] })
    expect(toString(parsed.children.at(-1)!)).toBe('First source.Second source.')
  })
})

describe('all dialect rules', () => {
  it('keep every line where it was and finish quickly on any mix of markup', () => {
    const piece = fc.constantFrom('{%', '%}', '{{', '}}', '{{<', '>}}', '{{%', '{:', '{::', '}', '\n', '```', 'raw', 'endraw', 'highlight', ' ', 'x', '|', '"', '/', '<!--more-->', '[!TIP]', '> ', '!!! note', '??? tip', '    ', '\t', ':label:`x`', ':numref:`fig_x`', ':cite:`k`', ':begin_tab:`pytorch`', ':end_tab:', '(**', '**)', '[**', '**]', '`', '+++', '一、', '1. ')
    fc.assert(fc.property(fc.array(piece, { maxLength: 200 }), (pieces) => {
      const input = pieces.join('')
      const started = performance.now()
      const { text } = readDialectText(input)
      expect(text.split('\n').length).toBe(input.split('\n').length)
      expect(performance.now() - started).toBeLessThan(200)
    }), { seed: 20261129, numRuns: 300 })
  })
})

describe('all tree rules', () => {
  it('read any mix of markup without throwing, and finish quickly', () => {
    const piece = fc.constantFrom('\n', '\n\n', '> ', '[!NOTE]', '[!tip] T', '!!! warning "W"', '    ', '1. ', '一、', '（一）', '第一部分', 'x', '中', '`c`', '$x$', '**', '[a][r]', '![i][r]', '[r]: /u', '+++', 'title = "t"', '```{.python .input}', '#@tab all', '```', '  \n', '[^1]', '[^1]: n')
    fc.assert(fc.property(fc.array(piece, { maxLength: 120 }), (pieces) => {
      const input = pieces.join('')
      const started = performance.now()
      const text = readDialectText(input).text
      readDialectTree(parseMarkdown(text), text)
      expect(performance.now() - started).toBeLessThan(500)
    }), { seed: 20261130, numRuns: 200 })
  })
})

describe('html widgets', () => {
  it('drops a widget\'s HTML that Markdown read as indented code, and keeps a fenced html example', () => {
    const text = 'Try it:\n\n<div class="demo">\n\n    <input id="q" type="text">\n    <button onclick="run()">Run</button>\n    <canvas id="c"></canvas>\n\n</div>\n\n```html\n<button>Example</button>\n```\n'
    const result = readDialectText(text, 'post.md')
    const parsed = parseMarkdown(result.text)
    const diagnostics = readDialectTree(parsed, result.text, 'post.md')
    const codes = parsed.children.filter(node => node.type === 'code')
    expect(codes).toHaveLength(1)
    expect(codes[0]).toMatchObject({ lang: 'html' })
    expect(diagnostics.map(d => [d.message, d.line])).toEqual([['an interactive HTML widget (inputs, buttons, scripts) is not shown in a talk', 5]])
  })
})

describe('tight headings', () => {
  it('reads ##Title at the start of a paragraph as a heading, and leaves #hashtags, #1 and code alone', () => {
    expect(read('Intro.\n\n##A High-Level Look\n\nText with #hashtag.\n\n#1 reason\n\n```\n#include <x>\n```\n').text).toBe('Intro.\n\n## A High-Level Look\n\nText with #hashtag.\n\n#1 reason\n\n```\n#include <x>\n```\n')
    expect(read('##概述\n\n正文。\n').text).toBe('## 概述\n\n正文。\n')
  })
})

describe('lazily numbered steps', () => {
  const starts = (text: string) => tree(text).children.flatMap(node => node.type === 'list' ? [node.start ?? 1] : [])

  it('go on counting after a paragraph or code breaks them, in one section; a list that counts on its own, or a new section, starts over', () => {
    expect(starts('## Steps\n\n1. Open the file.\n1. Read it.\n\nThe file is now in memory.\n\n1. Close it.\n\n```py\nf.close()\n```\n\n1. Check it.\n')).toEqual([1, 3, 4])
    expect(starts('## 步骤\n\n1. 打开文件。\n\n文件已经读入内存。\n\n1. 关闭文件。\n\n## 下一节\n\n1. 重新开始。\n')).toEqual([1, 2, 1])
    expect(starts('## Steps\n\n1. Open.\n2. Read.\n\nThen:\n\n1. Close.\n')).toEqual([1, 1])
  })
})
