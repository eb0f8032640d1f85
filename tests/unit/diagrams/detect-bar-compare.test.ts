import { describe, expect, it } from 'vitest'
import { detectBarCompare } from '../../../scripts/plan/diagrams/detect-bar-compare'

describe('detectBarCompare', () => {
  it('compares quantities of one kind, each named by what comes before it, its qualifier shown', () => {
    const text = '在早期GPT-3模型上进行类似的推理，准确率并不高，约35%，后来在code-davinci-002上进行推理，准确率能达到82%。'
    expect(detectBarCompare(text)).toEqual({ items: [{ label: 'GPT-3', value: 35, display: '约35%' }, { label: 'code-davinci-002', value: 82, display: '82%' }] })
  })

  it('draws no bar for a bound: its length would state "below 40%" as 40% exactly', () => {
    expect(detectBarCompare('在早期GPT-3模型上进行类似的推理，准确率并不高，低于40%，后来在code-davinci-002上进行推理，准确率能达到80%以上。')).toBeUndefined()
    expect(detectBarCompare('On the old test BERT scored below 60%, while RoBERTa scored above 85%.')).toBeUndefined()
  })

  it('multiplies out 亿 so counts compare', () => {
    const items = detectBarCompare('GPT-3的1750亿不是参数最大的模型，微软和英伟达联合开发的Megatron-Turing模型拥有5000亿个参数。')?.items
    expect(items?.map(item => [item.label, item.value])).toEqual([['GPT-3', 1750e8], ['Megatron-Turing', 5000e8]])
  })

  it('refuses figures without names of their own, and figures of different kinds', () => {
    expect(detectBarCompare('有人说15亿，也有人说20亿甚至1500亿。')).toBeUndefined()
    expect(detectBarCompare('GPT-3用了45TB数据，ChatGPT花了460万美元。')).toBeUndefined()
  })
})
