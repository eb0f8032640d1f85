import type { Deck } from '../../scripts/plan/types'
import { readFile } from 'node:fs/promises'
import { parseArticle } from '../../scripts/parse'
import { decodeArticle } from '../../scripts/parse/read-article'
import { planDeck } from '../../scripts/plan'
import { renderSlidev } from '../../scripts/render'

/** Reads, parses and plans an article file, the way the pipeline does. */
export async function planFile(path: string): Promise<Deck> {
  const text = decodeArticle(path, await readFile(path))
  return planDeck(parseArticle({ path, text }))
}

/** Plans and renders an article file into Slidev Markdown, images as placeholders. */
export async function renderFile(path: string, themePath: string): Promise<{ deck: Deck, markdown: string }> {
  const deck = await planFile(path)
  return { deck, markdown: renderSlidev(deck, { themePath }) }
}
