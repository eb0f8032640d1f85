import type { Quantity } from './quantities'
import { alternation, qualifiersOfAll, wordsOfAll } from './diagram-words'

const EQUALS = alternation(wordsOfAll('equals'))
const QUALIFIER = alternation(qualifiersOfAll('qualifiersBefore').map(([word]) => word))
/** A unit of data, named (`千字节`, `kilobyte`) or by its symbol (`KB`, `MiB`). */
const DATA_UNIT = '(?:[KMGTP]i?B|(?:kilo|mega|giga|tera)?bytes?|bits?|[千兆吉]?字节|比特)'
/**
 * One side of a definition as written: a number with a short unit (`1MB`, `1 KB`,
 * `1,000,000字节`), or one of a unit of data in words (`一个千字节`, `a kilobyte`).
 */
const SIDE = `(?:(?<![\\w.\\-])\\d[\\d.,]*\\s*(?:[A-Za-z]{1,5}|[千兆吉]?字节)?|(?:一个?|(?<![a-z])(?:one|an?)\\s)\\s*${DATA_UNIT})`
/** A number and a word saying it equals what follows: `1MB是`, `1 KB equals`, `1B=`. */
const DEFINED_BEFORE = new RegExp(`${SIDE}\\s*(?:${EQUALS})\\s*(?:${QUALIFIER})?\\s*$`, 'i')
/** A word saying the number before equals a number after: `是1,000KB`, `= 1 billion`, `equals about 1,024 bytes`. */
const DEFINES_AFTER = new RegExp(`^\\s*(?:${EQUALS})\\s*(?:${QUALIFIER})?\\s*[$¥€£]?\\d`, 'i')
/** Two numbers said to be equal, anywhere in a text. */
const DEFINITION = new RegExp(`${SIDE}\\s*(?:${EQUALS})\\s*(?:${QUALIFIER})?\\s*[$¥€£]?\\d`, 'i')
/**
 * A few words without numbers between two figures that end in an opening bracket or a word
 * of restating: the second restates the first (`8GB（8,000,000,000字节）`, `192KB的RAM，即192,000字节`).
 */
const RESTATES = new RegExp(`^[^\\d。！？!?\\n]{0,12}?(?:[（(]|${alternation(wordsOfAll('restateWords'))})[\\s,，]*$`, 'i')
/** Characters read on each side of a figure for a definition. */
const WINDOW = 24

/**
 * Whether the figure between `start` and `end` is one side of a unit's definition or a
 * conversion (`1MB是1,000KB`, `1 KB = 1,024 bytes`): such a figure is no data about
 * anything, and never charted.
 */
export function isUnitDefinition(text: string, start: number, end: number): boolean {
  return DEFINED_BEFORE.test(text.slice(Math.max(0, start - WINDOW), start)) || DEFINES_AFTER.test(text.slice(end, end + WINDOW))
}

/**
 * The spans of the brackets of a text that define something (`（1B=1 billion，也就是10亿）`,
 * `（1MB是1,000KB或1,000,000字节）`): every number in them belongs to the definition. Found
 * in one pass, in order.
 */
export function definitionBrackets(text: string): [number, number][] {
  const spans: [number, number][] = []
  const open: number[] = []
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '（' || text[i] === '(') {
      open.push(i)
    }
    else if ((text[i] === '）' || text[i] === ')') && open.length > 0) {
      const from = open.pop()!
      const inside = text.slice(from + 1, i)
      if (/[=＝]/.test(inside) || DEFINITION.test(inside))
        spans.push([from, i])
    }
  }
  return spans.sort((a, b) => a[0] - b[0])
}

/**
 * Whether a figure restates the one before it in other units, in brackets or after a word
 * like `即` or `i.e.` (`8GB（8,000,000,000字节）`, `2 GiB (2,147,483,648 bytes)`): the same
 * amount again, never a second figure.
 */
export function restatesBefore(text: string, before: Quantity | undefined, quantity: Quantity): boolean {
  return before !== undefined && before.kind === quantity.kind && RESTATES.test(text.slice(before.end, quantity.start))
}
