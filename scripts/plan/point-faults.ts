import type { Lang } from '../model/deck'
import { POINT_MARKERS } from './point-markers'
import { splitSentences, wordBoundaries } from './sentences'

/** Why a point would not read on its own as a claim. */
export type PointFault
  = | 'connective'
    | 'pronoun'
    /** Its opening clause points back ("this setting", "also"): fine in an author's list item under its lead, not in a point taken from a paragraph. */
    | 'back-reference'
    | 'subordinate'
    | 'example'
    | 'filler'
    | 'instruction'
    | 'clipped'
    | 'trailing-mark'
    | 'dangling-end'
    | 'question'
    | 'unbalanced'

/**
 * Faults that make a text lean on what stands before or beside it (its pronoun, a word
 * pointing back): where that is on the slide too (the code a caption names), they do no harm.
 */
export const LEANING_FAULTS: ReadonlySet<PointFault> = new Set<PointFault>(['pronoun', 'back-reference'])

/** A text that ends introducing what follows it ("as follows:"). */
export const LEAD_IN_END = /[：:]\s*$/
/** Marks a point may not end with: it would promise more than it says. */
const TRAILING_MARK = /[:：,，;；、]$/
const CLIPPED = /(?:…|\.\.\.)["'”’」』)）]*$/
const QUESTION = /[？?]$/
/** A clause mark after the opening subordinate clause: a main clause follows it. */
const CLAUSE_MARK = /[，,、；;：:]/

/**
 * What is wrong with a point as a slide's line, by the language's {@link POINT_MARKERS}:
 * it opens with a connective or a pronoun that needs the clause before (or its opening
 * clause points back: "this setting", "also", "NVIDIA也…"), with a
 * subordinate clause and nothing after it, or with an example or an anecdote; it carries
 * a filler ("我们知道", "as you can see"); it is an instruction to the page's reader or a
 * credit line ("点击这里", "Image source:"); it is clipped (`…`), ends with a colon or comma, or on
 * a word that promises more ("because", "of"); it leaves a bracket or a quote open. Empty
 * when the point reads on its own.
 */
export function pointFaults(point: string, lang: Lang): PointFault[] {
  const text = point.trim()
  const markers = POINT_MARKERS[lang]
  const faults: PointFault[] = []
  if (startsWith(text, markers.connective, lang))
    faults.push('connective')
  if (markers.pronoun.test(text))
    faults.push('pronoun')
  if (markers.backReference.test(text.split(CLAUSE_MARK, 1)[0]!))
    faults.push('back-reference')
  if (startsWith(text, markers.subordinator, lang) && !CLAUSE_MARK.test(text))
    faults.push('subordinate')
  if (markers.example.test(text) || markers.anecdote.test(text))
    faults.push('example')
  if (markers.filler.test(text))
    faults.push('filler')
  if (isForTheReader(text, lang))
    faults.push('instruction')
  if (CLIPPED.test(text))
    faults.push('clipped')
  if (TRAILING_MARK.test(text))
    faults.push('trailing-mark')
  if (markers.danglingEnd.test(text.replace(/[。.!！]$/, '')))
    faults.push('dangling-end')
  if (QUESTION.test(text))
    faults.push('question')
  if (!isBalanced(text))
    faults.push('unbalanced')
  return faults
}

/**
 * Whether a text opens by pointing back at what came before it: a pronoun or a
 * back-reference in its opening clause ("上面代码中…", "In the code above…", "This
 * works because…"), not one that points ahead ("下面的代码…", "Here is…").
 */
export function pointsBack(text: string, lang: Lang): boolean {
  const markers = POINT_MARKERS[lang]
  const words = text.trim()
  if (markers.forwardReference.exec(words)?.index === 0)
    return false
  return markers.pronoun.test(words) || markers.backReference.test(words.split(CLAUSE_MARK, 1)[0]!)
}

/**
 * Whether a text's last sentence points ahead to what follows it ("所以下面的代码是无效的。",
 * "The fix looks like this.", "as shown below"): it leads into the block after it.
 */
export function pointsAhead(text: string, lang: Lang): boolean {
  const last = splitSentences(text, lang).at(-1)?.text ?? ''
  return POINT_MARKERS[lang].forwardReference.test(last.replace(/[\s。！？!?.]+$/, ''))
}

/** A callout's label before its words (`Note:`, `Tip：`, `提示：`): an instruction may follow it. */
const LEADING_LABEL = /^[^\s:：]{1,12}[:：]\s*/u
/** Emoji and marks a line may open with before its words (`✅ Try this`, `🎓 Recall:`). */
const LEADING_SYMBOLS = /^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u

/**
 * Whether a text is written for the page's reader, not the audience of a talk: an
 * instruction to the reader ("点击这里", "✅ Think about…", "check out this tutorial") or a
 * credit line ("图片来源：", "Infographic by …"), by the language's markers, also after a callout's label ("Note: See the …").
 */
export function isForTheReader(text: string, lang: Lang): boolean {
  const words = text.trim().replace(LEADING_SYMBOLS, '')
  const markers = POINT_MARKERS[lang]
  const unlabelled = words.replace(LEADING_LABEL, '')
  return markers.instruction.test(words) || markers.credit.test(words) || markers.instruction.test(unlabelled)
}

const PAIRS: readonly [string, string][] = [['(', ')'], ['（', '）'], ['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』'], ['《', '》'], ['[', ']'], ['【', '】']]
/** For each bracket or quote, the pair it belongs to and +1 for the opening one, -1 for the closing one; the straight `"` counts as a pair of its own. */
const BRACKETS = new Map<string, [pair: number, step: number]>([...PAIRS.flatMap(([open, close], pair): [string, [number, number]][] => [[open, [pair, 1]], [close, [pair, -1]]]), ['"', [PAIRS.length, 1]]])

/** Whether every bracket and quote a point opens, it closes (a straight `"` counts in pairs). */
export function isBalanced(text: string): boolean {
  return isBalancedCount(bracketCount(text))
}

/**
 * How many of each pair of brackets or quotes a text opens and does not close (counts
 * only, not their order), the straight quotes last. Counts of two texts add up to
 * those of the two joined, so a long text is counted once, in one pass.
 */
export function bracketCount(text: string, counts: number[] = Array.from<number>({ length: PAIRS.length + 1 }).fill(0)): number[] {
  for (let index = 0; index < text.length; index++) {
    const found = BRACKETS.get(text[index]!)
    if (found && !isApostrophe(text, index))
      counts[found[0]]! += found[1]
  }
  return counts
}

/** A typographic apostrophe between two letters (`SwiftSyntax’s`, `don’t`) closes no quote. */
function isApostrophe(text: string, index: number): boolean {
  return text[index] === '’' && /\p{L}/u.test(text[index - 1] ?? '') && /\p{L}/u.test(text[index + 1] ?? '')
}

/** Whether {@link bracketCount}s close every pair (and the straight quotes come in pairs). */
export function isBalancedCount(counts: readonly number[]): boolean {
  return counts.every((count, pair) => pair === PAIRS.length ? count % 2 === 0 : count === 0)
}

/**
 * Whether `text` opens with a marker of `pattern` that is a word of its own: a marker of
 * one CJK character counts only when the word segmenter ends a word after it, so `并行`
 * does not open with `并` nor `更新` with `更`.
 */
export function startsWith(text: string, pattern: RegExp, lang: Lang): boolean {
  const match = pattern.exec(text)
  if (!match)
    return false
  const word = match[0].replace(/[\s，,、：:]+$/, '')
  if (lang === 'en' || word.length > 1)
    return true
  return wordBoundaries(text, lang).includes(word.length)
}
