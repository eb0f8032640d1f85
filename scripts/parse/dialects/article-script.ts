import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'

/** The script an article is mostly written in: Chinese characters, Japanese kana, or Latin letters. */
export type ArticleScript = 'han' | 'kana' | 'latin'

/** Kana count, against Han characters, above which an article is read as Japanese. */
const KANA_SHARE = 0.2
/** Latin letters a Han character is worth (a word takes several letters). */
const LETTERS_PER_HAN = 2

/** Which script the text of an article's tree is mostly written in, for the words the parser adds (labels, headings). */
export function articleScript(tree: Root): ArticleScript {
  let han = 0
  let kana = 0
  let latin = 0
  visit(tree, 'text', (node: { value: string }) => {
    han += (node.value.match(/\p{Script=Han}/gu) ?? []).length
    kana += (node.value.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length
    latin += (node.value.match(/[a-z]/gi) ?? []).length
  })
  if (kana > 0 && kana >= han * KANA_SHARE)
    return 'kana'
  return han * LETTERS_PER_HAN > latin ? 'han' : 'latin'
}
