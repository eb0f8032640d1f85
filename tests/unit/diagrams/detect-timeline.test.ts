import { describe, expect, it } from 'vitest'
import { detectTimeline } from '../../../scripts/plan/diagrams/detect-timeline'

describe('detectTimeline', () => {
  it('finds three dated events, labelled with their clauses', () => {
    const text = '2022年11月底，OpenAI发布了ChatGPT，2023年1月注册用户超过一亿，成为历史上增长最快的应用。2023年3月开始，ChatGPT燃爆中国互联网界。'
    expect(detectTimeline(text, {})?.events).toEqual([
      { date: '2022-11', label: 'OpenAI发布了ChatGPT' },
      { date: '2023-01', label: '注册用户超过一亿' },
      { date: '2023-03', label: 'ChatGPT燃爆中国互联网界' },
    ])
  })

  it('gives a month alone the year last written before it', () => {
    const context = { year: 2023 }
    expect(detectTimeline('比如3月百度发布文心一言，4月阿里云发布通义千问，5月科大讯飞发布星火认知大模型等等。', context)?.events.map(event => event.date)).toEqual(['2023-03', '2023-04', '2023-05'])
  })

  it('reads English dates', () => {
    expect(detectTimeline('In March 2021 we shipped the beta. By 2022 it had a million users, and in 2023 we opened the API.', {})?.events.map(event => event.date)).toEqual(['2021-03', '2022', '2023'])
  })

  it('needs three events on two dates or more, one per clause', () => {
    expect(detectTimeline('GPT-3发布时间大概是2020年3月，爆火时间在2022年年底到2023年3月。', {})).toBeUndefined()
    expect(detectTimeline('2023年，模型很多。', {})).toBeUndefined()
  })

  it('keeps the year it read for the next paragraph', () => {
    const context = {}
    detectTimeline('2019年，项目开始。', context)
    expect(context).toEqual({ year: 2019 })
  })
})
