import type { Stat, StatGridData } from '../../../diagrams/types'
import { labelFor } from './labels'
import { findQuantities, isFigure } from './quantities'

/** Kinds that are counts of things: two large ones make a grid on their own. */
const COUNTS = new Set(['count', 'parameters', 'tokens'])
/** A count this large reads as a key figure. */
const LARGE_COUNT = 1000

/**
 * A paragraph dense with figures makes a StatGrid: three or more figures with units
 * (`1750亿`, `45TB`, `460万美元`), or two large counts (`285000个`, `10000个`), each
 * labelled with the words next to it. Figures without an honest label are left out.
 */
export function detectStatGrid(text: string): StatGridData | undefined {
  const figures = findQuantities(text).filter(isFigure)
  const stats: Stat[] = []
  for (const figure of figures) {
    const label = labelFor(text, figure.start, figure.end)
    if (label && !stats.some(stat => stat.value === figure.text || stat.label === label))
      stats.push({ value: figure.text, label })
  }
  const largeCounts = figures.filter(figure => COUNTS.has(figure.kind) && figure.value >= LARGE_COUNT).length
  if (stats.length >= 3 || (stats.length === 2 && largeCounts === 2))
    return { stats: stats.slice(0, 6) }
  return undefined
}
