import type { Stat, StatGridData } from '../../../diagrams/types'
import type { Span } from '../sentences'
import type { DetectContext } from './context'
import type { Quantity } from './quantities'
import { detectLanguage } from '../detect-language'
import { splitSentences } from '../sentences'
import { labelFor } from './labels'
import { findQuantities, isFigure, isWhole } from './quantities'

/** Kinds that are counts of things: two large ones of one kind make a grid on their own. */
const COUNTS = new Set<Quantity['kind']>(['count', 'parameters', 'tokens'])
/** A count this large reads as a key figure. */
const LARGE_COUNT = 1000
/** Most cards a grid shows. */
const MAX_STATS = 6

/**
 * A paragraph dense with figures makes a StatGrid: three or more figures with units
 * (`1750亿`, `大约45TB`, `近460万美元`), or two large counts of one kind (`285000个`,
 * `10000个`), each labelled with the words next to it. Each card shows its figure as
 * written, qualifier, rate and options included (`80%以上`, `900GB/s`, `2GB、4GB或8GB`);
 * a figure whose qualifier or rate stands apart from it, or without an honest label, is
 * left out, and so is a card the grid just before showed (`context.shownStats`).
 * Figures of different kinds (memory beside prices) share a grid only when one sentence
 * gives them all, as the key figures of one thing; otherwise no grid is made.
 */
export function detectStatGrid(text: string, context: DetectContext = {}): StatGridData | undefined {
  const figures = findQuantities(text).filter(quantity => isFigure(quantity) && isWhole(quantity))
  const stats: Stat[] = []
  const kinds: Quantity['kind'][] = []
  const sentences: number[] = []
  const spans = figures.length > 0 ? splitSentences(text, detectLanguage(text)) : []
  for (const figure of figures) {
    const label = labelFor(text, figure.start, figure.end)
    const stat = label ? { value: figure.text, label } : undefined
    if (stat && !stats.some(other => other.value === stat.value || other.label === stat.label) && !context.shownStats?.includes(statKey(stat))) {
      stats.push(stat)
      kinds.push(figure.kind)
      sentences.push(sentenceOf(spans, figure.start))
    }
  }
  const largeCounts = figures.filter(figure => COUNTS.has(figure.kind) && figure.value >= LARGE_COUNT && !figure.options)
  const sameCounts = largeCounts.length === 2 && largeCounts[0]!.kind === largeCounts[1]!.kind && kinds.every(kind => kind === largeCounts[0]!.kind)
  const oneKind = kinds.every(kind => kind === kinds[0])
  if (!oneKind && sentences.some(sentence => sentence !== sentences[0]))
    return undefined
  if (stats.length >= 3 || (stats.length === 2 && sameCounts))
    return { stats: stats.slice(0, MAX_STATS) }
  return undefined
}

/** Which of a paragraph's sentences an offset lies in (0 for the first). */
function sentenceOf(spans: readonly Span[], offset: number): number {
  const index = spans.findIndex(span => offset < span.end)
  return index < 0 ? spans.length : index
}

/** What makes two cards the same card: the figure and its label. */
export function statKey(stat: Stat): string {
  return `${stat.value}\u0000${stat.label}`
}
