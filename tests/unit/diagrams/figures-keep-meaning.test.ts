import { describe, expect, it } from 'vitest'
import { detectBarCompare } from '../../../scripts/plan/diagrams/detect-bar-compare'
import { detectStatGrid } from '../../../scripts/plan/diagrams/detect-stat-grid'
import { findQuantities, leadingFigure } from '../../../scripts/plan/diagrams/quantities'
import { detectParagraphDiagram } from '../../../scripts/plan/diagrams/rules'

/**
 * Issue 25, "Figures that keep their meaning": a number on a chart or a card says what
 * the article says of it, its qualifier, unit and rate included, or it is not charted.
 * The sentences are our own, of the kinds speakers found misstated.
 */
const values = (text: string) => detectStatGrid(text)?.stats.map(stat => stat.value)
const bars = (text: string) => detectBarCompare(text)?.items.map(item => [item.label, item.display])

describe('a number keeps its qualifier', () => {
  it('shows qualifiers written before or after a number on a card, in Chinese and English', () => {
    expect(values('这座城市去年接待游客超过800万，门票收入近3亿元，新场馆面积大约5万平方米。')).toEqual(['超过800万', '近3亿元', '大约5万'])
    expect(findQuantities('The archive holds nearly 2 million volumes, more than 12 TB of scans and about 40,000 maps.').map(quantity => quantity.text)).toEqual(['nearly 2 million', 'more than 12 TB', 'about 40,000'])
    expect(values('The archive holds nearly 2 million volumes, more than 12 TB of scans and about 40,000 maps.') ?? []).not.toContain('40,000')
  })

  it('keeps 以上, 以下, 左右, 多 and +, or, more with the number they qualify', () => {
    expect(findQuantities('通过率在90%以上，延迟在50毫秒以下，成本3万元左右，用户100多万。').map(quantity => quantity.text)).toEqual(['90%以上', '50毫秒以下', '3万元左右', '100多万'])
    expect(findQuantities('Uptime was 99%+ and the batch took 3 hours or more.').map(quantity => quantity.text)).toEqual(['99%+', '3 hours or more'])
  })

  it('never charts bounded figures as bars: a bar\'s length would state the bound as the value', () => {
    expect(bars('旧版ResNet的错误率高于30%，新版ViT-B的错误率低于10%。')).toBeUndefined()
    expect(bars('In the old test BERT scored below 60%, while in the same test RoBERTa scored above 85%.')).toBeUndefined()
  })

  it('never charts a number whose qualifier stands apart from it', () => {
    expect(findQuantities('这次迁移大约需要 200TB 的空间')[0]).toMatchObject({ hiddenQualifier: true })
    expect(detectStatGrid('整个项目大约花了 300万美元，团队 40人，数据 12TB，历时 18个月。')?.stats.map(stat => stat.value) ?? []).not.toContain('300万美元')
  })

  it('does not take 最近 or 节约 for the qualifiers 近 and 约', () => {
    expect(findQuantities('最近3个月的数据').map(quantity => quantity.text)).toEqual(['3个月'])
    expect(findQuantities('新方案节约30%的电费').map(quantity => quantity.text)).toEqual(['30%'])
  })

  it('never draws a limit (at least, up to, 至少, 最多) as a measured bar', () => {
    expect(detectBarCompare('LLaMA-7B 至少需要 14GB 显存，而 Mistral-7B 只需要 15GB 显存。')).toBeUndefined()
    expect(detectBarCompare('Redis can hold up to 512 MB in a value, while Memcached holds 1 MB.')).toBeUndefined()
  })

  it('opens a card with the figure as written', () => {
    expect(leadingFigure('约7.7万人参与了标注')).toBe('约7.7万人')
    expect(leadingFigure('80%以上的请求来自手机')).toBe('80%以上')
    expect(leadingFigure('about 2,000 people signed up')).toBe('about 2,000 people')
  })
})

describe('a rate keeps its unit whole', () => {
  it('keeps /s, 每秒, per second and /月 with the figure', () => {
    expect(findQuantities('显存带宽达到 3.35TB/s，推理速度约为 120 tokens/s。').map(quantity => quantity.text)).toEqual(['3.35TB/s', '约为 120 tokens/s'])
    expect(findQuantities('支付系统峰值每秒50万笔，会员费30元/月。').map(quantity => quantity.text)).toEqual(['每秒50万', '30元/月'])
    expect(findQuantities('The link moves 40 GB per second and costs $20 per month.').map(quantity => [quantity.text, quantity.rate])).toEqual([['40 GB per second', 'second'], ['$20 per month', 'month']])
  })

  it('shows a bar of a rate with its rate, and never beside a total or another rate', () => {
    expect(bars('The A100 reads memory at 2,039 GB/s, while the H100 reads it at 3,350 GB/s.')).toEqual([['A100', '2,039 GB/s'], ['H100', '3,350 GB/s']])
    expect(detectBarCompare('GPT-4o 生成速度是 90 tokens/s，而 Claude 一次能读 20 万个 tokens。')).toBeUndefined()
    expect(detectBarCompare('Netflix charges $15/month, while Spotify charges $99 per year.')).toBeUndefined()
  })

  it('never shows a rate written apart from its figure as if it were a total', () => {
    expect(detectStatGrid('每张 H100 配 80GB 显存，整机 8 张卡共 640GB，功耗 10kW，售价 30万美元。')?.stats.map(stat => stat.value) ?? []).not.toContain('80GB')
  })
})

describe('a number that is part of a name is never a quantity', () => {
  it('leaves model, product and version numbers out', () => {
    expect(findQuantities('我在树莓派4B和 Jetson Nano 上测试，也试了 RTX 4090。')).toEqual([])
    expect(findQuantities('The app needs Python 3.11 and runs on iPhone 15, Pixel 8 and Windows 11.')).toEqual([])
    expect(findQuantities('GPT-4 和第3代骁龙的 2.0版 都支持。')).toEqual([])
    expect(findQuantities('We compared Claude 3 Opus with Llama 3 70B.')).toEqual([])
  })

  it('still reads a figure after a name when it has a unit', () => {
    expect(findQuantities('The RTX 4090 has 24GB of memory.').map(quantity => quantity.text)).toEqual(['24GB'])
    expect(findQuantities('训练数据集大约500B个token，Mistral-7B 有 73 亿个参数。').map(quantity => quantity.full)).toEqual(['大约500B个token', '73 亿个参数'])
  })

  it('names a bar by the whole model name, number included', () => {
    expect(bars('The RTX 3060 has 12GB of memory, the RTX 4090 has 24GB.')).toEqual([['RTX 3060', '12GB'], ['RTX 4090', '24GB']])
  })

  it('reads a one-letter multiplier as one only when what it counts follows', () => {
    expect(findQuantities('这块板子支持4K屏幕，型号是Pi 5B。')).toEqual([])
    expect(findQuantities('Phi-2 has 2.7B parameters.').map(quantity => quantity.kind)).toEqual(['parameters'])
  })
})

describe('numbers share a chart only when they measure the same thing', () => {
  it('never takes a unit\'s definition for data', () => {
    expect(findQuantities('一块硬盘有2TB，而1TB是1,000GB或1,000,000MB。').map(quantity => quantity.text)).toEqual(['2TB'])
    expect(findQuantities('A phone has 256 GB of storage (1 GB = 1,024 MB).').map(quantity => quantity.text)).toEqual(['256 GB'])
    expect(detectBarCompare('一台典型的Mac有512GB的SSD，而单片机只有几KB（1KB是1,024字节），ESP32有4MB。')).toBeUndefined()
  })

  it('never takes a conversion of a figure into other units for a second figure', () => {
    expect(findQuantities('一部手机有12GB（12,000,000,000字节）的内存，一个千字节是1,000字节。').map(quantity => quantity.text)).toEqual(['12GB'])
    expect(findQuantities('The board has 520 KB of RAM, i.e. 532,480 bytes, and a kilobyte is 1,024 bytes.').map(quantity => quantity.text)).toEqual(['520 KB'])
    expect(detectBarCompare('The MacBook has 16GB of memory, while the ESP32 has 520KB of RAM, that is 532,480 bytes.')?.items.map(item => item.display)).toEqual(['16GB', '520KB'])
  })

  it('never names a bar with a unit', () => {
    expect(detectBarCompare('The laptop has 1TB of disk, while a chip offers a few kilobytes (KB) of flash, about 2KB.')).toBeUndefined()
  })

  it('keeps the options of one amount together on one card, never split', () => {
    expect(findQuantities('这款手机有8GB、12GB或16GB的内存可选。').map(quantity => quantity.text)).toEqual(['8GB、12GB或16GB'])
    expect(findQuantities('It comes with 8 GB, 16 GB or 32 GB of RAM.').map(quantity => quantity.options)).toEqual([3])
    const grid = detectStatGrid('这款开发板售价45美元，有2GB、4GB或8GB内存，闪存32GB，功耗5瓦。')
    expect(grid?.stats.map(stat => stat.value)).toEqual(['45美元', '2GB、4GB或8GB', '32GB'])
    expect(detectBarCompare('Model A offers 8GB or 16GB, while Model B offers 32GB.')).toBeUndefined()
  })

  it('never grids two counts of different kinds as a pair', () => {
    expect(detectStatGrid('这个小模型只有4,192个参数，却要处理10,000维的向量。')).toBeUndefined()
    expect(detectStatGrid('The toy network has 4,192 parameters but reads 10,000 dimensions.')).toBeUndefined()
  })

  it('never shows a small count of things (2个, 3 次) as a big number', () => {
    expect(detectStatGrid('这块板子有2个HDMI接口、4个USB接口和40个引脚，售价35美元。')).toBeUndefined()
  })

  it('draws a StatGrid once, and the next grid not with the same cards', () => {
    const context = {}
    const first = detectParagraphDiagram('Pro版内存16GB，存储512GB，售价999美元。', context, new Set())
    expect(first?.component).toBe('StatGrid')
    expect(detectParagraphDiagram('Air版内存16GB，存储512GB，售价999美元。', context, new Set())).toBeUndefined()
  })
})
