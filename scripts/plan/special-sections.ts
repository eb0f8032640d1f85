import type { RootContent } from 'mdast'
import type { Inline, Lang } from '../model/deck'
import type { LanguagePack } from './language'
import { QUESTION_LENGTH } from './budget'
import { splitClauses } from './clip-text'
import { inlineText, sliceInlines, toInlines, trimInlines } from './inlines'
import { LANGUAGE_PACKS } from './language'
import { measureText } from './measure-text'
import { isForTheReader, LEAD_IN_END } from './point-faults'
import { splitSentences } from './sentences'

/** The words one field of every language's pack holds, as alternatives of a regular expression (a Chinese article may title a part in English). */
function everyPack(words: (pack: LanguagePack) => readonly string[]): string {
  return Object.values(LANGUAGE_PACKS).flatMap(words).join('|')
}

/** A title matched whole against the titles of every language's pack. */
function titlePattern(kind: keyof LanguagePack['sectionTitles']): RegExp {
  return new RegExp(`^(?:${everyPack(pack => pack.sectionTitles[kind])})$`, 'iu')
}

const SUMMARY = titlePattern('summary')
const QUESTIONS = titlePattern('questions')
const READER = titlePattern('reader')
const ANSWERS = titlePattern('answers')
const QUESTION_END = /[？?]$/
const LEADING_CONNECTIVE = /^(?:还有|另外|那么|以及|此外|最后|and|also|finally)[，,]?\s*/i

/** Numbering, marks and emoji before a title. */
const TITLE_OPENING = /^[\s\d.、:：)）(（#*\-\p{Extended_Pictographic}\uFE0F]+/u
/** Marks and emoji after a title (from the start of their run: a long run is read once). */
const TITLE_CLOSING = /(?<![\s.。:：!！\p{Extended_Pictographic}\uFE0F])[\s.。:：!！\p{Extended_Pictographic}\uFE0F]+$/u

function bareTitle(title: string): string {
  return title.replace(TITLE_OPENING, '').replace(TITLE_CLOSING, '').trim()
}

/** Every language's output labels. */
const OUTPUT_LABELS = everyPack(pack => pack.outputLabels)
/** An output label matched whole ("Output", "运行结果"). */
const OUTPUT_LABEL = new RegExp(`^(?:${OUTPUT_LABELS})$`, 'iu')
/** An output label as a word anywhere in a lead-in ("…将产生如下响应：", "The output looks like this:"). */
const OUTPUT_WORD = new RegExp(`(?:^|[^\\p{L}]|(?<=\\p{Script=Han}))(?:${OUTPUT_LABELS})(?:$|[^\\p{L}]|(?<=\\p{Script=Han}))`, 'iu')

/**
 * Whether a paragraph labels the code block after it as what a program printed: a short
 * label (`**Output**`, `运行结果：`), or a lead-in ending with a colon that names the output
 * ("通过 LLM 运行此提示将产生如下响应：", "Running it prints the following output:").
 */
export function isOutputLabel(text: string): boolean {
  return OUTPUT_LABEL.test(bareTitle(text)) || (LEAD_IN_END.test(text) && OUTPUT_WORD.test(text))
}

/** Whether a section title names the article's own summary (小结, Summary, Conclusion ...). */
export function isSummaryTitle(title: string): boolean {
  return SUMMARY.test(bareTitle(title))
}

/**
 * Whether a section title names a part written for the page's reader, not for a talk
 * (quizzes, assignments, self-study, references, credits, disclaimers, changelogs, a table
 * of contents, promotion: `LanguagePack.sectionTitles.reader`): its text stays in the notes.
 */
export function isReaderTitle(title: string): boolean {
  return READER.test(bareTitle(title))
}

/**
 * For each of a run of sibling titles, whether it names a part for the page's reader: a
 * reader title ({@link isReaderTitle}), or one that names answers (解决方案, Solution)
 * right after such a part, which answers the assignment or quiz before it.
 */
export function readerTitles(titles: readonly string[]): boolean[] {
  const flags: boolean[] = []
  titles.forEach((title, index) => flags.push(isReaderTitle(title) || (index > 0 && flags[index - 1]! && isAnswersTitle(title))))
  return flags
}

/** Whether a title names answers to what the part before it asks of the reader ({@link LanguagePack.sectionTitles}`.answers`). */
export function isAnswersTitle(title: string): boolean {
  return ANSWERS.test(bareTitle(title))
}

/** Whether a section title names questions left to the reader (思考题, Questions ...). */
export function isQuestionsTitle(title: string): boolean {
  return QUESTIONS.test(bareTitle(title))
}

/**
 * The questions a section asks its readers, for the closing slide: each sentence that
 * ends with a question mark (trimmed from the front to the budget and past a lead-in for the reader, so the question
 * itself stays), and each list item.
 */
export function extractQuestions(nodes: readonly RootContent[], lang: Lang): Inline[][] {
  const questions: Inline[][] = []
  for (const node of nodes) {
    if (node.type === 'list') {
      for (const item of node.children) {
        const paragraph = item.children.find(child => child.type === 'paragraph')
        if (paragraph?.type === 'paragraph')
          questions.push(trimInlines(toInlines(paragraph.children)))
      }
      continue
    }
    if (node.type !== 'paragraph')
      continue
    const inlines = trimInlines(toInlines(node.children))
    const text = inlineText(inlines)
    for (const sentence of splitSentences(text, lang)) {
      if (!QUESTION_END.test(sentence.text))
        continue
      let start = sentence.start
      for (const clause of splitClauses(sentence.text, lang)) {
        const rest = text.slice(start, sentence.end)
        if (measureText(rest) <= QUESTION_LENGTH && !isForTheReader(rest, lang))
          break
        start = sentence.start + clause.end
      }
      const connective = LEADING_CONNECTIVE.exec(text.slice(start, sentence.end))
      if (connective && start + connective[0].length < sentence.end)
        start += connective[0].length
      questions.push(sliceInlines(inlines, start, sentence.end))
    }
  }
  return questions
}
