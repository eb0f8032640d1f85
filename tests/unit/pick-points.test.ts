import type { Inline } from '../../scripts/model/deck'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../scripts/parse/parse-markdown'
import { POINT_LENGTH } from '../../scripts/plan/budget'
import { inlineText, toInlines } from '../../scripts/plan/inlines'
import { measureText } from '../../scripts/plan/measure-text'
import { pickPoints } from '../../scripts/plan/pick-points'

function inlinesOf(markdown: string): Inline[] {
  const node = parseMarkdown(markdown).children[0]
  if (node?.type !== 'paragraph')
    throw new Error('expected a paragraph')
  return toInlines(node.children)
}

const texts = (points: Inline[][]) => points.map(point => inlineText(point))

describe('pickPoints', () => {
  it('shows the claim, not the example or the filler around it', () => {
    expect(texts(pickPoints(inlinesOf('我们知道，人类是有感情的，很多事物是有极限的，比如人再怎么能吃也不可能一顿饭吃100个馒头，万一大模型输出的内容有这类意识，那么肯定是不合理的，所以要进行微调对齐。'), { lang: 'zh-CN' })))
      .toEqual(['人类是有感情的，很多事物是有极限的，所以要进行微调对齐'])
    expect(texts(pickPoints(inlinesOf('GPT-3和GPT-3.5其实是两个不同的系列，使用过OpenAI API的人应该知道，还有几个细化的模型。'), { lang: 'zh-CN' })))
      .toEqual(['GPT-3和GPT-3.5其实是两个不同的系列，还有几个细化的模型'])
    expect(texts(pickPoints(inlinesOf('As you can see, the model does not run any function. It only returns the name and the arguments.'), { lang: 'en' })))
      .toEqual(['The model does not run any function'])
  })

  it('never opens a point mid-sentence with what needs the clause before', () => {
    const [point] = texts(pickPoints(inlinesOf('OpenAI母公司是OpenAI Inc，属于非营利性质组织，所以后来成立了一家子公司，叫OpenAI LP。'), { lang: 'zh-CN' }))
    expect(point).toMatch(/^OpenAI母公司是OpenAI Inc/)
    expect(texts(pickPoints(inlinesOf('这也是人们所讲的大力出奇迹。'), { lang: 'zh-CN' }))).toEqual([])
  })

  it('takes no clause that only names a topic, but keeps one a preposition opens that says something', () => {
    expect(texts(pickPoints(inlinesOf('关于RLHF的详细介绍，我们会放在后面的章节中。'), { lang: 'zh-CN' }))).toEqual([])
    expect(texts(pickPoints(inlinesOf('As for the cost of training the model.'), { lang: 'en' }))).toEqual([])
    expect(texts(pickPoints(inlinesOf('除了我们介绍的技术之外，在调用 LLMs 时还需要限制输出的长度。'), { lang: 'zh-CN', max: 3, threshold: -Infinity }))).toEqual(['除了我们介绍的技术之外，在调用 LLMs 时还需要限制输出的长度'])
  })

  it('prefers the article\'s own bold statement, keeping it bold', () => {
    const points = pickPoints(inlinesOf('实际上背后有很多资源整合，包括技术、资金等等。所以说， **ChatGPT不仅仅是技术上的突破，更是工程和产品的伟大胜利！**'), { lang: 'zh-CN' })
    expect(texts(points)).toEqual(['ChatGPT不仅仅是技术上的突破，更是工程和产品的伟大胜利！'])
    expect(points[0]![0]).toMatchObject({ type: 'strong' })
  })

  it('prefers clauses that carry numbers, and never cuts a number', () => {
    const [point] = texts(pickPoints(inlinesOf('无监督的训练方式让模型可以接受大量文本，所以后面有了新模型，1750亿的参数规模让它问鼎当时最大的模型，它使用了大约45TB的文本数据，在当时效果已经非常好了，这也是人们所讲的大力出奇迹。'), { lang: 'zh-CN' }))
    expect(point).toContain('1750亿')
    expect(point).not.toMatch(/\d$|^\d*[亿TB]/)
  })

  it('drops a leading connective and the closing full stop', () => {
    expect(texts(pickPoints(inlinesOf('实际上，OpenAI在自然语言处理方面取得了突破。'), { lang: 'zh-CN' }))).toEqual(['OpenAI在自然语言处理方面取得了突破'])
  })

  it('fits a long sentence by leaving out its reason, purpose or examples, never a condition, and never cuts anywhere else', () => {
    const reason = inlinesOf('Reviewers lose focus after about four hundred lines of changes because nobody can hold that much context in their head at once without any help from tools.')
    expect(texts(pickPoints(reason, { lang: 'en' }))).toEqual(['Reviewers lose focus after about four hundred lines of changes'])
    const condition = inlinesOf('The nightly build fails after four hundred seconds of waiting for the remote cache if the office network is slow and nobody restarts the daemon in time.')
    expect(texts(pickPoints(condition, { lang: 'en' }))).toEqual([])
    for (const point of texts(pickPoints(inlinesOf('The nightly build fails after four hundred seconds of waiting for the remote cache if the office network is slow and nobody restarts the daemon in time. Small changes get better reviews.'), { lang: 'en', max: 2, threshold: -Infinity })))
      expect(measureText(point)).toBeLessThanOrEqual(POINT_LENGTH)
  })

  it('gives a second point from a paragraph only when it carries something', () => {
    const rich = inlinesOf('2020年，微软为OpenAI搭建了计算集群。集群包含285000个CPU内核，另外还有10000个GPU。这是当时很大的一台超级计算机。')
    expect(texts(pickPoints(rich, { lang: 'zh-CN', max: 2 }))).toEqual(['2020年，微软为OpenAI搭建了计算集群', '集群包含285000个CPU内核，另外还有10000个GPU'])
    const plain = inlinesOf('后来GPT-3使用了45TB的数据，训练费用近460万美元。按照人类语言的习惯，语言本身就有先后顺序。')
    expect(texts(pickPoints(plain, { lang: 'zh-CN', max: 2 }))).toEqual(['GPT-3使用了45TB的数据，训练费用近460万美元'])
  })

  it('is deterministic', () => {
    const inlines = inlinesOf('第一句话有数字100。第二句话有**重点**。第三句话什么都没有。')
    expect(pickPoints(inlines, { lang: 'zh-CN', max: 2 })).toEqual(pickPoints(inlines, { lang: 'zh-CN', max: 2 }))
  })
})
