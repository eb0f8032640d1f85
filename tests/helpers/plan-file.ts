import type { Deck } from '../../scripts/model/deck'
import type { ParsedArticle } from '../../scripts/parse'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { parseArticle } from '../../scripts/parse'
import { parseSidecar } from '../../scripts/parse/parse-sidecar'
import { decodeArticle } from '../../scripts/parse/read-article'
import { readFitHints } from '../../scripts/pipeline/fit-file'
import { sidecarPaths } from '../../scripts/pipeline/read-sidecar'
import { planDeck } from '../../scripts/plan'
import { renderSlidev } from '../../scripts/render'

/** Reads, parses and plans an article file, the way the pipeline does (with the fit hints kept in `fitDir`, if any). */
export async function planFile(path: string, fitDir?: string): Promise<Deck> {
  return planDeck(await parseFile(path), { fit: fitDir ? await readFitHints(fitDir) : undefined })
}

/** Reads and parses an article file and its sidecar, if it has one. */
export async function parseFile(path: string): Promise<ParsedArticle> {
  const text = decodeArticle(path, await readFile(path))
  const sidecarPath = sidecarPaths(path).find(candidate => existsSync(candidate))
  const sidecar = sidecarPath ? parseSidecar(await readFile(sidecarPath, 'utf8'), sidecarPath) : undefined
  const parsed = parseArticle({ path, text }, sidecar?.sidecar)
  return { ...parsed, diagnostics: [...(sidecar?.diagnostics ?? []), ...parsed.diagnostics] }
}

/** Plans and renders an article file into Slidev Markdown, images as placeholders. */
export async function renderFile(path: string, themePath: string, fitDir?: string): Promise<{ deck: Deck, markdown: string }> {
  const deck = await planFile(path, fitDir)
  return { deck, markdown: renderSlidev(deck, { themePath }) }
}
