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

  it('describes a term with its item\'s sentence that names it when the first only sets the use up (en, zh)', () => {
    const en = detectTermCards(list('- **Sending email**. Chatbots are good at answering questions from users. With tool calls, the chatbot can send an email on the user\'s behalf.\n- **Database queries**. A question in plain words becomes a database query the app can run.\n- **Structured notes**. The model turns a long text into notes with fixed fields.\n'), 'en')
    expect(en?.terms[0]).toEqual({ term: 'Sending email', description: 'With tool calls, the chatbot can send an email on the user\'s behalf' })
    expect(en?.terms[1]?.description).toBe('A question in plain words becomes a database query the app can run')
    const zh = detectTermCards(list('- **自动发邮件**：聊天机器人很擅长回答用户的问题。借助函数调用，机器人可以替用户发邮件。\n- **生成查询**：用户的提问会被转换成一条数据库查询。\n- **整理笔记**：模型把长文整理成字段固定的笔记。\n'), 'zh-CN')
    expect(zh?.terms[0]?.description).toBe('借助函数调用，机器人可以替用户发邮件')
    expect(zh?.terms[1]?.description).toBe('用户的提问会被转换成一条数据库查询')
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
