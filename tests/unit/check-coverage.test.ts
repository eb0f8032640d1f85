import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../scripts/parse/parse-markdown'
import { checkCoverage, coverageWarnings, formatCoverage, isComplete } from '../../scripts/verify/check-coverage'

const article = parseMarkdown('# T\n\n第一句话有1750亿参数。第二句话在这里。\n\n```js\nconst a = 1\n```\n')
const deck = (slide: string, notes: string) => `---\nlayout: cover\n---\n\n# T\n\n---\n\n${slide}\n\n<!--\n${notes}\n-->\n`

describe('checkCoverage', () => {
  it('finds every sentence, number and line of code of a complete deck', () => {
    const report = checkCoverage(article, deck('- 第一句话有<strong>1750亿</strong>参数\n\n```js\nconst a = 1\n```', '第一句话有1750亿参数。第二句话在这里。'), 'zh-CN')
    expect(isComplete(report)).toBe(true)
    expect(formatCoverage(report)).toBe('3/3 sentences, 1/1 numbers, 1/1 lines of code')
  })

  it('reports a dropped sentence with its line', () => {
    const report = checkCoverage(article, deck('```js\nconst a = 1\n```', '第一句话有1750亿参数。'), 'zh-CN')
    expect(report.sentences.missing).toEqual([{ text: '第二句话在这里。', line: 3 }])
    expect(isComplete(report)).toBe(false)
  })

  it('warns naming the article line of each sentence that was lost, and of nothing when nothing was', () => {
    const report = checkCoverage(article, deck('```js\nconst a = 1\n```', '第一句话有1750亿参数。'), 'zh-CN')
    expect(coverageWarnings(report, 'a.md')).toEqual([{ severity: 'warning', file: 'a.md', line: 3, message: 'the deck lost this sentence of the article (it is neither on a slide nor in the notes): "第二句话在这里。"' }])
    const complete = checkCoverage(article, deck('```js\nconst a = 1\n```', '第一句话有1750亿参数。第二句话在这里。'), 'zh-CN')
    expect(coverageWarnings(complete, 'a.md')).toEqual([])
  })

  it('names the first ten losses of a kind and counts the rest', () => {
    const many = parseMarkdown(`# T\n\n${Array.from({ length: 13 }, (_, i) => `Sentence number ${String.fromCharCode(97 + i)} is here.`).join(' ')}\n`)
    const warnings = coverageWarnings(checkCoverage(many, deck('', ''), 'en'), 'a.md')
    expect(warnings).toHaveLength(11)
    expect(warnings.at(-1)!.message).toBe('the deck lost 3 more sentences of the article')
  })

  it('reports a changed number', () => {
    const report = checkCoverage(article, deck('```js\nconst a = 1\n```', '第一句话有175亿参数。第二句话在这里。'), 'zh-CN')
    expect(report.sentences.missing).toHaveLength(1)
    expect(report.numbers.missing).toEqual(['1750'])
  })

  it('reports a lost line of code', () => {
    const report = checkCoverage(article, deck('', '第一句话有1750亿参数。第二句话在这里。'), 'zh-CN')
    expect(report.code.missing).toEqual(['const a = 1'])
  })

  it('does not count text that only survives inside an HTML attribute', () => {
    const report = checkCoverage(article, deck('<ImagePlaceholder alt="第二句话在这里。" />\n\n```js\nconst a = 1\n```', '第一句话有1750亿参数。'), 'zh-CN')
    expect(report.sentences.missing).toHaveLength(1)
  })
})
