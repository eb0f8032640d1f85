import type { Paragraph } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../scripts/plan/sentences'
import { deckOf, keptAll, parseText } from '../helpers/dialect-deck'

const paragraphText = (text: string) => toString(parseText(text).tree.children[0] as Paragraph)

describe('hard-wrapped paragraphs', () => {
  it('joins an English paragraph\'s lines with spaces, so no sentence ends where a line did', () => {
    const text = 'The verbosity is real, and so it is no wonder that complaints about\nerror handling have topped our annual user surveys for years.\nThe Go team takes community feedback seriously.\n'
    expect(paragraphText(text)).toBe('The verbosity is real, and so it is no wonder that complaints about error handling have topped our annual user surveys for years. The Go team takes community feedback seriously.')
    expect(splitSentences(paragraphText(text), 'en').map(span => span.text)).toHaveLength(2)
  })

  it('joins Chinese lines with nothing, and next to CJK punctuation or across inline markup too', () => {
    expect(paragraphText('回归经常用来表示输入和\n输出之间的关系。\n当我们想预测一个数值时，\n就会涉及到回归问题。\n')).toBe('回归经常用来表示输入和输出之间的关系。当我们想预测一个数值时，就会涉及到回归问题。')
    expect(paragraphText('我们将预测结果$\\hat{y}$\n（通常使用“尖角”符号）表示为*线性*\n*模型*，在Python\n中实现。\n')).toBe('我们将预测结果\\hat{y}（通常使用“尖角”符号）表示为线性模型，在Python 中实现。')
  })

  it('keeps hard breaks, and reads line breaks in inline code as spaces', () => {
    const text = 'First line  \nsecond line, with `a\nb` code and ![an\nimage](x.png).\n'
    const paragraph = parseText(text).tree.children[0] as Paragraph
    expect(paragraph.children.map(node => node.type)).toEqual(['text', 'break', 'text', 'inlineCode', 'text', 'image', 'text'])
    expect(toString(paragraph)).toBe('First linesecond line, with a b code and an image.')
  })

  it('shows whole clauses as points, and keeps every sentence', () => {
    const en = deckOf('# Errors\n\n## Verbosity\n\nThe verbosity is real, and so it is no wonder that complaints about error handling have topped\nour annual user surveys for years.\n')
    expect(en.markdown).not.toMatch(/^- .*have topped$/m)
    expect(keptAll(en.coverage)).toBe(true)
    const zh = deckOf('# 回归\n\n## 基本元素\n\n线性回归基于几个简单的假设：\n首先，假设自变量和因变量之间的关系是线性的，\n即因变量可以表示为自变量中元素的加权和。\n')
    expect(zh.markdown).not.toMatch(/^- .*的，$/m)
    expect(keptAll(zh.coverage)).toBe(true)
  })
})
