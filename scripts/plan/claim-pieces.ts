import type { Clause } from './claim-clauses'
import { isWideChar } from './measure-text'

/** A span of the paragraph's text that a point keeps. */
export type Piece = readonly [start: number, end: number]

/** A point a paragraph could show: pieces of one sentence (or of two: a turn with the sentence it leans on), in order, and how good a claim they make. */
export interface ClaimCandidate {
  pieces: Piece[]
  text: string
  score: number
  /** What its clauses carry (numbers, names, emphasis). */
  value: number
  /** First and last clause it draws on, for overlap. */
  from: Clause
  to: Clause
}

/** What a piece may start with that wants a space before it after a Latin word. */
const SPACE_BEFORE = /^[\w`"'“‘(（[]/u

/** The text of pieces, with a space where two Latin words would otherwise touch. */
export function joinPieces(text: string, pieces: readonly Piece[]): string {
  let out = ''
  for (const [start, end] of pieces) {
    const piece = text.slice(start, end)
    if (needsSpace(out, piece))
      out += ' '
    out += piece
  }
  return out.trim()
}

/** Whether two pieces joined need a space between them: neither side is CJK nor already a space. */
export function needsSpace(before: string, after: string): boolean {
  if (!before || !after)
    return false
  const left = before.at(-1)!
  const right = after[0]!
  return !/\s/.test(left) && !/\s/.test(right) && !isWideChar(left) && !isWideChar(right) && !/[，。；：、（）]/.test(left + right) && SPACE_BEFORE.test(right)
}
