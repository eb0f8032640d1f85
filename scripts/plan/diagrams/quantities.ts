import type { QualifierSense } from './diagram-words'
import { joinAlternatives } from './alternatives'
import { alternation, qualifiersOfAll, wordsOfAll } from './diagram-words'
import { isPartOfName } from './digit-names'
import { hasHiddenQualifier, qualifierAfter, qualifierBefore } from './qualifiers'
import { isRateOrShare, rateAfter, rateBefore } from './rates'
import { definitionBrackets, isUnitDefinition, restatesBefore } from './unit-definitions'

/** A number with its unit in a text, as written: `大约45TB`, `80%以上`, `900GB/s`, `285000`. */
export interface Quantity {
  /** Where the figure starts, its qualifier or rate written before it included. */
  start: number
  /** Where the figure ends, its unit, rate and qualifier written after it included. */
  end: number
  /** As written, with its qualifier and rate (`近460万美元`, `80%以上`, `95 tokens/s`); a count's measure word (`个`) left out. */
  text: string
  /** {@link text} and the noun that says what a bare count counts, when it follows right after (`5000亿个参数`, `1.5 billion parameters`). */
  full: string
  /** Value in the unit's base (万 and 亿 multiplied out); the largest, for options. */
  value: number
  /** What the quantity measures; quantities compare only within one kind. */
  kind: 'percent' | 'money' | 'storage' | 'duration' | 'times' | 'people' | 'parameters' | 'tokens' | 'count'
  /** The unit quantities of one kind must share to be compared (`%`, `usd`; storage and durations convert, so their kind). */
  unit: string
  /** Whether the unit was written (a bare count has none). */
  hasUnit: boolean
  /** A count of things by a measure word (`2个`, `3次`), which says little on a card. */
  measured: boolean
  /** A rate or a share of one unit (`每张GPU 80GB`, `$2 per hour`): never compared with totals. */
  perUnit: boolean
  /** The unit the rate is per, when written with the figure (`s` of `GB/s`, `秒` of `每秒`). */
  rate?: string
  /** How a qualifier written with it bends the number (`约`: approx, `以上`: bound, `至少`: limit). */
  qualifier?: QualifierSense
  /** A qualifier stands in the clause before but not next to it (`大约需要 3万元`): the figure alone misstates it. */
  hiddenQualifier: boolean
  /** How many amounts it gives, when more than one: options or a range (`2GB、4GB或8GB`). */
  options?: number
}

const INSIDE_SENSES = new Map(qualifiersOfAll('qualifiersInside'))
const INSIDE = alternation([...INSIDE_SENSES.keys()])
const MULTIPLIER = '万亿|[亿万千]|trillion|billion|million|thousand|[BMK](?![A-Za-z])|k(?![A-Za-z])'
const UNIT = '[%％倍天秒周]|元人民币|人民币|美元|美金|元|dollars?|USD|RMB|PB|TB|GB|MB|KB|T(?![A-Za-z])|G(?![A-Za-z])|千字节|字节|bytes?|个月|小时|分钟|毫秒|ms(?![A-Za-z])|[人个条次]|[Tt]okens?|parameters?|params|percent|times|days?|months?|hours?|people|users?'
/** A figure: an optional currency sign, the number, a qualifier inside it (`10多万`), its multiplier and unit. */
const QUANTITY = new RegExp(`(?<![\\w.])(?<!(?:^|[^\\d])[A-Za-z]-)(?:(US\\$|[$¥€£])\\s?)?(\\d+(?:[.,]\\d+)*)(${INSIDE})?\\s*(${MULTIPLIER})?(${INSIDE})?\\s*(${UNIT})?`, 'g')
const MULTIPLIERS: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3, trillion: 1e12, billion: 1e9, million: 1e6, thousand: 1e3, b: 1e9, m: 1e6, k: 1e3 }
/** Multipliers of one Latin letter: `4B` may be four billion or a name (`树莓派4B`), `4K` a resolution; only what they count, right after them, tells (`500B个token`). */
const LETTER_MULTIPLIER = /^[BMKk]$/
/** Storage written with one letter (`750G`): also a network (`5G`) unless data is said. */
const LETTER_STORAGE = /^[TG]$/
const KINDS: [RegExp, Quantity['kind']][] = [
  [/^(?:%|％|percent)$/, 'percent'],
  [/^(?:美元|美金|元人民币|人民币|元|dollars?|USD|RMB)$/, 'money'],
  [/^(?:parameters?|params)$/, 'parameters'],
  [/^[Tt]okens?$/, 'tokens'],
  [/^(?:PB|TB|GB|MB|KB|T|G|千字节|字节|bytes?)$/, 'storage'],
  [/^(?:个月|[天秒周]|小时|分钟|毫秒|ms|days?|months?|hours?)$/, 'duration'],
  [/^(?:倍|times)$/, 'times'],
  [/^(?:人|people|users?)$/, 'people'],
]
const STORAGE: Record<string, number> = { PB: 1e15, TB: 1e12, T: 1e12, GB: 1e9, G: 1e9, MB: 1e6, KB: 1e3, 千字节: 1e3, 字节: 1, BYTE: 1, BYTES: 1 }
const DURATION: Record<string, number> = { 个月: 30, month: 30, months: 30, 周: 7, 天: 1, day: 1, days: 1, 小时: 1 / 24, hour: 1 / 24, hours: 1 / 24, 分钟: 1 / 1440, 秒: 1 / 86400, 毫秒: 1 / 86400000, ms: 1 / 86400000 }
const MEASURE_WORDS = /^[个条次]$/
/** The noun after a bare count that says what it counts, within its clause. */
const COUNTED: [RegExp, Quantity['kind']][] = [
  [/^[^，。；,;.]{0,12}?(?:参数|parameters?\b|params\b)/i, 'parameters'],
  [/^[^，。；,;.]{0,12}?(?:词元|tokens?\b)/i, 'tokens'],
]
/** That noun right after the count (`个参数`, ` tokens`): then it is part of how the figure is written. */
const COUNTED_NEXT = /^(?:\s*个)?\s*(?:参数|词元|tokens?\b|parameters?\b|params\b)/i
/** A number inside a formula: after an operator (`= 2^10`), or after a comparison that follows an operand (`C≈6ND`, `x < 5`; elsewhere `≈`, `<`, `~` are qualifiers). */
const IN_FORMULA_BEFORE = /(?:[=×*^+−]|[\w)）\]]\s*[≈≤≥<>~])\s*$/
/** Characters before a number read for a formula's operator. */
const FORMULA_WINDOW = 4
const DATA_NOUNS = new RegExp(alternation(wordsOfAll('dataNouns')), 'i')
const CLAUSE_BEFORE = /[^，。；,;.!?！？]*$/
const CLAUSE_AFTER = /^[^，。；,;.!?！？]*/
/** Characters read on each side of a figure for its clause. */
const CLAUSE_WINDOW = 40

/** How a number was written: the parts of one match of {@link QUANTITY}. */
interface Written {
  index: number
  whole: string
  currency?: string
  digits: string
  inside?: string
  multiplier?: string
  unit?: string
}

/**
 * The quantities of a text, each with its kind, value and everything written with it
 * that changes what it says: a qualifier (`大约45TB`, `80%以上`, `less than 40%`), a
 * rate (`900GB/s`, `95 tokens/s`), options or a range (`2GB、4GB或8GB`). Left out:
 * years and dates (`2023年`, `3月`), numbers that are part of a name (`GPT-3`, `RTX 5090`,
 * `树莓派4B`, `Python 3.8`, `第3代`), numbers in formulas (`C≈6ND`) and both sides of a
 * unit's definition (`1MB是1,000KB`). A bare count takes the kind of the noun that follows
 * it in its clause (`1750亿的参数` counts parameters).
 */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = []
  const defined = definitionBrackets(text)
  for (const match of text.matchAll(QUANTITY)) {
    const [whole, currency, digits, inside, multiplier, inside2, unit] = match
    if (defined.some(([open, close]) => open < match.index && match.index < close))
      continue
    const quantity = toQuantity(text, { index: match.index, whole: whole.trimEnd(), currency, digits: digits!, inside: inside ?? inside2, multiplier, unit })
    if (quantity)
      found.push(quantity)
  }
  return joinAlternatives(text, found.filter((quantity, i) => !restatesBefore(text, found[i - 1], quantity)))
    .filter(quantity => !isUnitDefinition(text, quantity.start, quantity.end))
}

function toQuantity(text: string, written: Written): Quantity | undefined {
  const number = Number(written.digits.replace(/,/g, ''))
  const numberStart = written.index + written.whole.indexOf(written.digits)
  const coreEnd = written.index + written.whole.length
  const rest = text.slice(coreEnd)
  if (!Number.isFinite(number) || isNotAmount(text, written, numberStart, coreEnd, rest))
    return undefined
  const kind = kindOf(written, rest)
  const measured = MEASURE_WORDS.test(written.unit ?? '')
  const before = rateBefore(text, written.index)
  const qualifier = qualifierBefore(text, before?.start ?? written.index)
  const afterUnit = rateAfter(text, coreEnd)
  const after = qualifierAfter(text, afterUnit?.end ?? coreEnd)
  const start = qualifier?.start ?? before?.start ?? written.index
  const end = after?.end ?? afterUnit?.end ?? (measured ? coreEnd - 1 : coreEnd)
  const noun = COUNTED_NEXT.exec(text.slice(end))?.[0] ?? ''
  const nounRate = noun ? rateAfter(text, end + noun.length) : undefined
  const rate = before ?? afterUnit ?? nounRate
  return {
    start,
    end,
    text: text.slice(start, end),
    full: text.slice(start, nounRate?.end ?? end + noun.length),
    value: valueOf(number, written, kind),
    kind,
    unit: unitOf(kind, written),
    hasUnit: Boolean(written.multiplier || written.unit || written.currency),
    measured: measured && !written.multiplier,
    perUnit: rate !== undefined || isRateOrShare(text, written.index, coreEnd),
    ...(rate ? { rate: rate.unit } : {}),
    ...(qualifier || after || written.inside ? { qualifier: qualifier?.sense ?? after?.sense ?? INSIDE_SENSES.get(written.inside!) } : {}),
    hiddenQualifier: !qualifier && hasHiddenQualifier(text, before?.start ?? written.index),
  }
}

/** Whether a number as written is no amount: a date, a year, a name's digits, a formula's, an ambiguous letter. */
function isNotAmount(text: string, written: Written, numberStart: number, end: number, rest: string): boolean {
  const bare = !written.multiplier && !written.unit && !written.currency
  if (bare && (/^[年月日号]/.test(rest) || /^(?:1[89]|20)\d\d$/.test(written.digits) || /^[a-z]/i.test(rest)))
    return true
  if (IN_FORMULA_BEFORE.test(text.slice(Math.max(0, written.index - FORMULA_WINDOW), written.index)))
    return true
  if (bare && isPartOfName(text, numberStart, end))
    return true
  if ((!written.unit || MEASURE_WORDS.test(written.unit)) && !written.currency && LETTER_MULTIPLIER.test(written.multiplier ?? '') && !COUNTED_NEXT.test(rest))
    return true
  return LETTER_STORAGE.test(written.unit ?? '') && !DATA_NOUNS.test(clauseAround(text, written.index, end))
}

function kindOf(written: Written, rest: string): Quantity['kind'] {
  if (written.currency)
    return 'money'
  const unitKind = KINDS.find(([pattern]) => written.unit && pattern.test(written.unit))?.[1]
  if (unitKind)
    return unitKind
  return (/^[个条]?$/.test(written.unit ?? '') ? COUNTED.find(([pattern]) => pattern.test(rest))?.[1] : undefined) ?? 'count'
}

function valueOf(number: number, written: Written, kind: Quantity['kind']): number {
  let value = number * (written.multiplier ? MULTIPLIERS[written.multiplier.toLowerCase()] ?? 1 : 1)
  if (kind === 'storage' && written.unit)
    value *= STORAGE[written.unit.toUpperCase()] ?? STORAGE[written.unit] ?? 1
  if (kind === 'duration' && written.unit)
    value *= DURATION[written.unit.toLowerCase()] ?? 1
  return value
}

/** The unit a quantity is written in, so bars share one (`%`, `usd`; storage and durations convert, so they share their kind). */
function unitOf(kind: Quantity['kind'], written: Written): string {
  if (kind === 'storage' || kind === 'duration')
    return kind
  if (kind === 'percent')
    return '%'
  if (kind !== 'money')
    return ''
  const sign = `${written.currency ?? ''}${written.unit ?? ''}`
  return /美元|美金|\$|dollar|USD/.test(sign) ? 'usd' : /元|人民币|RMB/.test(sign) ? 'cny' : sign
}

/** The clause a span stands in, at most {@link CLAUSE_WINDOW} characters on each side. */
function clauseAround(text: string, start: number, end: number): string {
  const head = text.slice(Math.max(0, start - CLAUSE_WINDOW), start)
  const tail = text.slice(end, end + CLAUSE_WINDOW)
  return `${CLAUSE_BEFORE.exec(head)?.[0] ?? ''}${text.slice(start, end)}${CLAUSE_AFTER.exec(tail)?.[0] ?? ''}`
}

/** A quantity worth a big number on a slide: it has a unit other than a measure word, or it is large. */
export function isFigure(quantity: Quantity): boolean {
  return (quantity.hasUnit && !quantity.measured) || quantity.value >= 1000
}

/**
 * Whether the figure as written carries everything that qualifies it: no qualifier stands
 * apart from it in its clause, and a rate's unit, if it is one, is written with it (not
 * `每张 A100 有 80GB`, whose card would read as a total).
 */
export function isWhole(quantity: Quantity): boolean {
  return !quantity.hiddenQualifier && (!quantity.perUnit || quantity.rate !== undefined)
}

/** The figure a text opens with, as written (`约7.7万人`, `80%以上`, `900GB/s`), if it opens with one. */
export function leadingFigure(text: string): string | undefined {
  const first = findQuantities(text)[0]
  return first && first.start === text.length - text.trimStart().length && isWhole(first) && !first.options ? first.text : undefined
}
