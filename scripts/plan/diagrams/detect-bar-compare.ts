import type { BarCompareData } from '../../../diagrams/types'
import type { Quantity } from './quantities'
import { nameBefore } from './labels'
import { findQuantities } from './quantities'

const COMPARABLE = new Set<Quantity['kind']>(['percent', 'money', 'storage', 'duration', 'times', 'people', 'count'])

/**
 * Two or more quantities of one kind in a sentence, each after a name of its own
 * (`GPT-3 ... 40%`, `code-davinci-002 ... 80%`), make a BarCompare. Bare counts compare
 * only when written with 万 or 亿; without names the figures would have no honest labels.
 */
export function detectBarCompare(text: string): BarCompareData | undefined {
  const quantities = findQuantities(text).filter(quantity => COMPARABLE.has(quantity.kind) && (quantity.kind !== 'count' || /[万亿]/.test(quantity.text)))
  const byKind = new Map<string, { label: string, quantity: Quantity }[]>()
  for (const quantity of quantities) {
    const label = nameBefore(text, quantity.start)
    if (!label)
      continue
    const list = byKind.get(quantity.kind) ?? []
    if (!list.some(item => item.label === label))
      list.push({ label, quantity })
    byKind.set(quantity.kind, list)
  }
  const best = [...byKind.values()].filter(list => list.length >= 2).sort((a, b) => b.length - a.length)[0]
  if (!best)
    return undefined
  return { items: best.map(({ label, quantity }) => ({ label, value: quantity.value, display: quantity.text })) }
}
