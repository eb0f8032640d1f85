import type { List } from 'mdast'
import type { Inline } from '../../../scripts/model/deck'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../../scripts/parse/parse-markdown'
import { cardOf } from '../../../scripts/plan/card-term'
import { detectArrowChain } from '../../../scripts/plan/diagrams/detect-flow-chain'
import { detectStepFlow } from '../../../scripts/plan/diagrams/detect-step-flow'
import { detectTermCards } from '../../../scripts/plan/diagrams/detect-term-cards'
import { inlineText } from '../../../scripts/plan/inlines'

/** Issue 25: arrow flows only for an order the text states, cards only whole. Our own sentences. */
const list = (markdown: string) => parseMarkdown(markdown).children[0] as List
const steps = (flow: { steps: { label: string }[] } | undefined) => flow?.steps.map(step => step.label)

describe('an arrow flow needs an order the text states', () => {
  it('draws a numbered procedure its lead-in calls steps, or whose items say then', () => {
    expect(steps(detectStepFlow(list('1. 备份数据库\n2. 停止服务\n3. 升级版本\n'), '升级分三个步骤：'))).toEqual(['备份数据库', '停止服务', '升级版本'])
    expect(steps(detectStepFlow(list('1. Clone the repo\n2. Then install the tools\n3. Finally run the tests\n'), 'To get started:'))).toEqual(['Clone the repo', 'Then install the tools', 'Finally run the tests'])
    expect(steps(detectStepFlow(list('1. 打开设置\n2. 然后选择网络\n3. 最后点保存\n'), '这样做：'))).toEqual(['打开设置', '然后选择网络', '最后点保存'])
  })

  it('never draws tips, options or independent items as a flow, numbered or not', () => {
    expect(detectStepFlow(list('1. 用短句\n2. 少用被动语态\n3. 删掉套话\n'), '写作时有三个小技巧：')).toBeUndefined()
    expect(detectStepFlow(list('1. Name things well\n2. Keep functions short\n3. Write tests\n'), 'Three tips for cleaner code:')).toBeUndefined()
    expect(detectStepFlow(list('1. Paris\n2. Lyon\n3. Nice\n'), 'Which city is the capital? Pick one of the options:')).toBeUndefined()
    expect(detectStepFlow(list('1. 内存更大\n2. 电池更耐用\n3. 屏幕更亮\n'), '新款有这些变化：')).toBeUndefined()
  })

  it('takes the order of arrows, each label a whole phrase with its brackets balanced', () => {
    expect(steps(detectArrowChain('一个 AI Agent（感知→规划→行动）比聊天机器人多走了几步。'))).toEqual(['感知', '规划', '行动'])
    expect(steps(detectArrowChain('A compiler (lexing → parsing → code generation) runs in one pass.'))).toEqual(['lexing', 'parsing', 'code generation'])
    expect(steps(detectArrowChain('流水线：采集 → 清洗（去重、过滤）→ 训练 → 评估。'))).toEqual(['采集', '清洗（去重、过滤）', '训练', '评估'])
    for (const label of steps(detectArrowChain('从 LLM (输入→输出) 到 Agent (观察→思考→调用工具)，能力在扩展。')) ?? [])
      expect(label.split(/[(（]/).length).toBe(label.split(/[)）]/).length)
  })
})

describe('a term card is whole or not drawn', () => {
  it('shows each term with the whole first sentence of its item, never cut with an ellipsis', () => {
    const cards = detectTermCards(list('- **缓存**：把常用数据放在内存里。这样读取更快，但要处理过期。\n- **队列**：让请求排队，慢慢处理。\n- **分片**：把数据拆到多台机器上。\n'), 'zh-CN')
    expect(cards?.terms).toEqual([
      { term: '缓存', description: '把常用数据放在内存里' },
      { term: '队列', description: '让请求排队，慢慢处理' },
      { term: '分片', description: '把数据拆到多台机器上' },
    ])
  })

  it('makes no cards when one item\'s description would have to be cut', () => {
    const long = 'This one keeps going with clause after clause about retries, timeouts, backoff, jitter, circuit breakers, bulkheads, rate limits, quotas, fallbacks, health checks and the dashboards that watch them all day long.'
    expect(detectTermCards(list(`- **Cache**: keeps hot data in memory.\n- **Queue**: lets requests wait their turn.\n- **Resilience**: ${long}\n`), 'en')).toBeUndefined()
    const cards = detectTermCards(list('- **Cache**: keeps hot data in memory.\n- **Queue**: lets requests wait their turn.\n- **Shard**: splits the data over machines.\n'), 'en')
    for (const term of cards?.terms ?? [])
      expect(term.description).not.toMatch(/…$/)
    expect(cards?.terms).toHaveLength(3)
  })

  it('takes a first clause only up to a semicolon, where it stands alone', () => {
    const long = 'A queue absorbs bursts of traffic; the workers behind it drain the backlog at their own pace, which smooths the load on the database, the payment provider, the search index and every other downstream service we run.'
    const cards = detectTermCards(list(`- **Queue**: ${long}\n- **Cache**: keeps hot data close.\n- **Shard**: splits the data.\n`), 'en')
    expect(cards?.terms[0]).toEqual({ term: 'Queue', description: 'A queue absorbs bursts of traffic' })
  })

  it('makes no card without a description: a term alone, or a footnote\'s mark after it', () => {
    expect(detectTermCards(list('- **Rust**\n- **Go**\n- **Zig**\n'), 'en')).toBeUndefined()
    expect(detectTermCards(list('- **Rust**[^1]\n- **Go**: a language from Google.\n- **Zig**: a small language.\n\n[^1]: Mozilla.\n'), 'en')).toBeUndefined()
  })

  it('gives a layout card only a whole clause of words: no footnote mark alone, no trailing ellipsis', () => {
    const bold = (term: string, rest: string): Inline[] => [{ type: 'strong', children: [{ type: 'text', value: term }] }, { type: 'text', value: rest }]
    expect(cardOf({ inlines: bold('延迟', '[^2]') })).toBeUndefined()
    expect(cardOf({ inlines: bold('Latency', ': it depends on……') })).toBeUndefined()
    const card = cardOf({ inlines: bold('Latency', ': the time a request waits') })
    expect(card && inlineText(card.text)).toBe('the time a request waits')
  })

  it('opens a card with a figure as written: qualifier, unit and rate whole', () => {
    const cut = (text: string) => {
      const card = cardOf({ inlines: [{ type: 'text', value: text }] })
      return card && [inlineText(card.term), inlineText(card.text)]
    }
    expect(cut('80%以上的流量来自手机')).toEqual(['80%以上', '的流量来自手机'])
    expect(cut('3.35TB/s 的显存带宽')).toEqual(['3.35TB/s', '的显存带宽'])
    expect(cut('about 2,000 people joined the beta')).toEqual(['about 2,000 people', 'joined the beta'])
    expect(cut('10x faster than before')).toBeUndefined()
  })
})
