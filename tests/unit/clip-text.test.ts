import { describe, expect, it } from 'vitest'
import { clipOffset, safeBoundaries, splitClauses } from '../../scripts/plan/clip-text'
import { measureText } from '../../scripts/plan/measure-text'

describe('splitClauses', () => {
  it('splits at commas, semicolons and colons, keeping each clause\'s mark', () => {
    expect(splitClauses('首先，其次；最后：结束。').map(clause => clause.text)).toEqual(['首先，', '其次；', '最后：', '结束。'])
  })

  it('does not split inside brackets or quotes', () => {
    expect(splitClauses('一类是掩码语言模型（Masked Language Model，MLM），另一类').map(clause => clause.text))
      .toEqual(['一类是掩码语言模型（Masked Language Model，MLM），', '另一类'])
    expect(splitClauses('他说“你好，世界”，然后走了').map(clause => clause.text)).toEqual(['他说“你好，世界”，', '然后走了'])
  })

  it('does not split inside numbers such as 10,000 or 12:30', () => {
    expect(splitClauses('共有10,000个GPU，在12:30开始').map(clause => clause.text)).toEqual(['共有10,000个GPU，', '在12:30开始'])
  })
})

describe('safeBoundaries', () => {
  it('never cuts inside a number, between a number and its unit, or inside a name', () => {
    const text = 'GPT-3有1750亿参数和45TB数据，code-davinci-002'
    const cuts = safeBoundaries(text, 'zh-CN')
    for (const inside of ['GPT-'.length, 'GPT-3有17'.length, 'GPT-3有1750'.length, 'GPT-3有1750亿参数和45'.length, 'GPT-3有1750亿参数和45TB数据，code'.length])
      expect(cuts).not.toContain(inside)
    expect(cuts).toContain('GPT-3有1750亿'.length)
  })
})

describe('clipOffset', () => {
  it('keeps text that fits', () => {
    expect(clipOffset('短句。', 40, 'zh-CN')).toBe(3)
  })

  it('cuts after the last clause that fits', () => {
    const text = '第一部分说了很多很多的内容，第二部分也说了很多很多的内容，第三部分还在继续说更多的内容'
    const end = clipOffset(text, 30, 'zh-CN')
    expect(text.slice(0, end)).toBe('第一部分说了很多很多的内容，第二部分也说了很多很多的内容，')
  })

  it('cuts English at a word boundary within the word budget', () => {
    const text = 'Reviewers lose focus after about four hundred lines of changes because nobody can hold that much in their head at once'
    const end = clipOffset(text, 40, 'en')
    expect(measureText(text.slice(0, end))).toBeLessThanOrEqual(40)
    expect(text.slice(0, end)).toMatch(/\w$/)
    expect(text[end]).toBe(' ')
    expect(end).toBeGreaterThan(20)
  })
})
