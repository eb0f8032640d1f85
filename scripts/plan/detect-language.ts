import type { Lang } from '../model/deck'

const HAN = /\p{Script=Han}/gu
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu
const LATIN_WORD = /[A-Z]+(?:['’-][A-Z]+)*/gi

/**
 * Share of kana among the CJK characters from which a text is Japanese. Japanese prose is
 * mostly kana (even dense technical text is a third or more); a Chinese article that
 * quotes a Japanese name or title has a few in a thousand.
 */
const KANA_SHARE = 0.1

/** Front-matter `lang` prefixes and the language each declares. */
const DECLARED: readonly (readonly [prefix: string, lang: Lang])[] = [['zh', 'zh-CN'], ['en', 'en'], ['ja', 'ja']]

/**
 * Detects the language of an article from its text: CJK when Han characters and kana
 * make up a real share of the words, Japanese when kana are a real share of those,
 * Chinese otherwise; English when they are not. A front-matter `lang` starting with
 * `zh`, `en` or `ja` wins.
 */
export function detectLanguage(text: string, declared?: string): Lang {
  const prefix = declared?.toLowerCase()
  const named = DECLARED.find(([start]) => prefix?.startsWith(start))
  if (named)
    return named[1]
  const han = text.match(HAN)?.length ?? 0
  const kana = text.match(KANA)?.length ?? 0
  const words = text.match(LATIN_WORD)?.length ?? 0
  const cjk = han + kana
  if (cjk === 0 || cjk < words * 0.5)
    return 'en'
  return kana >= cjk * KANA_SHARE ? 'ja' : 'zh-CN'
}
