import type { Lang } from '../model/deck'
import type { Unit } from './to-units'
import { CLAIM_TITLE_LENGTH } from './budget'
import { inlineText } from './inlines'
import { measureText } from './measure-text'
import { pointFaults } from './point-faults'
import { wordsOf } from './sentences'

/**
 * Whether a point may title a slide in a topic with no heading of its own: a whole claim
 * (no fault a reader would see) within {@link CLAIM_TITLE_LENGTH}.
 */
export function isClaimTitle(text: string, lang: Lang): boolean {
  return text !== '' && measureText(text) <= CLAIM_TITLE_LENGTH && pointFaults(text, lang).length === 0
}

/** A list's units, after the unit of the paragraph that leads into it. */
export interface LedList {
  /** Index of the lead-in paragraph's unit. */
  lead: number
  /** Index after the list's last unit. */
  end: number
}

/**
 * In a topic with no heading, the claim that leads into a list ("There are good arguments
 * for keeping things as they are:", "这种做法有三个好处：") is what the list's slides are
 * about: it titles them as a subheading would, and the slides after the list go back to the
 * topic. A lead-in that shows no whole claim fit for a title stays a point.
 */
export function titleListLeads(units: readonly Unit[], lists: readonly LedList[], lang: Lang): Unit[] {
  const out = [...units]
  for (const { lead, end } of [...lists].reverse()) {
    const title = leadTitle(units[lead], lang)
    if (title === undefined || end <= lead + 1)
      continue
    out.splice(end, 0, { kind: 'heading', blocks: [], notes: [], weight: 0, line: units[end - 1]!.line })
    out[lead] = { kind: 'heading', blocks: [], notes: units[lead]!.notes, weight: 0, heading: title, line: units[lead]!.line }
  }
  return out
}

/** The text of the one point a lead-in unit shows, when it may title its list's slides. */
function leadTitle(unit: Unit | undefined, lang: Lang): string | undefined {
  if (unit?.kind !== 'flow' || !unit.leadIn || unit.blocks.length !== 1)
    return undefined
  const block = unit.blocks[0]!
  if (block.type !== 'points' || block.items.length !== 1 || block.items[0]!.children.length > 0)
    return undefined
  const text = inlineText(block.items[0]!.inlines).replace(/\s+/g, ' ').trim()
  return isClaimTitle(text, lang) ? text : undefined
}

/** Fewest words a deck's title needs for a point to restate it ({@link restatesTitle}): one word is a topic, not a claim. */
const MIN_TITLE_WORDS = 2
/** Most words a point may add to the deck's title and still only restate it ("now", "officially", "is"). */
const RESTATE_SLACK = 4

/**
 * Whether a point only says again what the deck's title says ("Swift 5.2 is now officially
 * released!" under "Swift 5.2 Released!", "新版本正式发布了" under "新版本发布"): every word
 * of the title is in it and it adds at most {@link RESTATE_SLACK} words. The cover says it.
 */
export function restatesTitle(point: string, title: string, lang: Lang): boolean {
  const wanted = wordsOf(title, lang)
  if (wanted.length < MIN_TITLE_WORDS)
    return false
  const words = wordsOf(point, lang)
  const have = new Set(words)
  return wanted.every(word => have.has(word)) && words.length <= wanted.length + RESTATE_SLACK
}
