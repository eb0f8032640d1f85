import type { List } from 'mdast'
import type { FlowChainData } from '../../../diagrams/types'
import { toString } from 'mdast-util-to-string'
import { measureText } from '../measure-text'

/** A lead-in that announces choices, not steps (a quiz: "one right answer and two wrong ones"). */
const CHOICES = /答案|选项|选择|正确|错误|answers?|options?|choices?|correct|quiz/i

/**
 * A short numbered list of three to six steps makes a FlowChain of arrows: each step
 * is its bold term, or its whole text when that is short (`收集数据 → 清理数据 → 分析数据`).
 * A list a lead-in presents as choices (a quiz) is not a flow.
 */
export function detectStepFlow(list: List, leadIn = ''): FlowChainData | undefined {
  if (!list.ordered || list.children.length < 3 || list.children.length > 6 || CHOICES.test(leadIn))
    return undefined
  const steps: string[] = []
  for (const item of list.children) {
    const paragraph = item.children[0]
    if (paragraph?.type !== 'paragraph' || item.children.length > 1)
      return undefined
    const lead = paragraph.children[0]
    const text = toString(paragraph).trim().replace(/[。.；;]$/, '')
    const step = lead?.type === 'strong' ? toString(lead).trim().replace(/[：:.。]$/, '') : text
    if (!step || measureText(step) > 16)
      return undefined
    steps.push(step)
  }
  return { operator: 'arrow', steps: steps.map(label => ({ label })) }
}
