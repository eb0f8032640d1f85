import type { TimelineData, TimelineEvent } from '../../../diagrams/types'
import type { DetectContext } from './context'
import { clauseAround } from './labels'

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const DATE = /(?<!\d)((?:19|20)\d\d)年(?:(\d{1,2})月)?(?:(\d{1,2})[日号])?|(?<![\d年])(\d{1,2})月份?|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? ((?:19|20)\d\d)\b|\b((?:19|20)\d\d)-(\d{2})(?:-(\d{2}))?\b|\b(?:in|In|since|Since|by|By) ((?:19|20)\d\d)\b/g
const FILLER_LABEL = /^[\s，,、底初末中旬开始左右以来后前时的]*$/
/** A label that is markup or a fragment (`] [Updated on`, `(v2`, `: fixed`): no event. */
const JUNK_LABEL = /[[\]{}<>|*`#]|^[\p{P}\p{S}]|^(?:updated|edited|posted|published|changed|revised)\b|(?:updated|edited|posted)\s+on$/iu

/**
 * Three or more dated events in a paragraph make a Timeline: `2022年11月`, `2023年`,
 * `March 2023`, `2023-03`, or a month alone (`3月`), which takes the year last written in
 * the section. Each event is labelled with its clause, or the next one when the date's
 * own clause says nothing more (`2022年11月底，OpenAI发布了ChatGPT`). A clause gives one event
 * at most, and a label holding another date (a range) gives none.
 */
export function detectTimeline(text: string, context: DetectContext): TimelineData | undefined {
  const events: TimelineEvent[] = []
  const clauses = new Set<number>()
  for (const match of text.matchAll(DATE)) {
    const year = Number(match[1] ?? match[6] ?? match[7] ?? match[10] ?? context.year ?? Number.NaN)
    if (!Number.isFinite(year))
      continue
    const monthText = match[2] ?? match[4] ?? match[8] ?? (match[5] ? String(MONTHS.indexOf(match[5].toLowerCase()) + 1) : undefined)
    const month = monthText ? Number(monthText) : undefined
    if (month !== undefined && (month < 1 || month > 12))
      continue
    context.year = year
    const date = month ? `${year}-${String(month).padStart(2, '0')}` : String(year)
    const label = eventLabel(text, match.index, match.index + match[0].length)
    const clause = clauseStart(text, match.index)
    if (label && !clauses.has(clause) && !/(?:19|20)\d\d|\d月/.test(label))
      events.push({ date, label })
    clauses.add(clause)
  }
  const distinct = new Set(events.map(event => event.date))
  return events.length >= 3 && distinct.size >= 2 ? { events } : undefined
}

function clauseStart(text: string, position: number): number {
  for (let i = position - 1; i >= 0; i--) {
    if (/[，。；,;！？!?]/.test(text[i]!) || (text[i] === '.' && !/\d/.test(text[i + 1] ?? '')))
      return i
  }
  return -1
}

function eventLabel(text: string, start: number, end: number): string | undefined {
  const { before, after } = clauseAround(text, start, end)
  let label = `${before}${after}`.replace(/^\s*[，,]/, '').trim()
  if (FILLER_LABEL.test(label)) {
    const next = clauseAround(text, end + after.length + 1, end + after.length + 1)
    label = next.after.trim()
  }
  label = label.replace(/^(?:开始|以来|之后|后|起)[，,]?/, '').replace(/[，,。.]$/, '').trim()
  if (label.length < 2 || JUNK_LABEL.test(label))
    return undefined
  return label.length <= 18 ? label : `${label.slice(0, 17)}…`
}
