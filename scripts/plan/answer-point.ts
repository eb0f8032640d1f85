import type { Block, Inline, Lang } from '../model/deck'
import { POINT_LENGTH, SHORT_ANSWER } from './budget'
import { inlineText, sliceInlines } from './inlines'
import { measureText } from './measure-text'
import { pointFaults } from './point-faults'
import { splitSentences } from './sentences'

/** The marks a question ends with. */
const QUESTION_END = /[?？]\s*$/
/** The marks an answer ends with, left off the point. */
const SENTENCE_END = /[\s。.!！]+$/u

/**
 * A paragraph that only answers the question the paragraph before it ends with ("Should
 * we go on at all?" / "We think not.", "还要继续吗？" / "没有必要。") as a point: the question
 * and the answer together, when the answer is short ({@link SHORT_ANSWER}: it leans on
 * its question), one sentence with no fault of its own (not a lead-in to what follows:
 * "In this lesson, you will learn:"), and both fit the budget. `undefined` when the block
 * before is no paragraph ending with a question, or the answer says enough on its own.
 */
export function answerPoint(before: Block | undefined, answer: readonly Inline[], lang: Lang, budget = POINT_LENGTH): Inline[] | undefined {
  const said = inlineText(answer).trim()
  if (before?.type !== 'paragraph' || measureText(said) > SHORT_ANSWER || splitSentences(said, lang).length > 1 || pointFaults(said, lang).length > 0)
    return undefined
  const asked = inlineText(before.inlines)
  const question = splitSentences(asked, lang).at(-1)
  if (!question || !QUESTION_END.test(question.text))
    return undefined
  const from = inlineText(answer).indexOf(said)
  const point: Inline[] = [...sliceInlines(before.inlines, question.start, question.end), ...(lang === 'en' ? [{ type: 'text' as const, value: ' ' }] : []), ...sliceInlines(answer, from, from + said.replace(SENTENCE_END, '').length)]
  return measureText(inlineText(point)) <= budget ? point : undefined
}
