import type { Lang } from '../model/deck'
import { LANGUAGE_PACKS } from './language'

/** The pattern of a language's droppable tails ({@link LanguagePack.droppableTails}), matched at the space before one. */
const TAIL_PATTERNS = Object.fromEntries(Object.entries(LANGUAGE_PACKS).map(([lang, pack]) => [lang, pack.droppableTails.length > 0 ? new RegExp(`\\s(?=(?:${pack.droppableTails.join('|')})\\s)`, 'gi') : undefined])) as Record<Lang, RegExp | undefined>

/**
 * Where the head of a clause (`start`..`end` of `text`) may end: before a part its claim
 * can do without and stay true (a reason, a purpose, a list of examples: the language's
 * droppable tails), longest head first. Chinese and Japanese clauses are cut at their
 * marks only.
 */
export function tailCuts(text: string, start: number, end: number, lang: Lang): number[] {
  const pattern = TAIL_PATTERNS[lang]
  if (!pattern)
    return []
  return [...text.slice(start, end).matchAll(pattern)].map(match => start + match.index).sort((a, b) => b - a)
}
