import type { BarCompareData } from '../../../diagrams/types'
import type { Quantity } from './quantities'
import { nameBefore } from './labels'
import { findQuantities } from './quantities'

/** Kinds that compare as bars: amounts of one thing (`times` is already a comparison, and never a bar). */
const COMPARABLE = new Set<Quantity['kind']>(['percent', 'money', 'storage', 'duration', 'people', 'parameters', 'tokens', 'count'])

/**
 * Two or more quantities of one kind and unit in a sentence, each named by the one name
 * its own clause gives it (`GPT-3 ... 40%`, `code-davinci-002 ... 80%`), make a BarCompare.
 * Precision before recall: parameters never join tokens, a rate (`每张GPU 80GB`) never
 * joins a total, a bare count only when written with 万 or 亿, a number in a formula
 * never; a clause naming two things, or none, gives its number no label, and then no bar.
 */
export function detectBarCompare(text: string): BarCompareData | undefined {
  const quantities = findQuantities(text).filter(quantity => COMPARABLE.has(quantity.kind) && (quantity.kind !== 'count' || /[万亿]/.test(quantity.text)))
  const byKind = new Map<string, { label: string, quantity: Quantity }[]>()
  let previousEnd = 0
  for (const quantity of quantities) {
    const label = nameBefore(text, quantity.start, previousEnd)
    previousEnd = quantity.end
    if (!label)
      continue
    const key = `${quantity.kind}:${quantity.perUnit}:${unitOf(quantity)}`
    const list = byKind.get(key) ?? []
    if (!list.some(item => item.label === label))
      list.push({ label, quantity })
    byKind.set(key, list)
  }
  const best = [...byKind.values()].filter(list => list.length >= 2).sort((a, b) => b.length - a.length)[0]
  if (!best)
    return undefined
  return { items: best.map(({ label, quantity }) => ({ label, value: quantity.value, display: quantity.text })) }
}

/** The unit a quantity is written in, so bars share one (`%`, `美元`; storage and durations are converted, so they share their kind). */
function unitOf(quantity: Quantity): string {
  if (quantity.kind === 'storage' || quantity.kind === 'duration')
    return quantity.kind
  return /[%％]$/.test(quantity.text) ? '%' : (/美元|美金|\$/.test(quantity.text) ? 'usd' : /元|人民币/.test(quantity.text) ? 'cny' : '')
}
