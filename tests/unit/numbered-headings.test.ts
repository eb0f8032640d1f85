import type { Heading } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { deckOf, keptAll, parseText } from '../helpers/dialect-deck'

/** The headings of an article's tree, as `depth text`. */
const headings = (text: string) => parseText(text).tree.children.filter((node): node is Heading => node.type === 'heading').map(node => `${node.depth} ${toString(node)}`)

const SPEECH = '# 在新员工培训会上的讲话\n\n同志们，今天我想谈谈写测试。\n\n一、为什么要写测试\n\n测试让我们在修改代码时心里有底。\n\n（一）测试是最好的文档\n\n一个好的测试告诉读者代码应该怎么用。\n\n（二）测试让重构成为可能\n\n有了测试，我们才敢大胆地改结构。\n\n二、怎样写好测试\n\n先写最小的断言，再覆盖边界情况。\n\n（一）从失败开始\n\n先看到测试失败，再让它通过。\n'

describe('numbered lines as headings', () => {
  it('reads 一、 and （一） lines of a plain Chinese speech as two levels of headings below its title', () => {
    expect(headings(SPEECH)).toEqual(['1 在新员工培训会上的讲话', '2 一、为什么要写测试', '3 （一）测试是最好的文档', '3 （二）测试让重构成为可能', '2 二、怎样写好测试', '3 （一）从失败开始'])
    const { markdown, coverage } = deckOf(SPEECH)
    expect(keptAll(coverage)).toBe(true)
    expect(markdown).toMatch(/^# 一、为什么要写测试$/m)
    expect(markdown).toMatch(/^# 二、怎样写好测试$/m)
  })

  it('reads 第一部分 lines and bold numbered lines too', () => {
    expect(headings('开场白。\n\n第一部分 背景\n\n很久以前。\n\n第二部分\n\n后来。\n')).toEqual(['2 第一部分 背景', '2 第二部分'])
    expect(headings('开场白。\n\n**1、准备工作**\n\n先装好环境。\n\n**2、动手实践**\n\n再写代码。\n')).toEqual(['2 1、准备工作', '2 2、动手实践'])
  })

  it('reads one-item ordered lists standing alone between paragraphs as an English essay\'s sections', () => {
    const essay = '# Why we write tests\n\nFriends, today I want to talk about tests.\n\n1. Confidence\n\nTests let us change code without fear.\n\n2. Documentation\n\nA good test shows how the code is meant to be used.\n\n3. Design\n\nCode that is easy to test is easy to change.\n'
    expect(headings(essay)).toEqual(['1 Why we write tests', '2 Confidence', '2 Documentation', '2 Design'])
    expect(headings('Opening words.\n\nI. Introduction\n\nWhy this matters.\n\nII. Method\n\nHow we did it.\n')).toEqual(['2 I. Introduction', '2 II. Method'])
    expect(headings('Opening words.\n\nPart One: The problem\n\nWhat went wrong.\n\nPart Two: The fix\n\nWhat we changed.\n')).toEqual(['2 Part One: The problem', '2 Part Two: The fix'])
  })

  it('leaves real lists, lone lines, lines out of sequence, sentences and lead-ins alone', () => {
    expect(headings('Steps:\n\n1. Install it\n2. Run it\n\nDone.\n\n1. Again\n2. More\n')).toEqual([])
    expect(headings('Three reasons:\n\n1. Speed\n\nIt is fast.\n\n2. Cost\n\nIt is cheap.\n')).toEqual([])
    expect(headings('一、只有一行\n\n正文。\n')).toEqual([])
    expect(headings('二、先有二\n\n正文。\n\n三、再有三\n\n正文。\n')).toEqual([])
    expect(headings('一、这是一句话。后面还有一句话。\n\n正文。\n\n二、这也是一句完整的话，而且很长很长。\n\n正文。\n')).toEqual([])
    expect(headings('一、苹果\n\n二、香蕉\n\n三、橘子\n\n正文。\n')).toEqual([])
    expect(headings('1. Install\n   then configure it.\n\nText.\n\n2. Run\n\nText.\n')).toEqual([])
  })

  it('leaves an article with headings of its own alone', () => {
    expect(headings('# 标题\n\n## 背景\n\n一、第一点\n\n正文。\n\n二、第二点\n\n正文。\n')).toEqual(['1 标题', '2 背景'])
  })
})
