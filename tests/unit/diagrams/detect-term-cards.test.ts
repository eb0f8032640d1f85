import type { List } from 'mdast'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../../scripts/parse/parse-markdown'
import { detectTermCards } from '../../../scripts/plan/diagrams/detect-term-cards'

const list = (markdown: string) => parseMarkdown(markdown).children[0] as List

describe('detectTermCards', () => {
  it('makes a card of each bold term and the opening of its description', () => {
    const cards = detectTermCards(list('- **Persona-Chat 的数据集**：专门用于训练会话式AI模型。由超过160,000条对话组成。\n- **康奈尔电影对话语料库**：包含电影脚本中的对话。\n- **DailyDialog**：各种主题的人与人对话的集合。\n'), 'zh-CN')
    expect(cards?.terms).toEqual([
      { term: 'Persona-Chat 的数据集', description: '专门用于训练会话式AI模型' },
      { term: '康奈尔电影对话语料库', description: '包含电影脚本中的对话' },
      { term: 'DailyDialog', description: '各种主题的人与人对话的集合' },
    ])
  })

  it('keeps one card per item when a few items have no bold term', () => {
    const cards = detectTermCards(list('- **A**。 one.\n- B。 two.\n- **C**。 three.\n- **D**。 four.\n'), 'zh-CN')
    expect(cards?.terms.map(term => term.term)).toEqual(['A', 'B', 'C', 'D'])
  })

  it('refuses lists whose bold words start a sentence rather than name a term', () => {
    expect(detectTermCards(list('1. **Calling** the API.\n2. **Reading** the response.\n3. **Making** a call.\n'), 'en')).toBeUndefined()
    expect(detectTermCards(list('- one\n- two\n- three\n'), 'en')).toBeUndefined()
  })
})
