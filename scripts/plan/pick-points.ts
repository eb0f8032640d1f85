import type { Inline, Lang } from '../model/deck'
import type { ClaimOptions } from './claim-candidates'
import type { SentenceClauses } from './claim-clauses'
import type { ClaimCandidate, Piece } from './claim-pieces'
import { POINT_LENGTH } from './budget'
import { claimCandidates } from './claim-candidates'
import { analyseClauses } from './claim-clauses'
import { needsSpace } from './claim-pieces'
import { inlineText, sliceInlines } from './inlines'
import { isWideChar } from './measure-text'

/** Options for {@link pickPoints}. */
export interface PickOptions {
  lang: Lang
  /** Most points to take from this text. */
  max?: number
  /** Longest point, in {@link measureText} units. */
  budget?: number
  /** Least score a point after the first needs to be taken. */
  threshold?: number
  /** What a point after the first must carry (numbers, names, emphasis) to be taken. */
  minSecondValue?: number
  /** Order of the points returned: as they come in the text (default), or best first. */
  order?: 'text' | 'score'
  /** The text opens a section, right under its heading ({@link ClaimOptions.opensSection}). */
  opensSection?: boolean
  /** The title of the slides the text is shown on ({@link ClaimOptions.title}). */
  title?: string
}

/** What a point after the first must carry (a number, or two names) to be shown too. */
const MIN_SECOND_VALUE = 0.8

/**
 * Picks the key points of a paragraph extractively: each is the paragraph's claim (its
 * conclusion, its definition or its lead sentence) with its examples, fillers, asides
 * and leading connectives deleted, never reworded: every word of a point is the
 * paragraph's, in order. Points that fit the budget only, none clipped; the article's
 * bold text, numbers and names score highest. Each keeps its bold, code and links.
 * Returned in reading order; deterministic.
 */
export function pickPoints(inlines: readonly Inline[], options: PickOptions): Inline[][] {
  return scorePoints(inlines, options).map(point => point.inlines)
}

/** A picked point with its score, so callers can drop points that carry nothing. */
export interface ScoredPoint {
  inlines: Inline[]
  score: number
  /** The spans of the paragraph's text the point keeps. */
  pieces: Piece[]
}

/** Like {@link pickPoints}, with each point's score. */
export function scorePoints(inlines: readonly Inline[], { lang, max = 1, budget = POINT_LENGTH, threshold = 2, minSecondValue = MIN_SECOND_VALUE, order = 'text', opensSection = false, title }: PickOptions): ScoredPoint[] {
  const { text, candidates } = claimsOf(inlines, lang, budget, { opensSection, title })
  const picked: ClaimCandidate[] = []
  for (const candidate of [...candidates].sort((a, b) => b.score - a.score || a.pieces[0]![0] - b.pieces[0]![0] || b.text.length - a.text.length)) {
    if (picked.length >= max)
      break
    if (picked.length > 0 && (candidate.score < threshold || candidate.value < minSecondValue))
      break
    if (picked.some(other => overlaps(candidate, other)))
      continue
    picked.push(candidate)
  }
  return (order === 'text' ? picked.sort((a, b) => a.pieces[0]![0] - b.pieces[0]![0]) : picked)
    .map(candidate => ({ inlines: toPoint(inlines, text, candidate.pieces, lang, true), score: candidate.score, pieces: candidate.pieces }))
}

/** The text of inline content, its sentences' clauses and the claims it could show. */
interface Claims {
  text: string
  sentences: SentenceClauses[]
  candidates: ClaimCandidate[]
}

/** Claims already found, by inline content and then by language, budget and options: a paragraph's points and its reserve ask for the same. */
const claimsFound = new WeakMap<readonly Inline[], Map<string, Claims>>()

/** The text of inline content and the claims it could show within `budget` (found once for the same content and options). */
export function claimsOf(inlines: readonly Inline[], lang: Lang, budget: number, options: ClaimOptions = {}): Claims {
  const { item = false, opensSection = false, title } = options
  const key = `${lang}:${budget}:${item}:${opensSection}:${title ?? ''}`
  const found = claimsFound.get(inlines) ?? new Map<string, Claims>()
  claimsFound.set(inlines, found)
  const known = found.get(key)
  if (known)
    return known
  const text = inlineText(inlines)
  const emphasis = emphasisMask(inlines, text.length)
  const read = maskAtoms(text, atomsOf(inlines))
  const sentences = analyseClauses(read, lang, (start, end) => countMask(emphasis, start, end))
  const claims = { text, sentences, candidates: claimCandidates(read, sentences, lang, budget, { item, opensSection, title }) }
  found.set(key, claims)
  return claims
}

/** Whether two candidates draw on a clause in common (a candidate may span two sentences: `claim-pairs.ts`). */
function overlaps(a: ClaimCandidate, b: ClaimCandidate): boolean {
  const at = (clause: ClaimCandidate['from']) => [clause.sentence, clause.index] as const
  const before = (x: readonly [number, number], y: readonly [number, number]) => x[0] < y[0] || (x[0] === y[0] && x[1] <= y[1])
  return before(at(a.from), at(b.to)) && before(at(b.from), at(a.to))
}

/** The inline content of a point: its pieces of the paragraph, joined, capitalised in English when it starts mid-sentence. */
export function toPoint(inlines: readonly Inline[], text: string, pieces: readonly Piece[], lang: Lang, keepCase = false): Inline[] {
  const out: Inline[] = []
  let shown = ''
  for (const [start, end] of snapToAtoms(pieces, atomsOf(inlines).map(atom => atom.piece))) {
    const piece = text.slice(start, end)
    if (needsSpace(shown, piece))
      out.push({ type: 'text', value: ' ' })
    out.push(...sliceInlines(inlines, start, end))
    shown += (needsSpace(shown, piece) ? ' ' : '') + piece
  }
  const point = dropSpacesBetweenWide(mergeText(out))
  if (lang === 'en' && !(keepCase && startsSentence(text, pieces[0]?.[0] ?? 0)))
    capitalize(point)
  return point
}

/** What ends the text right before a sentence's start: a sentence mark, a closing quote or bracket, spaces. */
const SENTENCE_MARK_BEFORE = /[.!?。！？]["”’)]?\s*$/u
/** Characters before a point read for {@link SENTENCE_MARK_BEFORE}. */
const LOOK_BEHIND = 4

/**
 * Whether a point starts where its sentence starts. A sentence of a paragraph keeps the
 * author's case there (`keepCase`: "uv supports…" names a tool written in lowercase, as
 * authors capitalise their sentences); a point cut out of its sentence, or a list item
 * (often written as a lowercase fragment), is capitalised.
 */
function startsSentence(text: string, start: number): boolean {
  return start === 0 || SENTENCE_MARK_BEFORE.test(text.slice(Math.max(0, start - LOOK_BEHIND), start))
}

/** Marks that end a sentence or a clause, hidden inside code and math when clauses are read. */
const CLAUSE_MARKS = /[,;:.!?，。；：、！？]/g
/** What stands for a hidden mark: a letter, so that `pydantic>=1.0,<2.0` or `uv.lock` is one word to the clause reader. */
const HIDDEN_MARK = 'x'

/** Digits, hidden inside a formula when clauses are read: `\\frac{1}{2}` or `x^2` reports no figure. */
const DIGITS = /\d/g

/**
 * The text with the clause and sentence marks inside code and math replaced (same length):
 * a comma in code separates no clauses. In math the digits are replaced too, so a clause
 * is valued for the figures it reports ({@link clauseValue}), not for a formula's constants.
 * Code's first letter is read as a capital: after a full stop, `` `foo 1.0` allows… `` opens
 * a sentence, as a name would (a sentence reader joins a lowercase word to the one before).
 */
function maskAtoms(text: string, atoms: readonly Atom[]): string {
  if (atoms.length === 0)
    return text
  let out = ''
  let at = 0
  for (const { piece: [start, end], math } of atoms) {
    const masked = text.slice(start, end).replace(CLAUSE_MARKS, HIDDEN_MARK)
    out += text.slice(at, start) + (math ? masked.replace(DIGITS, HIDDEN_MARK) : masked.charAt(0).toUpperCase() + masked.slice(1))
    at = end
  }
  return out + text.slice(at)
}

/** A code or math inline's offsets in the text, and which of the two it is. */
interface Atom {
  piece: Piece
  math: boolean
}

/** Code and math inlines: they are shown whole or not at all. */
function atomsOf(inlines: readonly Inline[]): Atom[] {
  const atoms: Atom[] = []
  let offset = 0
  const walk = (nodes: readonly Inline[]) => {
    for (const node of nodes) {
      if ('children' in node) {
        walk(node.children)
        continue
      }
      const size = node.type === 'break' ? 1 : node.value.length
      if (node.type === 'code' || node.type === 'math')
        atoms.push({ piece: [offset, offset + size], math: node.type === 'math' })
      offset += size
    }
  }
  walk(inlines)
  return atoms
}

/** Widens pieces that cut into code or math to hold it whole, and joins pieces that then meet. */
function snapToAtoms(pieces: readonly Piece[], atoms: readonly Piece[]): Piece[] {
  const out: [number, number][] = []
  for (const [from, to] of pieces) {
    let start = from
    let end = to
    for (const [a, b] of atoms) {
      if (a < start && start < b)
        start = a
      if (a < end && end < b)
        end = b
    }
    const last = out.at(-1)
    if (last && start <= last[1])
      last[1] = Math.max(last[1], end)
    else
      out.push([start, end])
  }
  return out
}

function mergeText(inlines: Inline[]): Inline[] {
  const out: Inline[] = []
  for (const inline of inlines) {
    const last = out.at(-1)
    if (inline.type === 'text' && last?.type === 'text')
      last.value += inline.value
    else
      out.push(inline.type === 'text' ? { ...inline } : inline)
  }
  return out
}

/** Capitalises a point's first word when it is a plain lowercase word (not code, not a name like `iPhone`). */
function capitalize(inlines: Inline[]): void {
  const first = inlines[0]
  if (first?.type === 'text' && /^[a-z][a-z']*(?:\s|$|[,;:])/.test(first.value))
    first.value = first.value.charAt(0).toUpperCase() + first.value.slice(1)
}

function emphasisMask(inlines: readonly Inline[], length: number): Uint8Array {
  const mask = new Uint8Array(length)
  let offset = 0
  const walk = (nodes: readonly Inline[], strong: boolean) => {
    for (const node of nodes) {
      if ('children' in node) {
        walk(node.children, strong || node.type === 'strong')
        continue
      }
      const size = node.type === 'break' ? 1 : node.value.length
      if (strong)
        mask.fill(1, offset, offset + size)
      offset += size
    }
  }
  walk(inlines, false)
  return mask
}

function countMask(mask: Uint8Array, start: number, end: number): number {
  let count = 0
  for (let i = start; i < end; i++)
    count += mask[i]!
  return count
}

/** Removes spaces the author put between two CJK characters (often around bold text). */
export function dropSpacesBetweenWide(inlines: Inline[]): Inline[] {
  const text = inlineText(inlines)
  const cuts: number[] = []
  for (let i = 1; i < text.length - 1; i++) {
    if (text[i] === ' ' && isWideOrPunct(text[i - 1]!) && isWideOrPunct(text[i + 1]!))
      cuts.push(i)
  }
  if (cuts.length === 0)
    return inlines
  const pieces: Inline[] = []
  let from = 0
  for (const cut of cuts) {
    pieces.push(...sliceInlines(inlines, from, cut))
    from = cut + 1
  }
  pieces.push(...sliceInlines(inlines, from, text.length))
  return pieces
}

function isWideOrPunct(char: string): boolean {
  return isWideChar(char) || /[\u3000-\u303F\uFF00-\uFFEF]/.test(char)
}
