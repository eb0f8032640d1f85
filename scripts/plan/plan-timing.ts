import type { Block, Deck, Lang, Slide } from '../model/deck'
import type { BlockHandlers } from '../model/fold'
import { foldBlocks } from '../model/fold'
import { MESSAGES } from '../model/messages'
import { inlineText } from './inlines'

/** Chinese characters said a minute, at a calm lecture pace. */
export const ZH_CHARS_PER_MINUTE = 230
/**
 * Japanese characters (kanji and kana) said a minute: about 300, the pace of a clear
 * presentation or a news reader. More than Chinese, since a kana is one syllable where a
 * Han character is often a word.
 */
export const JA_CHARS_PER_MINUTE = 300
/** English words said a minute. */
export const EN_WORDS_PER_MINUTE = 140

/** Seconds every slide gets at least, by kind, before scaling to the talk's length. */
const FLOOR: Record<Slide['kind'], number> = { cover: 20, agenda: 20, section: 8, content: 15, statement: 10, closing: 30 }

const CJK = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/g
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/gu
const WORD = /[a-z0-9]+(?:['’.-][a-z0-9]+)*/gi

/** How the text of a deck in one language is timed. */
export interface SpeakingRate {
  /** The characters that are said one by one (Han, kana). */
  wide: RegExp
  /** Those characters said a minute. */
  chars: number
  /** Latin words (in the rest of the text) said a minute. */
  words: number
  /** The rate the build log names: characters for a CJK language, words for English. */
  named: number
}

/**
 * Speaking rates by language. A text is timed by its wide characters at the language's
 * own rate and its Latin words at the English rate; an English deck times quoted Chinese
 * at the Chinese rate.
 */
export const SPEAKING_RATE: Record<Lang, SpeakingRate> = {
  'zh-CN': { wide: CJK, chars: ZH_CHARS_PER_MINUTE, words: EN_WORDS_PER_MINUTE, named: ZH_CHARS_PER_MINUTE },
  'en': { wide: CJK, chars: ZH_CHARS_PER_MINUTE, words: EN_WORDS_PER_MINUTE, named: EN_WORDS_PER_MINUTE },
  'ja': { wide: JAPANESE, chars: JA_CHARS_PER_MINUTE, words: EN_WORDS_PER_MINUTE, named: JA_CHARS_PER_MINUTE },
}

/** Options for {@link planTiming}. */
export interface TimingOptions {
  /** Length of the talk; without it, the length is estimated from the spoken text. */
  minutes?: number
}

/** Seconds it takes to say a text aloud at the {@link SPEAKING_RATE} of its deck's language. */
export function speakingSeconds(text: string, lang: Lang = 'zh-CN'): number {
  const rate = SPEAKING_RATE[lang]
  const chars = text.match(rate.wide)?.length ?? 0
  const words = text.replace(rate.wide, ' ').match(WORD)?.length ?? 0
  return (chars / rate.chars + words / rate.words) * 60
}

/**
 * Gives every slide of the talk its time: its share of the spoken text (its notes, or what
 * it shows when it has none) at the speaking rate, at least a floor by kind; with
 * `minutes`, the times are scaled so they add up to the talk's length. Backup slides get
 * none. Pure.
 */
export function planTiming(deck: Deck, { minutes }: TimingOptions = {}): Deck {
  const raw = deck.slides.map(slide => (slide.backup ? 0 : slideSeconds(slide, deck.meta.lang)))
  const estimate = raw.reduce((sum, seconds) => sum + seconds, 0)
  const target = minutes !== undefined && minutes > 0 ? minutes * 60 : Math.ceil(estimate / 60) * 60
  const seconds = distribute(raw, target)
  return {
    ...deck,
    meta: { ...deck.meta, duration: { seconds: target, source: minutes !== undefined && minutes > 0 ? 'minutes' : 'estimate' } },
    slides: deck.slides.map((slide, index) => (slide.backup ? slide : { ...slide, seconds: seconds[index] })),
  }
}

/** Seconds a slide takes to present: its spoken text at the speaking rate, at least a floor by its kind. */
export function slideSeconds(slide: Slide, lang: Lang): number {
  return Math.max(FLOOR[slide.kind], speakingSeconds(spokenText(slide), lang))
}

/** Whole seconds in proportion to `weights`, adding up to `total` exactly (largest remainders first). */
function distribute(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (sum === 0)
    return weights.map(() => 0)
  const exact = weights.map(weight => (weight / sum) * total)
  const whole = exact.map(Math.floor)
  let left = total - whole.reduce((a, b) => a + b, 0)
  const order = exact.map((value, index) => ({ index, remainder: value - whole[index]! })).sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (const { index } of order) {
    if (left <= 0)
      break
    whole[index]!++
    left--
  }
  return whole
}

function spokenText(slide: Slide): string {
  const notes = blocksText(slide.notes)
  if (notes.trim())
    return notes
  switch (slide.kind) {
    case 'content':
      return blocksText(slide.blocks)
    case 'statement':
      return inlineText(slide.text)
    case 'closing':
      return slide.questions.map(inlineText).join('\n')
    case 'agenda':
      return slide.items.join('\n')
    default:
      return slide.title
  }
}

/**
 * The text of each block type as it is timed: what is said aloud (a list's top-level
 * points, every table cell); code, formulas, images and diagrams are shown, not read.
 */
const SPOKEN_BLOCKS: BlockHandlers<string> = {
  paragraph: block => inlineText(block.inlines),
  heading: block => inlineText(block.inlines),
  points: block => block.items.map(item => inlineText(item.inlines)).join('\n'),
  quote: (block, _context, fold) => fold(block.blocks).join('\n'),
  table: block => [block.header, ...block.rows].flat().map(cell => inlineText(cell)).join(' '),
  code: () => '',
  math: () => '',
  image: () => '',
  diagram: () => '',
  click: () => '',
}

function blocksText(blocks: readonly Block[]): string {
  return foldBlocks(blocks, SPOKEN_BLOCKS).join('\n')
}

/** Which rate a deck is spoken at, for the build log. */
export function describeRate(lang: Lang): string {
  return MESSAGES[lang].speakingRate(SPEAKING_RATE[lang].named)
}
