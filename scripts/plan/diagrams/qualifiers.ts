import type { QualifierSense } from './diagram-words'
import { wordBoundaries } from '../sentences'
import { qualifiersOfAll } from './diagram-words'

/** A qualifier written next to a number: `大约` in `大约45TB`, `以上` in `80%以上`. */
export interface Qualifier {
  start: number
  end: number
  text: string
  sense: QualifierSense
}

const BEFORE = qualifiersOfAll('qualifiersBefore')
const AFTER = qualifiersOfAll('qualifiersAfter')
/** The longest qualifier's length: how far from a number one is looked for. */
const LONGEST = Math.max(...[...BEFORE, ...AFTER].map(([word]) => word.length))
/** The last characters of the qualifiers written before numbers: only where one of them stands can one end. */
const BEFORE_ENDS = new Set(BEFORE.map(([word]) => word.at(-1)!.toLowerCase()))
/** Characters before a number searched for a qualifier not written next to it (`大约需要 3万元`). */
const HIDDEN_WINDOW = 8
/** Characters around a Han qualifier that word segmentation reads to tell `近` in `近460万` from `最近`. */
const SEGMENT_WINDOW = 8
const HAN = /\p{Script=Han}/u
const LETTER = /\p{L}/u
const LATIN = /[a-z]/i
/** A symbol qualifier (`~`, `<`, `≈`) after an operand is a formula's operator (`C≈6ND`, `x < 5`), not a qualifier. */
const OPERAND = /[\w)）\]]/
const CLAUSE_MARK = /[，。；：！？,;:!?（）()\n]/

/**
 * The qualifier written right before a number that starts at `position` (spaces between
 * allowed): the longest of every language's words ({@link BEFORE}) that ends there and
 * starts on a word boundary (`近` in `费用近460万`, not in `最近3个月`).
 */
export function qualifierBefore(text: string, position: number): Qualifier | undefined {
  const end = skipSpacesBack(text, position)
  if (end === 0 || !BEFORE_ENDS.has(text[end - 1]!.toLowerCase()))
    return undefined
  const window = text.slice(Math.max(0, end - LONGEST), end).toLowerCase()
  for (const [word, sense] of BEFORE) {
    const start = end - word.length
    if (window.endsWith(word.toLowerCase()) && startsWord(text, start, word) && endsBefore(text, end, word))
      return { start, end, text: text.slice(start, end), sense }
  }
  return undefined
}

/** The qualifier written right after a number and its unit, which end at `position` (`以上`, `左右`, `or more`, `+`). */
export function qualifierAfter(text: string, position: number): Qualifier | undefined {
  for (const [word, sense] of AFTER) {
    const start = LATIN.test(word[0]!) ? skipSpaces(text, position) : position
    const end = start + word.length
    if (text.slice(start, end).toLowerCase() === word.toLowerCase() && endsWord(text, start, end, word))
      return { start: position, end, text: text.slice(start, end), sense }
  }
  return undefined
}

/**
 * Whether a qualifier stands in the clause before a number without standing next to it
 * (`大约需要 3万元`, `about the 40 GB`): the figure alone would drop it, so it is not charted.
 */
export function hasHiddenQualifier(text: string, position: number): boolean {
  const from = Math.max(0, position - HIDDEN_WINDOW)
  for (let end = skipSpacesBack(text, position) - 1; end > from; end--) {
    if (CLAUSE_MARK.test(text[end - 1]!))
      return false
    const found = qualifierBefore(text, end)
    if (found && found.end === end && !/^\d/.test(text.slice(end).trimStart()))
      return true
  }
  return false
}

function startsWord(text: string, start: number, word: string): boolean {
  const first = word[0]!
  if (LATIN.test(first))
    return start === 0 || !LETTER.test(text[start - 1]!)
  if (HAN.test(first))
    return word.length > 1 || isHanBoundary(text, start)
  return start === 0 || !OPERAND.test(text[skipSpacesBack(text, start) - 1] ?? '')
}

/** Whether a qualifier before a number ends its word there (`不超过`, not its `超`). */
function endsBefore(text: string, end: number, word: string): boolean {
  const last = word.at(-1)!
  if (LATIN.test(last))
    return !LETTER.test(text[end] ?? '')
  return !HAN.test(last) || word.length > 1 || isHanBoundary(text, end)
}

function endsWord(text: string, start: number, end: number, word: string): boolean {
  const last = word.at(-1)!
  if (LATIN.test(last))
    return !LETTER.test(text[end] ?? '')
  if (HAN.test(last))
    return word.length > 1 || isHanBoundary(text, end)
  return !/\d/.test(text[end] ?? '') && start > 0
}

/**
 * Whether word segmentation puts a word boundary at `offset`: asked only of qualifiers of
 * one character (`近`, `约`), which other words end or start with (`最近`, `节约`); a longer
 * qualifier is its own word.
 */
function isHanBoundary(text: string, offset: number): boolean {
  const from = Math.max(0, offset - SEGMENT_WINDOW)
  const window = text.slice(from, offset + SEGMENT_WINDOW)
  return wordBoundaries(window, 'zh-CN').includes(offset - from)
}

/** Where the spaces before `position` start, looking back no further than a qualifier is long. */
function skipSpacesBack(text: string, position: number): number {
  let end = position
  while (end > 0 && end > position - LONGEST && /\s/.test(text[end - 1]!))
    end--
  return end
}

/** Where the spaces after `position` end, looking no further than a qualifier is long. */
function skipSpaces(text: string, position: number): number {
  let start = position
  while (start < text.length && start < position + LONGEST && /[ \t]/.test(text[start]!))
    start++
  return start
}
