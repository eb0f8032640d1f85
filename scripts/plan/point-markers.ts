import type { Lang } from '../model/deck'
import type { LanguagePack } from './language'
import { LANGUAGE_PACKS } from './language'

/**
 * The words that tell a paragraph's claim from what surrounds it, per language, built
 * from the language's pack (`language/`). Each is a regular expression matched at the
 * start of a clause (or, for fillers, anywhere in it); Chinese and Japanese entries are
 * whole words, English ones end at a word boundary.
 */
export interface PointMarkers {
  /** Connectives and discourse markers that tie a clause to the one before ("所以", "However,"). */
  connective: RegExp
  /** Pronouns and demonstratives that need the clause before to be understood ("它", "This"). */
  pronoun: RegExp
  /** Subordinating words: a clause they open needs a main clause after it ("因为", "because"). */
  subordinator: RegExp
  /** Markers that open an example ("比如", "For example"). */
  example: RegExp
  /** Markers that, opening a paragraph, make all of it an example ({@link LanguagePack.exampleOpeners}). */
  exampleOpener: RegExp
  /** Words that open a purpose ({@link LanguagePack.purposes}); none where the pack has none. */
  purpose?: RegExp
  /** Connectives that add the next item ({@link LanguagePack.additives}). */
  additive: RegExp
  /** Markers that open an anecdote ("有一次", "One time I"). */
  anecdote: RegExp
  /** Ordinals that number the article's points at a clause's start ({@link LanguagePack.ordinals}); none where the pack has none. */
  ordinal?: RegExp
  /** What offers a clause's subject as an illustration, anywhere in it ({@link LanguagePack.exampleNames}); none where the pack has none. */
  exampleName?: RegExp
  /** What only spells out a name, anywhere ({@link LanguagePack.glosses}); none where the pack has none. */
  gloss?: RegExp
  /** What announces a set it does not name, at a clause's end ({@link LanguagePack.announcements}); none where the pack has none. */
  announcement?: RegExp
  /** What says a list outlines the lesson, anywhere in its lead-in ({@link LanguagePack.outlines}); none where the pack has none. */
  outline?: RegExp
  /** Openings that narrate a step of a walk-through ({@link LanguagePack.narration}); none where the pack has none. */
  narration?: RegExp
  /** Lower-case words that carry on a sentence a formula broke, at a paragraph's start ({@link LanguagePack.continuations}); none where the pack has none. */
  continuation?: RegExp
  /** Instructions to the page's reader ("点击这里", "Click the image", "check out"). */
  instruction: RegExp
  /** What opens a credit line ("图片来源：", "Infographic by"). */
  credit: RegExp
  /** Phrases that say nothing of the claim ("我们知道", "as you can see"), anywhere. */
  filler: RegExp
  /** Fillers that stand at the start of a clause and can be deleted with what joins them to the claim. */
  leadingFiller: RegExp
  /** Markers that announce the paragraph's conclusion ("所以", "therefore"). */
  conclusion: RegExp
  /** Markers that open a sentence turning against the one before ({@link LanguagePack.contrasts}) or concluding from it: the paragraph's turn. */
  turn: RegExp
  /** Connectives that go on to the next step, at a sentence's start ({@link LanguagePack.sequels}); none where the pack has none. */
  sequel?: RegExp
  /** Markers that turn against what was just said ({@link LanguagePack.contrasts}): a point does not stop before the clause they open. */
  contrast: RegExp
  /** Shapes of a definition ("X是指", "X refers to"). */
  definition: RegExp
  /** Words a point cannot end on: they promise more ("的", "because", "of"). */
  danglingEnd: RegExp
  /**
   * Words that, opening the clause after a comma, start a thought of their own ("但是",
   * "但", "but", "which"): the clauses before them may end a point. Adverbs that carry the
   * same predicate on ("就", "也", "and" in a list) are not among them.
   */
  clauseBreak: RegExp
  /** Words anywhere in a point that point back to what came before ({@link LanguagePack.backReferences}). */
  backReference: RegExp
  /** Words that deny or correct what was just said ({@link LanguagePack.negations}). */
  negation: RegExp
  /** Words anywhere that point at a figure on the page ({@link LanguagePack.figureReferences}). */
  figureReference: RegExp
  /** What opens a sentence that explains the listing before it ({@link LanguagePack.codeReferences}). */
  codeReference: RegExp
  /** Words anywhere that point ahead to what follows ({@link LanguagePack.forwardReferences}). */
  forwardReference: RegExp
  /** A demonstrative before its noun at a text's start, with the space after it ({@link LanguagePack.demonstratives}); none where the pack has none. */
  demonstrative?: RegExp
  /** A demonstrative that names what a section's heading names, at a text's start, with the space after it ({@link LanguagePack.headingReferents}); none where the pack has none. */
  headingReferent?: RegExp
}

function words(list: readonly string[]): string {
  return [...new Set(list)].sort((a, b) => b.length - a.length).join('|')
}

/** Punctuation that may follow a leading marker. */
const JOIN = '[，,、：:\\s]*'

/** The markers of a language, built from its pack. */
function buildMarkers(pack: LanguagePack): PointMarkers {
  const flags = pack.ignoreCase ? 'i' : ''
  const end = pack.wordEnd
  const leading = (list: readonly string[], after = '') => new RegExp(`^(?:${words(list)})${end}${after}`, flags)
  const joined = end ? '[,:]?\\s*' : JOIN
  const anywhere = (list: readonly string[]) => new RegExp(`${end ? '(?<![\\w\'])' : ''}(?:${words(list)})${end}`, flags)
  return {
    connective: leading(pack.connectives, joined),
    pronoun: leading(pack.pronouns),
    subordinator: leading(pack.subordinators),
    example: leading(pack.examples),
    exampleOpener: leading(pack.exampleOpeners),
    additive: leading(pack.additives, joined),
    purpose: pack.purposes.length > 0 ? leading(pack.purposes) : undefined,
    anecdote: leading(pack.anecdotes),
    ordinal: pack.ordinals.length > 0 ? leading(pack.ordinals) : undefined,
    exampleName: pack.exampleNames.length > 0 ? anywhere(pack.exampleNames) : undefined,
    narration: pack.narration.length > 0 ? leading(pack.narration) : undefined,
    gloss: pack.glosses.length > 0 ? anywhere(pack.glosses) : undefined,
    announcement: pack.announcements.length > 0 ? anywhere(pack.announcements) : undefined,
    outline: pack.outlines.length > 0 ? anywhere(pack.outlines) : undefined,
    continuation: pack.continuations.length > 0 ? new RegExp(`^(?:${words(pack.continuations)})${end}`) : undefined,
    instruction: leading(pack.instructions),
    credit: leading(pack.credits),
    filler: anywhere([...pack.fillers, ...pack.clauseFillers]),
    leadingFiller: new RegExp(`^(?:${pack.fillerFrame.before}(?:${words([...pack.leadingFillers, ...(end ? [] : pack.fillers)])})${pack.fillerFrame.after})${end}${joined}`, flags),
    conclusion: leading(pack.conclusions),
    turn: leading([...pack.contrasts, ...pack.conclusions], joined),
    sequel: pack.sequels.length > 0 ? leading(pack.sequels, joined) : undefined,
    contrast: leading(pack.contrasts, joined),
    definition: pack.definition,
    danglingEnd: pack.danglingEnd,
    clauseBreak: leading(pack.clauseBreaks),
    backReference: anywhere(pack.backReferences),
    negation: anywhere(pack.negations),
    forwardReference: anywhere(pack.forwardReferences),
    codeReference: leading(pack.codeReferences),
    figureReference: anywhere(pack.figureReferences),
    demonstrative: pack.demonstratives.length > 0 ? leading(pack.demonstratives, end ? '\\s+' : '') : undefined,
    headingReferent: pack.headingReferents.length > 0 ? leading(pack.headingReferents, end ? '\\s+' : '') : undefined,
  }
}

/** The markers of each language the planner knows. */
export const POINT_MARKERS: Record<Lang, PointMarkers> = {
  'zh-CN': buildMarkers(LANGUAGE_PACKS['zh-CN']),
  'en': buildMarkers(LANGUAGE_PACKS.en),
  'ja': buildMarkers(LANGUAGE_PACKS.ja),
}

/** Marks and spaces that may follow a marker standing alone in its clause. */
const MARKS_AFTER = /[\s，,、：:]+/gu

/** Whether `pattern`, matched at the start of `words`, is all they say: nothing but marks follows it ("比如，", "In this example,"). */
export function isMarkerAlone(pattern: RegExp, words: string): boolean {
  const marker = pattern.exec(words)
  return marker !== null && words.slice(marker[0].length).replace(MARKS_AFTER, '') === ''
}
