/** A number with its unit in a text: `460万美元`, `45TB`, `80%`, `285000`. */
export interface Quantity {
  start: number
  end: number
  /** As written: `460万美元`. */
  text: string
  /** Value in the unit's base (万 and 亿 multiplied out). */
  value: number
  /** What the quantity measures; quantities compare only within one kind. */
  kind: 'percent' | 'money' | 'storage' | 'duration' | 'times' | 'people' | 'count'
  /** Whether the unit was written (a bare count has none). */
  hasUnit: boolean
}

const QUANTITY = /(?<![\w.\-])(\d+(?:[.,]\d+)*)\s*(万亿|[亿万千]|billion|million|thousand|[BMK](?![a-z]))?\s*([%％倍元天秒周]|美元|美金|人民币|TB|GB|MB|T(?![a-z])|G(?![a-z])|个月|小时|分钟|[人个条次]|tokens?|parameters?|percent|times|days?|months?|hours?|people|users?)?/gi
const MULTIPLIERS: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3, billion: 1e9, million: 1e6, thousand: 1e3, b: 1e9, m: 1e6, k: 1e3 }
const KINDS: [RegExp, Quantity['kind']][] = [
  [/^(?:%|％|percent)$/i, 'percent'],
  [/^(?:美元|美金|人民币|元)$/, 'money'],
  [/^(?:TB|GB|MB|T|G)$/, 'storage'],
  [/^(?:个月|[天秒周]|小时|分钟|days?|months?|hours?)$/i, 'duration'],
  [/^(?:倍|times)$/i, 'times'],
  [/^(?:人|people|users?)$/i, 'people'],
]
const STORAGE: Record<string, number> = { TB: 1e12, T: 1e12, GB: 1e9, G: 1e9, MB: 1e6 }
const DURATION: Record<string, number> = { 个月: 30, month: 30, months: 30, 周: 7, 天: 1, day: 1, days: 1, 小时: 1 / 24, hour: 1 / 24, hours: 1 / 24, 分钟: 1 / 1440, 秒: 1 / 86400 }

/**
 * The quantities of a text, with their kind and value, leaving out years (`2023年`,
 * `2020`), months and days of dates (`3月`, `5日`) and digits inside names (`GPT-3`).
 */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = []
  for (const match of text.matchAll(QUANTITY)) {
    const [whole, digits, multiplier, unit] = match
    const after = text.slice(match.index + whole.length, match.index + whole.length + 1)
    const number = Number(digits!.replace(/,/g, ''))
    if (!Number.isFinite(number))
      continue
    if (!multiplier && !unit && /^[年月日号]/.test(after))
      continue
    if (!multiplier && !unit && /^(?:1[89]|20)\d\d$/.test(digits!))
      continue
    const kind = KINDS.find(([pattern]) => unit && pattern.test(unit))?.[1] ?? 'count'
    let value = number * (multiplier ? MULTIPLIERS[multiplier.toLowerCase()] ?? 1 : 1)
    if (kind === 'storage')
      value *= STORAGE[unit!.toUpperCase()] ?? 1
    if (kind === 'duration')
      value *= DURATION[unit!.toLowerCase()] ?? 1
    if (insideDefinition(text, match.index))
      continue
    const trimmed = whole.trimEnd()
    const shown = /^[个条次]$/.test(unit ?? '') ? trimmed.slice(0, -1) : trimmed
    found.push({ start: match.index, end: match.index + trimmed.length, text: shown, value, kind, hasUnit: Boolean(multiplier || unit) })
  }
  return found
}

/** A quantity worth a big number on a slide: it has a unit, or it is large. */
export function isFigure(quantity: Quantity): boolean {
  return (quantity.hasUnit && !['个', '条', '次'].some(unit => quantity.text.endsWith(unit) && !/[万亿千]/.test(quantity.text))) || quantity.value >= 1000
}

/** Whether a position is inside brackets that define something (`（1B=1 billion）`). */
function insideDefinition(text: string, position: number): boolean {
  const open = Math.max(text.lastIndexOf('（', position), text.lastIndexOf('(', position))
  if (open < 0)
    return false
  const close = [text.indexOf('）', open), text.indexOf(')', open)].filter(index => index >= 0).sort((a, b) => a - b)[0] ?? -1
  return close > position && /[=＝]/.test(text.slice(open, close))
}
