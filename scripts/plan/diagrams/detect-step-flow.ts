import type { List, PhrasingContent } from 'mdast'
import type { FlowChainData } from '../../../diagrams/types'
import { toString } from 'mdast-util-to-string'
import { measureText } from '../measure-text'

/** A lead-in that announces choices, not steps (a quiz: "one right answer and two wrong ones"). */
const CHOICES = /答案|选项|选择|正确|错误|answers?|options?|choices?|correct|quiz/i

/** What sets a term off from its description: a colon, a dash, a full stop. */
const TERM_SEPARATOR = /^\s*(?:[：:。.—–]|-\s)/

/**
 * A bold lead is the step's name only when it stands alone as a term (`**收集数据**：…`,
 * `**Plan** - ...`); a bold word that begins the sentence (`**Calling** the API with ...`)
 * is not one.
 */
function isTermLead(lead: PhrasingContent, next: PhrasingContent | undefined): boolean {
  const term = toString(lead).trim()
  return /[：:.。]$/.test(term) || next === undefined || (next.type === 'text' && TERM_SEPARATOR.test(next.value))
}

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
    const step = lead?.type === 'strong' && isTermLead(lead, paragraph.children[1]) ? toString(lead).trim().replace(/[：:.。]$/, '') : text
    if (!step || measureText(step) > 16)
      return undefined
    steps.push(step)
  }
  return { operator: 'arrow', steps: steps.map(label => ({ label })) }
}
