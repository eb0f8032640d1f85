import type { Lang } from '../model/deck'
import { isForTheReader } from './point-faults'

/** Brackets inside a clause: an aside the claim does without, with the spaces before it (taken from the start of their run, so a long run of spaces is read once). */
const ASIDE = /(?:(?<!\s)\s+)?(?:\([^()]*\)|（[^（）]*）)/g
/** What leaving out an aside in brackets costs. */
export const ASIDE_COST = 0.3

/** Asides in brackets inside `start`..`end` of `text`, as offsets to delete (their leading space included). */
export function asidesIn(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = []
  for (const match of text.slice(start, end).matchAll(ASIDE)) {
    const from = start + match.index
    if (from > start)
      spans.push([from, from + match[0].length])
  }
  return spans
}

/** Whether an aside in brackets only sends the reader elsewhere (`（参考官方链接）`, `(see the docs)`): no point keeps it, however short. */
export function isReaderAside(text: string, [from, to]: readonly [number, number], lang: Lang): boolean {
  return isForTheReader(text.slice(from, to).trim().slice(1, -1), lang)
}
