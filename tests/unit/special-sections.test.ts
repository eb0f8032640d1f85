import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../scripts/parse/parse-markdown'
import { inlineText } from '../../scripts/plan/inlines'
import { extractQuestions, isQuestionsTitle, isSummaryTitle, readerTitles } from '../../scripts/plan/special-sections'

describe('section titles', () => {
  it.each(['小结', '总结', '本章小结', 'Summary', 'Conclusion', 'Key Takeaways', '## 结语'.slice(3)])('%s is a summary', (title) => {
    expect(isSummaryTitle(title)).toBe(true)
  })

  it.each(['思考题', 'Questions', 'Discussion', '🤔 思考'])('%s asks questions', (title) => {
    expect(isQuestionsTitle(title)).toBe(true)
  })

  it.each(['小结一下模型', 'Summary of results', '工程化应用'])('%s is neither', (title) => {
    expect(isSummaryTitle(title)).toBe(false)
    expect(isQuestionsTitle(title)).toBe(false)
  })
})

describe('parts for the page\'s reader', () => {
  it('counts an answers part right after an assignment or a quiz as one, in both languages', () => {
    expect(readerTitles(['原理', '作业', '解决方案', '🚀 知识拓展', '继续学习'])).toEqual([false, true, true, true, true])
    expect(readerTitles(['Design', 'Assignment', 'Solution', 'Keep learning'])).toEqual([false, true, true, true])
  })

  it('keeps an answers part that follows the article\'s own content: a design doc\'s "Solution"', () => {
    expect(readerTitles(['问题', '解决方案', '小结'])).toEqual([false, false, false])
    expect(readerTitles(['Problem', 'Solution', 'Rollout'])).toEqual([false, false, false])
  })
})

describe('extractQuestions', () => {
  it('takes each question sentence, trimmed from the front to fit, without a leading connective or a lead-in to the reader', () => {
    const nodes = parseMarkdown('学完了这节课的内容，请你来思考2个问题，ChatGPT已经这么强大了，那它是否已经具备了人类大脑的思维？还有AI到底能否代替我们目前的工作？欢迎你把你的观点分享到评论区。').children
    expect(extractQuestions(nodes, 'zh-CN').map(question => inlineText(question))).toEqual([
      'ChatGPT已经这么强大了，那它是否已经具备了人类大脑的思维？',
      'AI到底能否代替我们目前的工作？',
    ])
  })

  it('takes list items as questions', () => {
    const nodes = parseMarkdown('- Why do small changes merge faster?\n- What would you split first?\n').children
    expect(extractQuestions(nodes, 'en')).toHaveLength(2)
  })
})
