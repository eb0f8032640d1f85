import type { Lang } from '../../scripts/model/deck'
import { wordBoundaries } from '../../scripts/plan/sentences'

/** A number with the unit written after it: `1750亿`, `45TB`, `460万美元`, `80%`, `3.5`. */
const FIGURE = /\d+(?:[.,]\d+)*(?:\s?[%‰]|[万亿千百]+(?:美元|美金|[元个人条])?|美元|美金|[元倍个年月日天人条类次]|[A-Z]{1,3}\b)?/gi
/** Names written in Latin letters: `ChatGPT`, `GPT-3.5`, `code-davinci-002`, `OpenAI LP`. */
const NAME = /[A-Za-z][\w.\-]*[A-Z0-9][\w.\-]*/g
/** Characters ignored when a point is matched against its paragraph. */
const SPACE = /\s/u

interface Squeezed {
  text: string
  /** Offsets (in `text`) where a word starts or ends in the original. */
  boundaries: Set<number>
}

function squeeze(text: string, lang: Lang): Squeezed {
  const original = wordBoundaries(text, lang)
  const map: number[] = []
  let out = ''
  for (let i = 0; i < text.length; i++) {
    map.push(out.length)
    if (!SPACE.test(text[i]!))
      out += text[i]!.toLowerCase()
  }
  map.push(out.length)
  const boundaries = new Set(original.map(offset => map[offset]!))
  for (let i = 0; i <= out.length; i++) {
    if (i === 0 || i === out.length || /[\p{P}\p{S}]/u.test(out[i - 1]!) || /[\p{P}\p{S}]/u.test(out[i] ?? ''))
      boundaries.add(i)
  }
  return { text: out, boundaries }
}

/**
 * Whether a point is its paragraph with parts deleted and nothing added: its text (spaces
 * aside, case aside) is a run of pieces of the paragraph in order, each piece starting
 * and ending where the paragraph's words do (`Intl.Segmenter`), so no word is cut or
 * changed. Pieces are matched longest first.
 */
export function isWordSubsequence(point: string, paragraph: string, lang: Lang): boolean {
  const source = squeeze(paragraph, lang)
  const target = squeeze(point.replace(/[。.]$/u, ''), lang).text
  let from = 0
  let at = 0
  while (at < target.length) {
    let best = -1
    let bestLength = 0
    for (let length = target.length - at; length > 0 && best < 0; length--) {
      const piece = target.slice(at, at + length)
      let start = source.text.indexOf(piece, from)
      while (start >= 0) {
        if (source.boundaries.has(start) && source.boundaries.has(start + length)) {
          best = start
          bestLength = length
          break
        }
        start = source.text.indexOf(piece, start + 1)
      }
    }
    if (best < 0)
      return false
    at += bestLength
    from = best + bestLength
  }
  return true
}

/** Figures (with their units) and Latin names in a point that its paragraph does not have as written. */
export function strangeFigures(point: string, paragraph: string): string[] {
  const names = (text: string) => (text.match(NAME) ?? []).map(name => name.replace(/[.\-]+$/, ''))
  const figures = new Set(paragraph.match(FIGURE) ?? [])
  const known = new Set(names(paragraph).map(name => name.toLowerCase()))
  return [
    ...(point.match(FIGURE) ?? []).filter(figure => !figures.has(figure)),
    ...names(point).filter(name => !known.has(name.toLowerCase())),
  ]
}
