import type { List, PhrasingContent } from 'mdast'
import type { FlowChainData } from '../../../diagrams/types'
import { toString } from 'mdast-util-to-string'
import { measureText } from '../measure-text'
import { alternation, wordsOfAll } from './diagram-words'

/** A lead-in that announces choices or tips, not steps (a quiz: "one right answer and two wrong ones"). */
const CHOICES = new RegExp(alternation(wordsOfAll('choiceMarkers')), 'i')
/** A lead-in that announces a procedure (`步骤`, `steps`, `workflow`). */
const PROCEDURE = new RegExp(alternation(wordsOfAll('procedureWords')), 'i')
/** An item that opens by placing itself after the one before (`然后`, `Then`, `Finally`). */
const SEQUENCE = new RegExp(`^\\s*(?:${alternation(wordsOfAll('sequenceWords'))})`, 'i')
/** Longest step label, in {@link measureText} units. */
const MAX_STEP = 16
const MIN_STEPS = 3
const MAX_STEPS = 6

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
 * A short numbered list of three to six steps makes a FlowChain of arrows, when the text
 * states their order: its lead-in calls them a procedure (`步骤`, `steps`, `workflow`), or
 * its items after the first open with a word of sequence (`然后`, `Then`, `Finally`).
 * Each step is its bold term, or its whole text when that is short (`收集数据 → 清理数据`).
 * A list of options, tips or independent items, or one a lead-in presents as choices (a
 * quiz), is no flow: numbering alone states no order.
 */
export function detectStepFlow(list: List, leadIn = ''): FlowChainData | undefined {
  if (!list.ordered || list.children.length < MIN_STEPS || list.children.length > MAX_STEPS || CHOICES.test(leadIn) || !statesOrder(list, leadIn))
    return undefined
  const steps: string[] = []
  for (const item of list.children) {
    const paragraph = item.children[0]
    if (paragraph?.type !== 'paragraph' || item.children.length > 1)
      return undefined
    const lead = paragraph.children[0]
    const text = toString(paragraph).trim().replace(/[。.；;]$/, '')
    const step = lead?.type === 'strong' && isTermLead(lead, paragraph.children[1]) ? toString(lead).trim().replace(/[：:.。]$/, '') : text
    if (!step || measureText(step) > MAX_STEP)
      return undefined
    steps.push(step)
  }
  return { operator: 'arrow', steps: steps.map(label => ({ label })) }
}

/** Whether a lead-in or the list's own items say its items come in order. */
function statesOrder(list: List, leadIn: string): boolean {
  return PROCEDURE.test(leadIn) || list.children.slice(1).some(item => SEQUENCE.test(toString(item)))
}
