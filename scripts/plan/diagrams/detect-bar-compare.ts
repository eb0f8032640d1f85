import type { BarCompareData } from '../../../diagrams/types'
import type { Quantity } from './quantities'
import { nameBefore } from './labels'
import { findQuantities, isWhole } from './quantities'

/** Kinds that compare as bars: amounts of one thing (`times` is already a comparison, and never a bar). */
const COMPARABLE = new Set<Quantity['kind']>(['percent', 'money', 'storage', 'duration', 'people', 'parameters', 'tokens', 'count'])

/**
 * Two or more quantities of one kind, unit and rate in a sentence, each named by the one
 * name its own clause gives it (`GPT-3 ... 低于40%`, `code-davinci-002 ... 80%以上`), make
 * a BarCompare whose bars show each figure as written, qualifier and rate included.
 * Precision before recall: parameters never join tokens, a rate (`每张GPU 80GB`) never
 * joins a total nor a rate per something else, a bare count only when written with 万
 * or 亿, a number in a formula never; nor a figure that is a limit (`至少1B`, `up to 8 GB`:
 * a requirement, not a measurement) or a bound (`低于40%`, `more than 80%`: no length states it), one of several options (`2GB、4GB或8GB`), or one
 * whose qualifier or rate stands apart from it. A clause naming two things, or none,
 * gives its number no label, and then no bar.
 */
export function detectBarCompare(text: string): BarCompareData | undefined {
  const byKind = new Map<string, { label: string, quantity: Quantity }[]>()
  let previousEnd = 0
  for (const quantity of findQuantities(text)) {
    const label = nameBefore(text, quantity.start, previousEnd)
    previousEnd = quantity.end
    if (!label || !isBar(quantity))
      continue
    const key = `${quantity.kind}:${quantity.perUnit}:${quantity.unit}:${quantity.rate ?? ''}`
    const list = byKind.get(key) ?? []
    if (!list.some(item => item.label === label))
      list.push({ label, quantity })
    byKind.set(key, list)
  }
  const best = [...byKind.values()].filter(list => list.length >= 2).sort((a, b) => b.length - a.length)[0]
  if (!best)
    return undefined
  return { items: best.map(({ label, quantity }) => ({ label, value: quantity.value, display: quantity.full })) }
}

/** Whether a quantity can be a bar: an amount of a comparable kind, one value, written whole, neither a limit nor a bound (`低于40%`, `80%以上`: a bar's length would state it exactly). */
function isBar(quantity: Quantity): boolean {
  return COMPARABLE.has(quantity.kind)
    && (quantity.kind !== 'count' || /[万亿]/.test(quantity.text))
    && !quantity.options
    && quantity.qualifier !== 'limit'
    && quantity.qualifier !== 'bound'
    && isWhole(quantity)
}
