import type { Lang } from './types'

const HAN = /\p{Script=Han}/gu
const LATIN_WORD = /[A-Z]+(?:['’-][A-Z]+)*/gi

/**
 * Detects the language of an article from its text: Chinese when Han characters
 * make up a real share of the words, English otherwise. A front-matter `lang`
 * starting with `zh` or `en` wins.
 */
export function detectLanguage(text: string, declared?: string): Lang {
  if (declared?.toLowerCase().startsWith('zh'))
    return 'zh-CN'
  if (declared?.toLowerCase().startsWith('en'))
    return 'en'
  const han = text.match(HAN)?.length ?? 0
  const words = text.match(LATIN_WORD)?.length ?? 0
  return han > 0 && han >= words * 0.5 ? 'zh-CN' : 'en'
}
