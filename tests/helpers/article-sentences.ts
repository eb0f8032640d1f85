import { normalizeText } from '../../scripts/lib/normalize-text'
import { splitSentences } from '../../scripts/plan/sentences'
import { proseBlocks } from '../../scripts/verify/article-text'
import { parseFile } from './plan-file'

/** Every sentence of an article's prose, normalized the way the coverage check compares text. */
export async function articleSentences(path: string): Promise<string[]> {
  const parsed = await parseFile(path)
  const lang = /[\u4E00-\u9FFF]/.test(parsed.text) ? 'zh-CN' : 'en'
  return proseBlocks(parsed.tree).flatMap(block => splitSentences(block.text, lang).map(sentence => normalizeText(sentence.text))).filter(Boolean)
}

/** The share of `sentences` found in `text` (whitespace ignored). */
export function sentenceShare(sentences: readonly string[], text: string): { found: number, total: number, missing: string[] } {
  const haystack = normalizeText(text)
  const missing = sentences.filter(sentence => !haystack.includes(sentence))
  return { found: sentences.length - missing.length, total: sentences.length, missing }
}
