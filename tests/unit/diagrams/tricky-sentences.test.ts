import { describe, expect, it } from 'vitest'
import { detectBarCompare } from '../../../scripts/plan/diagrams/detect-bar-compare'
import { detectStatGrid } from '../../../scripts/plan/diagrams/detect-stat-grid'
import { detectTimeline } from '../../../scripts/plan/diagrams/detect-timeline'
import { findQuantities } from '../../../scripts/plan/diagrams/quantities'

/**
 * Sentences written to trip automatic charts (the patterns seen in real articles, in new
 * words): the rules must say no, or chart only what the sentence says of each name.
 */
describe('charts say no when a sentence would be misstated', () => {
  it('never draws a token count among parameter counts', () => {
    const items = detectBarCompare('LLaMA 有 650 亿个参数，训练用了 1.4 万亿个 token，而 GPT-3 有 1750 亿个参数。')?.items ?? []
    expect(items.map(item => item.display)).not.toContain('1.4 万亿个')
    expect(items.every(item => item.value < 1e12)).toBe(true)
    expect(detectBarCompare('Chinchilla has 70 billion parameters and saw 1.4 trillion tokens, while Gopher has 280 billion parameters.')?.items.map(item => item.label) ?? []).not.toContain('tokens')
  })

  it('never attaches a size to a model when the sentence names two before it', () => {
    expect(detectBarCompare('GPT-3.5 沿用了 GPT-3 的 1750 亿参数，而 InstructGPT 只有 13 亿参数。')).toBeUndefined()
    expect(detectBarCompare('GPT-3, much larger than GPT-2, has 175 billion parameters, and BERT-Large has 340 million parameters.')).toBeUndefined()
    expect(detectBarCompare('GPT-4 比 GPT-3.5 的得分高 40%，Claude 高 30%。')).toBeUndefined()
  })

  it('never takes a formula\'s variables or constants for figures', () => {
    expect(findQuantities('训练计算量约为 C≈6ND，其中 N=1750亿，D=3000亿。')).toEqual([])
    expect(findQuantities('Compute is C = 6ND, with N = 175B and D = 300B tokens.')).toEqual([])
    expect(detectStatGrid('训练计算量约为 C≈6ND，其中 N=1750亿，D=3000亿，总计 3.14e23 FLOPs。')).toBeUndefined()
  })

  it('never compares a per-GPU figure with a total', () => {
    expect(detectBarCompare('每张 A100 有 80GB 显存，而 DGX 整机共有 640GB。')).toBeUndefined()
    expect(detectBarCompare('An H100 costs $2 per hour, while the whole A100 cluster costs $40,000.')).toBeUndefined()
  })

  it('never labels a figure with a unit or a price\'s broken tail', () => {
    const stats = detectStatGrid('一次训练大约需要 3万元人民币左右，数据有 45TB，模型文件 350GB，参数 1750 亿。')?.stats ?? []
    for (const stat of stats)
      expect(stat.label).not.toMatch(/^(?:民币|人民币|左右|GB|TB)/)
    expect(findQuantities('大约需要 3万元人民币左右')[0]).toMatchObject({ text: '3万元人民币左右', hiddenQualifier: true })
    const english = detectStatGrid('The corpus is 570 GB after filtering, down from 45 TB of raw text, and the checkpoint takes 350 GB.')?.stats ?? []
    for (const stat of english)
      expect(stat.label).not.toMatch(/^(?:GB|TB|MB)$/)
  })

  it('never builds a timeline from a changelog\'s markup', () => {
    expect(detectTimeline('[Updated on 2023-05-01] [Updated on 2023-06-12] [Updated on 2023-09-30] Added a section on tools.', {})).toBeUndefined()
  })

  it('still charts what a sentence plainly compares', () => {
    expect(detectBarCompare('在早期GPT-3模型上准确率约为35%，后来在code-davinci-002上准确率能达到82%。')?.items.map(item => item.label)).toEqual(['GPT-3', 'code-davinci-002'])
    expect(detectBarCompare('GPT-2 has 1.5 billion parameters; GPT-3 has 175 billion parameters.')?.items.map(item => [item.label, item.value])).toEqual([['GPT-2', 1.5e9], ['GPT-3', 175e9]])
  })
})
