import type { Diagnostic } from '../lib/diagnostics'
import type { Deck } from '../plan/types'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseArticle, readArticle } from '../parse'
import { planDeck } from '../plan'
import { renderSlidev } from '../render'
import { PROJECT_ROOT, relativeFrom } from './paths'
import { resolveImages } from './resolve-images'

/** Options for {@link generateDeck}. */
export interface GenerateOptions {
  article: string
  /** Folder that receives `slides.md`. */
  outDir: string
}

/** A generated deck: where it was written, its plan, and what was noticed. */
export interface GenerateResult {
  slidesPath: string
  deck: Deck
  markdown: string
  diagnostics: Diagnostic[]
}

/**
 * Reads an article, plans the deck and writes `slides.md` into the output folder.
 * Bad input throws before anything is written; the file is replaced in one rename.
 */
export async function generateDeck({ article, outDir }: GenerateOptions): Promise<GenerateResult> {
  const source = await readArticle(article)
  const parsed = parseArticle(source)
  const deck = planDeck(parsed)
  const absoluteOut = resolve(outDir)
  const images = resolveImages(deck, resolve(article), absoluteOut)
  const markdown = renderSlidev(deck, { themePath: relativeFrom(absoluteOut, PROJECT_ROOT), resolveImage: images.resolveImage })
  const slidesPath = join(absoluteOut, 'slides.md')
  await mkdir(absoluteOut, { recursive: true })
  const temporary = `${slidesPath}.${process.pid}.tmp`
  await writeFile(temporary, markdown)
  await rename(temporary, slidesPath)
  return { slidesPath, deck, markdown, diagnostics: [...parsed.diagnostics, ...images.diagnostics] }
}
