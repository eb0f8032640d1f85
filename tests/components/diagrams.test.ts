import { describe, expect, it } from 'vitest'
import BarCompare from '../../components/BarCompare.vue'
import DerivationGraph from '../../components/DerivationGraph.vue'
import FlowChain from '../../components/FlowChain.vue'
import MindMap from '../../components/MindMap.vue'
import OrgStructure from '../../components/OrgStructure.vue'
import StatGrid from '../../components/StatGrid.vue'
import TermCards from '../../components/TermCards.vue'
import Timeline from '../../components/Timeline.vue'
import { MIND_MAP_LABELS } from '../../diagrams/mind-map-labels'
import { renderComponent, svgTexts } from '../helpers/render-component'

function expectAccessibleSvg(html: string): void {
  expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+)"/)
  const labelledBy = /aria-labelledby="([^"]+)"/.exec(html)![1]
  expect(html).toMatch(new RegExp(`<title id="${labelledBy}"[^>]*>[^<]+</title>`))
  expect(html).not.toMatch(/NaN|undefined/)
}

describe('timeline', () => {
  it('draws each event\'s date and label as text, in date order', async () => {
    const html = await renderComponent(Timeline, { title: '增长', events: [{ date: '2023-01', label: '用户破亿' }, { date: '2022-11', label: 'ChatGPT 发布' }, { date: '2023-03', label: '文心一言' }] })
    expectAccessibleSvg(html)
    const texts = svgTexts(html)
    expect(texts).toEqual(['增长', '2022.11', 'ChatGPT 发布', '2023.1', '用户破亿', '2023.3', '文心一言'])
  })
})

describe('barCompare', () => {
  it('draws labels and values, bars proportional to the values', async () => {
    const html = await renderComponent(BarCompare, { unit: '个月', items: [{ label: 'ChatGPT', value: 2 }, { label: 'TikTok', value: 9 }], source: '来源：文章' })
    expectAccessibleSvg(html)
    expect(svgTexts(html)).toEqual(['ChatGPT', '2个月', 'TikTok', '9个月', '来源：文章'])
    const widths = [...html.matchAll(/<rect class="[^"]*d-bar[^"]*"[^>]*width="([\d.]+)"/g)].map(match => Number(match[1]))
    expect(widths[1]! / widths[0]!).toBeCloseTo(4.5, 1)
  })
})

describe('statGrid', () => {
  it('draws each figure with its label', async () => {
    const html = await renderComponent(StatGrid, { stats: [{ value: '1750亿', label: '参数' }, { value: '45TB', label: '原始文本' }, { value: '460万美元', label: '一次训练' }] })
    expectAccessibleSvg(html)
    expect(svgTexts(html)).toEqual(['1750亿', '参数', '45TB', '原始文本', '460万美元', '一次训练'])
  })
})

describe('flowChain', () => {
  it('joins steps with + and shows the result after =', async () => {
    const html = await renderComponent(FlowChain, { operator: 'plus', steps: [{ label: '自回归语言模型' }, { label: '代码训练' }, { label: 'RLHF' }], result: { label: 'ChatGPT' } })
    expectAccessibleSvg(html)
    const texts = svgTexts(html)
    expect(texts.filter(text => !['+', '='].includes(text))).toEqual(['自回归语言模型', '代码训练', 'RLHF', 'ChatGPT'])
    expect(texts.filter(text => text === '+')).toHaveLength(2)
    expect(texts).toContain('=')
  })
})

describe('derivationGraph', () => {
  it('lays out a DAG with dagre and draws nodes and edge labels', async () => {
    const html = await renderComponent(DerivationGraph, {
      nodes: [{ id: 'g3', label: 'GPT-3' }, { id: 'codex', label: 'code-davinci-002', note: 'Codex' }, { id: 'td2', label: 'text-davinci-002' }, { id: 'chat', label: 'ChatGPT', highlight: true }],
      edges: [{ from: 'g3', to: 'codex', label: '代码训练' }, { from: 'codex', to: 'td2', label: '指令微调' }, { from: 'td2', to: 'chat', label: 'RLHF' }],
    })
    expectAccessibleSvg(html)
    const texts = svgTexts(html)
    for (const text of ['GPT-3', 'code-davinci-002 Codex', 'text-davinci-002', 'ChatGPT', '代码训练', '指令微调', 'RLHF'])
      expect(texts).toContain(text)
    expect(html.match(/class="d-edge"/g)).toHaveLength(3)
  })
})

describe('orgStructure', () => {
  it('draws entities with their kind and styled relations', async () => {
    const html = await renderComponent(OrgStructure, {
      entities: [{ id: 'inc', label: 'OpenAI Inc', kind: '非营利' }, { id: 'lp', label: 'OpenAI LP', kind: '有限盈利' }, { id: 'ms', label: '微软' }],
      relations: [{ from: 'inc', to: 'lp', label: '控制', kind: 'control' }, { from: 'ms', to: 'lp', label: '投资超100亿美元', kind: 'invest' }],
    })
    expectAccessibleSvg(html)
    const texts = svgTexts(html)
    for (const text of ['OpenAI Inc 非营利', 'OpenAI LP 有限盈利', '微软', '控制', '投资超100亿美元'])
      expect(texts).toContain(text)
    expect(html).toContain('is-invest')
  })
})

describe('termCards', () => {
  it('draws each term and its description', async () => {
    const html = await renderComponent(TermCards, { terms: [{ term: 'Persona-Chat', description: '两个人之间超过160,000条对话' }, { term: 'DailyDialog', description: '日常生活对话' }] })
    expectAccessibleSvg(html)
    expect(svgTexts(html)).toEqual(['Persona-Chat', '两个人之间超过160,000条对话', 'DailyDialog', '日常生活对话'])
  })
})

describe('mindMap', () => {
  it('draws the root and every branch and leaf', async () => {
    const html = await renderComponent(MindMap, { root: { label: 'ChatGPT 为何崛起', children: [{ label: '技术', children: [{ label: '自回归' }, { label: 'RLHF' }] }, { label: '数据' }, { label: '资金' }, { label: '产品' }] } })
    expectAccessibleSvg(html)
    const texts = svgTexts(html).map(text => text.replace(/\s/g, ''))
    for (const text of ['ChatGPT为何崛起', '技术', '自回归', 'RLHF', '数据', '资金', '产品'])
      expect(texts).toContain(text)
  })

  it('sets branch labels that take two lines further apart, so their lines never run into each other', async () => {
    const html = await renderComponent(MindMap, { root: { label: 'Talk', children: [{ label: 'Intro' }, { label: 'Illustrating the problem through a long scenario' }, { label: 'Use cases for calling functions from chat' }, { label: 'Outro' }] } })
    const lines = [...html.matchAll(/<tspan[^>]*\sy="([\d.-]+)"[^>]*>([^<]*)<\/tspan>/g)].map(([, y, text]) => ({ y: Number(y), text: text!.trim() }))
    const ys = (pattern: RegExp) => lines.filter(line => pattern.test(line.text)).map(line => line.y)
    const [first, second] = [ys(/Illustrating|problem|scenario/), ys(/Use cases|functions|chat/)]
    expect(first).toHaveLength(2)
    expect(second).toHaveLength(2)
    // Lines of one label are a line apart; lines of two labels, half as much again.
    expect(Math.min(...second) - Math.max(...first)).toBeGreaterThanOrEqual(MIND_MAP_LABELS.line * 1.5)
  })
})
