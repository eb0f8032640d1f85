import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'

/** The script an article is mostly written in: Chinese characters, Japanese kana, or Latin letters. */
export type ArticleScript = 'han' | 'kana' | 'latin'

/** Kana count, against Han characters, above which an article is read as Japanese. */
const KANA_SHARE = 0.2
/** Latin letters a Han character is worth (a word takes several letters). */
const LETTERS_PER_HAN = 2

/** How many characters of each script a text holds. */
interface ScriptCounts { han: number, kana: number, latin: number }

function countScripts(text: string, counts: ScriptCounts): void {
  counts.han += (text.match(/\p{Script=Han}/gu) ?? []).length
  counts.kana += (text.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length
  counts.latin += (text.match(/[a-z]/gi) ?? []).length
}

function scriptOf({ han, kana, latin }: ScriptCounts): ArticleScript {
  if (kana > 0 && kana >= han * KANA_SHARE)
    return 'kana'
  return han * LETTERS_PER_HAN > latin ? 'han' : 'latin'
}

/** Which script the text of an article's tree is mostly written in, for the words the parser adds (labels, headings). */
export function articleScript(tree: Root): ArticleScript {
  const counts = { han: 0, kana: 0, latin: 0 }
  visit(tree, 'text', (node: { value: string }) => countScripts(node.value, counts))
  return scriptOf(counts)
}

/** Which script a text (an article's body before it is parsed, markup included) is mostly written in. */
export function textScript(text: string): ArticleScript {
  const counts = { han: 0, kana: 0, latin: 0 }
  countScripts(text, counts)
  return scriptOf(counts)
}
