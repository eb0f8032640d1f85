import type { List } from 'mdast'
import type { Term, TermCardsData } from '../../../diagrams/types'
import type { Lang } from '../../model/deck'
import { toString } from 'mdast-util-to-string'
import { clipOffset } from '../clip-text'

const SEPARATOR = /^\s*[：:，,.。—-]+\s*/

/**
 * A list of three or more items that mostly open with a bold term and go on to describe
 * it (`**Persona-Chat**：专门用于…`) makes TermCards: the term, and the opening of its
 * description (the full text stays in the notes). Every item must have a term, bold or
 * not, so cards and items stay one to one.
 */
export function detectTermCards(list: List, lang: Lang): TermCardsData | undefined {
  if (list.children.length < 3)
    return undefined
  const terms: Term[] = []
  let bold = 0
  for (const item of list.children) {
    const paragraph = item.children[0]
    if (paragraph?.type !== 'paragraph')
      return undefined
    const lead = paragraph.children[0]
    const after = toString({ type: 'paragraph', children: paragraph.children.slice(1) })
    const split = lead?.type === 'strong' && (SEPARATOR.test(after) || /[：:.。]\s*$/.test(toString(lead)))
      ? { term: toString(lead), rest: after }
      : splitAtTerm(toString(paragraph))
    const term = split?.term.trim().replace(/[：:.。]$/, '')
    const rest = split?.rest.replace(SEPARATOR, '').trim()
    if (!term || !rest)
      return undefined
    if (lead?.type === 'strong' && split?.term === toString(lead))
      bold++
    const sentence = rest.split(/(?<=[。！？])|(?<=[.!?])\s/)[0] ?? rest
    const end = clipOffset(sentence, 36, lang)
    terms.push({ term, description: `${sentence.slice(0, end).replace(/[。.，,；;]$/, '')}${end < sentence.length ? '…' : ''}` })
  }
  return bold >= list.children.length * 0.75 ? { terms } : undefined
}

/** An item without bold that still opens with a short term: `限制输出。 如果您想要…`. */
function splitAtTerm(text: string): { term: string, rest: string } | undefined {
  const found = /^([^。.：:，,]{1,16})[。.：:，,](.+)$/s.exec(text.trim())
  return found ? { term: found[1]!, rest: found[2]!.trim() } : undefined
}
