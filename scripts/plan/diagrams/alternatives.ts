import type { Quantity } from './quantities'
import { alternation, wordsOfAll } from './diagram-words'

/** Only words that join options or a range between two figures: `、`, `或`, `, or`, ` to `. */
const JOINER = new RegExp(`^(?:\\s*(?:${alternation(wordsOfAll('alternatives'))}))+\\s*$`, 'i')

/**
 * Joins figures written as the options or the range of one amount (`2GB、4GB或8GB`,
 * `7B to 70B`, `3–5天`) into one quantity that keeps all of them as written: a card never
 * shows one option as if it were the amount, and a bar never draws one. Figures join when
 * nothing but such words stands between them and they measure the same (a bare number
 * before takes the unit after it: `2、4或8GB`).
 */
export function joinAlternatives(text: string, quantities: readonly Quantity[]): Quantity[] {
  const joined: Quantity[] = []
  for (const quantity of quantities) {
    const last = joined.at(-1)
    if (last && joins(text, last, quantity))
      joined[joined.length - 1] = merge(text, last, quantity)
    else
      joined.push(quantity)
  }
  return joined
}

function joins(text: string, before: Quantity, after: Quantity): boolean {
  const sameKind = before.kind === after.kind && before.unit === after.unit
  return JOINER.test(text.slice(before.end, after.start)) && (sameKind || !before.hasUnit)
}

function merge(text: string, before: Quantity, after: Quantity): Quantity {
  return {
    ...after,
    start: before.start,
    text: text.slice(before.start, after.end),
    full: text.slice(before.start, after.start) + after.full,
    value: Math.max(before.value, after.value),
    options: (before.options ?? 1) + (after.options ?? 1),
    qualifier: before.qualifier ?? after.qualifier,
    hiddenQualifier: before.hiddenQualifier || after.hiddenQualifier,
  }
}
