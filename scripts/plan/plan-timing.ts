import type { Block, Deck, Inline, Lang, Slide } from './types'
import { inlineText } from './inlines'

/** Speaking rates: Chinese characters and English words a minute. */
export const SPEAKING_RATE = { cjk: 230, words: 140 }

/** Seconds every slide gets at least, by kind, before scaling to the talk's length. */
const FLOOR: Record<Slide['kind'], number> = { cover: 20, agenda: 20, section: 8, content: 15, statement: 10, closing: 30 }

const CJK = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/g
const WORD = /[a-z0-9]+(?:['’.-][a-z0-9]+)*/gi

/** Options for {@link planTiming}. */
export interface TimingOptions {
  /** Length of the talk; without it, the length is estimated from the spoken text. */
  minutes?: number
}

/** Seconds it takes to say a text aloud at {@link SPEAKING_RATE}. */
export function speakingSeconds(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0
  return (cjk / SPEAKING_RATE.cjk + words / SPEAKING_RATE.words) * 60
}

/**
 * Gives every slide its time: its share of the spoken text (its notes, or what it shows
 * when it has none) at the speaking rate, at least a floor by kind; with `minutes`, the
 * times are scaled so they add up to the talk's length. Pure.
 */
export function planTiming(deck: Deck, { minutes }: TimingOptions = {}): Deck {
  const raw = deck.slides.map(slide => Math.max(FLOOR[slide.kind], speakingSeconds(spokenText(slide))))
  const estimate = raw.reduce((sum, seconds) => sum + seconds, 0)
  const target = minutes !== undefined && minutes > 0 ? minutes * 60 : Math.ceil(estimate / 60) * 60
  const seconds = distribute(raw, target)
  return {
    ...deck,
    meta: { ...deck.meta, duration: { seconds: target, source: minutes !== undefined && minutes > 0 ? 'minutes' : 'estimate' } },
    slides: deck.slides.map((slide, index) => ({ ...slide, seconds: seconds[index] })),
  }
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

function blocksText(blocks: readonly Block[]): string {
  return blocks.map((block) => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return inlineText(block.inlines)
      case 'points':
        return block.items.map(item => inlineText(item.inlines)).join('\n')
      case 'quote':
        return blocksText(block.blocks)
      case 'table':
        return [block.header, ...block.rows].flat().map((cell: Inline[]) => inlineText(cell)).join(' ')
      default:
        return ''
    }
  }).join('\n')
}

/** Which rate a deck is spoken at, for the build log. */
export function describeRate(lang: Lang): string {
  return lang === 'en' ? `${SPEAKING_RATE.words} words a minute` : `${SPEAKING_RATE.cjk} characters a minute`
}
