import { alternation, wordsOfAll } from './diagram-words'

/** A rate's unit written with a figure: `/s` in `900GB/s`, `每秒` in `每秒50万笔`, ` per hour` in `$2 per hour`. */
export interface Rate {
  start: number
  end: number
  /** What the rate is counted per, as written (`s`, `秒`, `hour`), for comparing rates. */
  unit: string
}

const UNITS = wordsOfAll('rateUnits')
const HAN_UNITS = alternation(UNITS.filter(unit => /\p{Script=Han}/u.test(unit)))
const LATIN_UNITS = alternation(UNITS.filter(unit => /^[a-z]/i.test(unit)), false)
const LATIN_PER = alternation(wordsOfAll('ratePer').filter(word => /^[a-z]/i.test(word)))
const HAN_PER = alternation(wordsOfAll('ratePer').filter(word => /\p{Script=Han}/u.test(word)))
/** `/s`, `/秒`, `每秒`, `笔/秒`, ` per second`, ` a day` right after a figure. */
const RATE_AFTER = new RegExp(`^(?:\\s*\\p{Script=Han}?\\s*(?:/|${HAN_PER})\\s*(${HAN_UNITS})|\\s*/\\s*(${LATIN_UNITS})s?(?![a-z])|\\s+(?:${LATIN_PER})\\s+(${LATIN_UNITS})s?(?![a-z]))`, 'iu')
/** `每秒`, `每张` right before a figure. */
const RATE_BEFORE = new RegExp(`(?:${HAN_PER})(${HAN_UNITS})\\s*$`, 'u')
/** Any `/` and a word after a figure: a rate even when its unit is not one the tables know (`$5/ft²`). */
const ANY_PER_AFTER = /^\s*\/\s*\p{L}/u
/** Words before a number, in its clause, that make it a rate or a share of one (`每张 A100 有 80GB`, `平均`, `per`). */
const SHARE_BEFORE = new RegExp(`(?:${alternation(wordsOfAll('shareWords'))})[^，。；,;.]{0,12}$`, 'iu')
/** Characters before a number searched for {@link SHARE_BEFORE}. */
const SHARE_WINDOW = 16
/** Characters after a figure read for its rate's unit. */
const RATE_WINDOW = 24

/** The rate's unit written right after a figure that ends at `position`. */
export function rateAfter(text: string, position: number): Rate | undefined {
  const found = RATE_AFTER.exec(text.slice(position, position + RATE_WINDOW))
  if (!found)
    return undefined
  return { start: position, end: position + found[0].length, unit: (found[1] ?? found[2] ?? found[3])!.toLowerCase() }
}

/** The rate's unit written right before a figure that starts at `position` (`每秒`). */
export function rateBefore(text: string, position: number): Rate | undefined {
  const head = text.slice(Math.max(0, position - SHARE_WINDOW), position)
  const found = RATE_BEFORE.exec(head)
  return found ? { start: position - found[0].length, end: position, unit: found[1]! } : undefined
}

/** Whether a figure between `start` and `end` is a rate or a share of one, written with it or not. */
export function isRateOrShare(text: string, start: number, end: number): boolean {
  return SHARE_BEFORE.test(text.slice(Math.max(0, start - SHARE_WINDOW), start)) || ANY_PER_AFTER.test(text.slice(end, end + RATE_WINDOW)) || rateAfter(text, end) !== undefined
}
