import { describe, expect, it } from 'vitest'
import { detectStatGrid } from '../../../scripts/plan/diagrams/detect-stat-grid'

describe('detectStatGrid', () => {
  it('shows three figures with units and their qualifiers, labelled with the words next to them', () => {
    const text = '所以后面有了GPT-3，1750亿的参数规模，使GPT-3直接问鼎当时最大的模型，GPT-3使用了大约45TB的文本数据，一次训练费用近460万美元。'
    expect(detectStatGrid(text)?.stats).toEqual([
      { value: '1750亿', label: '参数规模' },
      { value: '大约45TB', label: '文本数据' },
      { value: '近460万美元', label: '一次训练费用' },
    ])
  })

  it('shows two large counts, and labels a figure in brackets by what the brackets explain', () => {
    expect(detectStatGrid('包含285000个AMD infiniBand 连接的CPU内核，另外还有10000个NVIDIA V100 Tensor Core GPU。')?.stats).toEqual([
      { value: '285000', label: 'CPU内核' },
      { value: '10000', label: 'V100 Tensor Core GPU' },
    ])
    expect(detectStatGrid('OpenAI还雇佣了大量工人（约7.7万人）进行人工标注，总体硬件成本接近10亿美金，单日运营成本高达70万美金。')?.stats.map(stat => stat.label)).toEqual(['大量工人', '总体硬件成本', '单日运营成本'])
  })

  it('puts figures of different kinds on one grid only when one sentence gives them all', () => {
    expect(detectStatGrid('The small board has 256MB of RAM and a single core. The basic model sells for $15, and the wireless one for $25.')).toBeUndefined()
    expect(detectStatGrid('小板子只有256MB的内存。基础款售价15美元，无线款售价25美元。')).toBeUndefined()
    expect(detectStatGrid('这块板子有256MB的内存，基础款售价15美元，无线款售价25美元。')?.stats).toHaveLength(3)
  })

  it('leaves out years, dates, definitions and figures with no honest label', () => {
    expect(detectStatGrid('2020年3月，训练数据集大约500B个token（1B=1 billion，也就是10亿）。')).toBeUndefined()
    expect(detectStatGrid('有人说15亿，也有人说20亿甚至1500亿。')).toBeUndefined()
  })
})
