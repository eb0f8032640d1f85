/** A number with its unit in a text: `460万美元`, `45TB`, `80%`, `285000`. */
export interface Quantity {
  start: number
  end: number
  /** As written: `460万美元`. */
  text: string
  /** Value in the unit's base (万 and 亿 multiplied out). */
  value: number
  /** What the quantity measures; quantities compare only within one kind. */
  kind: 'percent' | 'money' | 'storage' | 'duration' | 'times' | 'people' | 'parameters' | 'tokens' | 'count'
  /** Whether the unit was written (a bare count has none). */
  hasUnit: boolean
  /** A rate or a share of one unit (`每张GPU 80GB`, `$2 per hour`): never compared with totals. */
  perUnit: boolean
}

const QUANTITY = /(?<![\w.\-])(\d+(?:[.,]\d+)*)\s*(万亿|[亿万千]|billion|million|thousand|[BMK](?![a-z]))?\s*([%％倍天秒周]|元人民币|人民币|美元|美金|元|TB|GB|MB|T(?![a-z])|G(?![a-z])|个月|小时|分钟|[人个条次]|tokens?|parameters?|params|percent|times|days?|months?|hours?|people|users?)?/gi
const MULTIPLIERS: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3, billion: 1e9, million: 1e6, thousand: 1e3, b: 1e9, m: 1e6, k: 1e3 }
const KINDS: [RegExp, Quantity['kind']][] = [
  [/^(?:%|％|percent)$/i, 'percent'],
  [/^(?:美元|美金|元人民币|人民币|元)$/, 'money'],
  [/^(?:个?参数|parameters?|params)$/i, 'parameters'],
  [/^(?:个?词元|个?tokens?)$/i, 'tokens'],
  [/^(?:TB|GB|MB|T|G)$/, 'storage'],
  [/^(?:个月|[天秒周]|小时|分钟|days?|months?|hours?)$/i, 'duration'],
  [/^(?:倍|times)$/i, 'times'],
  [/^(?:人|people|users?)$/i, 'people'],
]
const STORAGE: Record<string, number> = { TB: 1e12, T: 1e12, GB: 1e9, G: 1e9, MB: 1e6 }
const DURATION: Record<string, number> = { 个月: 30, month: 30, months: 30, 周: 7, 天: 1, day: 1, days: 1, 小时: 1 / 24, hour: 1 / 24, hours: 1 / 24, 分钟: 1 / 1440, 秒: 1 / 86400 }

/** The noun after a bare count that says what it counts, within its clause. */
const COUNTED: [RegExp, Quantity['kind']][] = [
  [/^[^，。；,;.]{0,12}?(?:参数|parameters?\b|params\b)/i, 'parameters'],
  [/^[^，。；,;.]{0,12}?(?:词元|tokens?\b)/i, 'tokens'],
]
/** Words before a number that make it a rate or a share of one (`每张`, `平均`, `per`). */
const PER_BEFORE = /(?:每|单[张个块台位]|平均|人均|\bper\b|\beach\b|\baverage\b)[^，。；,;.]{0,12}$/i
/** Characters before a number searched for a rate's words. */
const PER_WINDOW = 16
/** Words after a number that make it a rate (`/小时`, `per GPU`, `a day`, `每`). */
const PER_AFTER = /^\s*(?:\/|每|per\b|an?\s+(?:hour|day|month|year|GPU|user|token)\b)/i
/** A number inside a formula: after an operator (`C≈6ND`, `= 2^10`). */
const IN_FORMULA_BEFORE = /[=≈≤≥<>×*^/+−]\s*$/

/**
 * The quantities of a text, with their kind and value, leaving out years (`2023年`,
 * `2020`), months and days of dates (`3月`, `5日`), digits inside names (`GPT-3`) and
 * inside formulas (`C≈6ND`, `2^10`). A bare count takes the kind of the noun that follows
 * it in its clause (`1750亿的参数` counts parameters); a rate (`每张GPU 80GB`) is marked.
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
    const rest = text.slice(match.index + whole.length)
    if (!multiplier && !unit && whole === digits && /^[a-z]/i.test(rest))
      continue
    if (IN_FORMULA_BEFORE.test(text.slice(Math.max(0, match.index - 3), match.index)))
      continue
    const unitKind = KINDS.find(([pattern]) => unit && pattern.test(unit))?.[1]
    const kind = unitKind ?? (/^[个条]?$/.test(unit ?? '') ? COUNTED.find(([pattern]) => pattern.test(rest))?.[1] : undefined) ?? 'count'
    const perUnit = PER_BEFORE.test(text.slice(Math.max(0, match.index - PER_WINDOW), match.index)) || PER_AFTER.test(rest)
    let value = number * (multiplier ? MULTIPLIERS[multiplier.toLowerCase()] ?? 1 : 1)
    if (kind === 'storage')
      value *= STORAGE[unit!.toUpperCase()] ?? 1
    if (kind === 'duration')
      value *= DURATION[unit!.toLowerCase()] ?? 1
    if (insideDefinition(text, match.index))
      continue
    const trimmed = whole.trimEnd()
    const shown = /^[个条次]$/.test(unit ?? '') ? trimmed.slice(0, -1) : trimmed
    found.push({ start: match.index, end: match.index + trimmed.length, text: shown, value, kind, hasUnit: Boolean(multiplier || unit), perUnit })
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
