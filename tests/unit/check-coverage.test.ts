import { describe, expect, it } from 'vitest'
import { CoverageError } from '../../scripts/lib/errors'
import { parseMarkdown } from '../../scripts/parse/parse-markdown'
import { assertComplete, checkCoverage, formatCoverage, isComplete } from '../../scripts/verify/check-coverage'

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

  it('fails the build naming the article line of what was lost', () => {
    const report = checkCoverage(article, deck('```js\nconst a = 1\n```', '第一句话有1750亿参数。'), 'zh-CN')
    expect(() => assertComplete(report, 'a.md')).toThrow(CoverageError)
    expect(() => assertComplete(report, 'a.md')).toThrow('the deck lost text of the article (kept 2/3 sentences, 1/1 numbers, 1/1 lines of code); missing: a.md:3 "第二句话在这里。"')
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
