import type { Heading, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import type { TreeRule } from './tree-rule'
import { toString } from 'mdast-util-to-string'
import { CHINESE_DIGITS, CHINESE_PART_WORDS, CHINESE_TEN, ENGLISH_NUMBERS, ENGLISH_PART_WORDS } from './dialect-words'

/** A way of numbering parts, read from a line's text: its name (parts of one style are one level) and the number. */
interface NumberingStyle {
  name: (match: RegExpExecArray) => string
  pattern: RegExp
  number: (match: RegExpExecArray) => number | undefined
  /** Whether the line may be the number alone (`第一部分`), with no title after it. */
  bare?: boolean
}

/** A line of the article that may be a numbered part's heading. */
interface Candidate {
  index: number
  style: string
  number: number
  content: PhrasingContent[]
}

const CHINESE_NUMERAL = `[${Object.keys(CHINESE_DIGITS).join('')}${CHINESE_TEN}]{1,3}`
const ROMAN_NUMERAL = '[IVX]{1,5}'
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 }
/** Where a part's number ends and its title begins. */
const TITLE_GAP = '[ \\t、：:．.—–-]*'

/** The numbering styles, by what the lines of each look like. */
const STYLES: readonly NumberingStyle[] = [
  {
    name: match => `第${match[2]}`,
    pattern: new RegExp(`^第(${CHINESE_NUMERAL}|\\d{1,2})(${CHINESE_PART_WORDS.join('|')})(?:${TITLE_GAP}(.*))?$`),
    number: match => chineseNumber(match[1]!),
    bare: true,
  },
  { name: () => '一、', pattern: new RegExp(`^(${CHINESE_NUMERAL})[、．](.+)$`), number: match => chineseNumber(match[1]!) },
  { name: () => '（一）', pattern: new RegExp(`^[（(](${CHINESE_NUMERAL})[）)](.+)$`), number: match => chineseNumber(match[1]!) },
  { name: () => '1.', pattern: /^(\d{1,2})(?:[、．]|\.(?!\d))(.+)$/, number: match => Number(match[1]) },
  { name: () => '(1)', pattern: /^[（(](\d{1,2})[）)](.+)$/, number: match => Number(match[1]) },
  { name: () => 'I.', pattern: new RegExp(`^(${ROMAN_NUMERAL})\\.(?=\\s)(.+)$`), number: match => romanNumber(match[1]!) },
  {
    name: match => match[1]!.toLowerCase(),
    pattern: new RegExp(`^(${ENGLISH_PART_WORDS.join('|')})\\s+(\\d{1,2}|${ROMAN_NUMERAL}|${Object.keys(ENGLISH_NUMBERS).join('|')})\\b(?:${TITLE_GAP}(.*))?$`, 'i'),
    number: match => englishNumber(match[2]!),
    bare: true,
  },
]

/** The style of a Markdown ordered list of one item (`1. Introduction` alone): the list's own numbers. */
const LIST_STYLE = '1.'
/** How wide a numbered part's line may be (a CJK character counts two): a title, not a sentence. */
const MAX_TITLE_WIDTH = 64
/** A title ends with none of these: they end sentences and clauses, or lead into what follows. */
const CLAUSE_END = /[。.，,；;：:、]$/
/** A sentence ending inside the line: it is prose, not a title. */
const INNER_SENTENCE_END = /[。；;]|[.!?]\s/
/** A paragraph that leads into what follows (a list the numbered lines would be). */
const LEAD_IN = /[:：]\s*$/
/** The fewest lines of one style, numbered 1, 2, ... in sequence, that make them headings. */
const MIN_RUN = 2
/** The depth of the article's own title: numbered parts are one level below it. */
const TITLE_DEPTH = 1
const MAX_DEPTH = 6

/**
 * Reads numbered lines standing alone as headings, in an article written as plain text
 * with no headings of its own below its title: one-line paragraphs like `一、为什么要写测试`,
 * `（一）……`, `第一部分 ……`, `1、……`, `I. Introduction`, `Part 2: ...`, or a Markdown
 * ordered list of one item standing alone (`1. Introduction`), when at least two of one
 * style follow each other in sequence from 1, each with text under it. The first style
 * used is one level below the article's title, the next one level deeper, and so on.
 * Lists of several items, list items with text after them, lines that read as sentences
 * and numbered lines after a lead-in (`Three reasons:`) stay as they are.
 */
export const readNumberedHeadings: TreeRule = (tree: Root) => {
  if (!hasOnlyTitleHeadings(tree))
    return
  const candidates = tree.children.flatMap((node, index) => {
    const found = candidateOf(node, index)
    return found ? [found] : []
  })
  const accepted = candidates.length < MIN_RUN ? [] : acceptedRuns(candidates, tree.children)
  if (accepted.length === 0)
    return
  const depths = styleDepths(accepted)
  for (const candidate of accepted) {
    const node = tree.children[candidate.index]!
    const heading: Heading = { type: 'heading', depth: depths.get(candidate.style)!, children: candidate.content, position: node.position }
    tree.children[candidate.index] = heading
  }
}

/** Whether the article has no headings but, at most, one of its title's depth. */
function hasOnlyTitleHeadings(tree: Root): boolean {
  const headings = tree.children.filter(node => node.type === 'heading')
  return headings.every(heading => heading.depth === TITLE_DEPTH) && headings.length <= 1
}

/** The depth of each style's headings: by the order the styles first appear. */
function styleDepths(accepted: readonly Candidate[]): Map<string, Heading['depth']> {
  const depths = new Map<string, Heading['depth']>()
  for (const candidate of accepted) {
    if (!depths.has(candidate.style))
      depths.set(candidate.style, Math.min(MAX_DEPTH, TITLE_DEPTH + 1 + depths.size) as Heading['depth'])
  }
  return depths
}

/** A node that may be a numbered part's heading: a one-line paragraph that starts with a number, or a one-item ordered list of one line. */
function candidateOf(node: RootContent, index: number): Candidate | undefined {
  if (node.type === 'list')
    return listCandidate(node, index)
  if (node.type !== 'paragraph' || !isOneLine(node))
    return undefined
  const text = toString(node).trim()
  for (const style of STYLES) {
    const match = style.pattern.exec(text)
    const number = match ? style.number(match) : undefined
    if (!match || number === undefined)
      continue
    const title = (match.at(-1) ?? '').trim()
    if ((title || !style.bare) && !isTitle(title))
      return undefined
    return { index, style: style.name(match), number, content: unwrapped(node) }
  }
  return undefined
}

function listCandidate(list: List, index: number): Candidate | undefined {
  const item = list.children[0]
  const paragraph = item?.children[0]
  if (!list.ordered || list.children.length !== 1 || item!.children.length !== 1 || paragraph?.type !== 'paragraph' || !isOneLine(paragraph) || item!.checked != null)
    return undefined
  if (!isTitle(toString(paragraph).trim()))
    return undefined
  return { index, style: LIST_STYLE, number: list.start ?? 1, content: unwrapped(paragraph) }
}

/** Whether a paragraph is one line of text (no line break, no image). */
function isOneLine(paragraph: Paragraph): boolean {
  return !paragraph.children.some(child => child.type === 'break' || child.type === 'image' || child.type === 'imageReference') && !toString(paragraph).trim().includes('\n')
}

/** Whether a line's text reads as a title: short, not a sentence, not leading into more. */
function isTitle(title: string): boolean {
  return title !== '' && width(title) <= MAX_TITLE_WIDTH && !CLAUSE_END.test(title) && !INNER_SENTENCE_END.test(title)
}

function width(text: string): number {
  let total = 0
  for (const char of text)
    total += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(char) ? 2 : 1
  return total
}

/** A paragraph's content, without the bold or emphasis that wraps all of it (a heading is bold already). */
function unwrapped(paragraph: Paragraph): PhrasingContent[] {
  const only = paragraph.children.length === 1 ? paragraph.children[0] : undefined
  return only && (only.type === 'strong' || only.type === 'emphasis') ? only.children : paragraph.children
}

/**
 * The candidates that are headings: of each style, runs numbered 1, 2, ... of at least
 * {@link MIN_RUN} (and then, of that style, shorter runs from 1 too: a part with one
 * subpart), no two of a run side by side, the last with something after it, the first not
 * after a lead-in.
 */
function acceptedRuns(candidates: readonly Candidate[], nodes: readonly RootContent[]): Candidate[] {
  const runs = runsOf(candidates).filter(run => isHeadingRun(run, nodes))
  const styles = new Set(runs.filter(run => run.length >= MIN_RUN).map(run => run[0]!.style))
  return runs.filter(run => styles.has(run[0]!.style)).flat().sort((a, b) => a.index - b.index)
}

/** The candidates of each style in runs numbered 1, 2, 3 ...; a candidate out of sequence starts no run. */
function runsOf(candidates: readonly Candidate[]): Candidate[][] {
  const runs: Candidate[][] = []
  const open = new Map<string, Candidate[]>()
  for (const candidate of candidates) {
    const run = open.get(candidate.style)
    if (run && run.length > 0 && candidate.number === run.at(-1)!.number + 1) {
      run.push(candidate)
      continue
    }
    const next = candidate.number === 1 ? [candidate] : []
    open.set(candidate.style, next)
    runs.push(next)
  }
  return runs.filter(run => run.length > 0)
}

function isHeadingRun(run: readonly Candidate[], nodes: readonly RootContent[]): boolean {
  if (run.at(-1)!.index >= nodes.length - 1)
    return false
  if (run.some((candidate, at) => at > 0 && candidate.index === run[at - 1]!.index + 1))
    return false
  const before = nodes[run[0]!.index - 1]
  return !(before?.type === 'paragraph' && LEAD_IN.test(toString(before)))
}

/** The value of a Chinese numeral up to 99 (`三`, `十二`, `二十一`), or undefined. */
function chineseNumber(numeral: string): number | undefined {
  const digits = [...numeral]
  const ten = digits.indexOf(CHINESE_TEN)
  if (ten < 0)
    return digits.length === 1 ? CHINESE_DIGITS[digits[0]!] : undefined
  const tens = ten === 0 ? 1 : CHINESE_DIGITS[digits.slice(0, ten).join('')]
  const ones = ten === digits.length - 1 ? 0 : CHINESE_DIGITS[digits.slice(ten + 1).join('')]
  return tens === undefined || ones === undefined || digits.length > ten + 2 ? undefined : tens * 10 + ones
}

/** The value of a Roman numeral (`IV`), or undefined for one written wrong. */
function romanNumber(numeral: string): number | undefined {
  let total = 0
  for (let index = 0; index < numeral.length; index++) {
    const value = ROMAN_VALUES[numeral[index]!]!
    const next = ROMAN_VALUES[numeral[index + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total > 0 ? total : undefined
}

/** The value of `2`, `II` or `two`. */
function englishNumber(word: string): number | undefined {
  if (/^\d+$/.test(word))
    return Number(word)
  return ENGLISH_NUMBERS[word.toLowerCase()] ?? romanNumber(word.toUpperCase())
}
