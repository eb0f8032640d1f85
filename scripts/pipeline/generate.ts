import type { Diagnostic } from '../lib/diagnostics'
import type { Deck } from '../model/deck'
import type { ParsedArticle } from '../parse'
import type { FitHints } from '../plan/fit-hints'
import type { CoverageReport } from '../verify/check-coverage'
import { mkdir, rename } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { writeFile } from '../lib/files'
import { assertReplaceableFile, readOwned, recordOwned, sha256 } from '../lib/owned-files'
import { PROJECT_ROOT, relativeFrom } from '../lib/paths'
import { parseArticle, readArticle } from '../parse'
import { planDeck } from '../plan'
import { renderSlidev } from '../render'
import { checkCoverage, coverageWarnings } from '../verify/check-coverage'
import { bundleEmojiFont } from './emoji-font'
import { readFitHints } from './fit-file'
import { checkOutFolder } from './out-folder'
import { readSidecar } from './read-sidecar'
import { resolveImages } from './resolve-images'

/** Options for {@link generateDeck}. */
export interface GenerateOptions extends GenerateFromOptions {
  article: string
}

/** How {@link generateFrom} plans, renders and writes a read article. */
export interface GenerateFromOptions {
  /** Folder that receives `slides.md`. */
  outDir: string
  /** Never use the network: remote images not downloaded before become placeholders. */
  offline?: boolean
  /** What the fit check asked of slides that did not fit (default: what the last `npm run deck` here kept). */
  fit?: FitHints
  /** Length of the talk (default: estimated from the spoken text). */
  minutes?: number
  /** Folder that root-relative image links resolve against (`--assets`; default: searched above the article). */
  assetsDir?: string
  /** Fetch remote images (default true; `--no-remote-images`). */
  remoteImages?: boolean
  /** Fetch remote images from loopback and private addresses too (`--allow-private-images`). */
  allowPrivateImages?: boolean
}

/** A generated deck: where it was written, its plan, and what was noticed. */
export interface GenerateResult {
  slidesPath: string
  deck: Deck
  /** Images that could not be shown: the deck was planned without them, and so is every plan of its fix rounds. */
  unavailableImages: ReadonlySet<string>
  markdown: string
  coverage: CoverageReport
  diagnostics: Diagnostic[]
}

/** An article read and parsed once, with its sidecar: what every plan of it starts from. */
export interface ArticleInput {
  /** Path of the article. */
  article: string
  parsed: ParsedArticle
  /** What reading the sidecar noticed. */
  diagnostics: Diagnostic[]
}

/** Reads and parses an article and its sidecar (`<article>.deck.yaml`); bad input throws. */
export async function readArticleInput(article: string): Promise<ArticleInput> {
  const source = await readArticle(article)
  const sidecar = await readSidecar(article)
  return { article, parsed: parseArticle(source, sidecar.sidecar), diagnostics: sidecar.diagnostics }
}

/**
 * Plans the deck of a read article, checks that the deck keeps every sentence, number
 * and line of code (what it lost is a warning naming the article's line), and writes
 * `slides.md` into the output folder; the file is replaced in one rename, and only when
 * it is the one the tool wrote last (the caller has checked the rest of the folder with
 * `checkOutFolder`).
 */
export async function generateFrom({ article, parsed, diagnostics }: ArticleInput, { outDir, offline = false, fit, minutes, assetsDir, remoteImages = true, allowPrivateImages = false }: GenerateFromOptions): Promise<GenerateResult> {
  const absoluteOut = resolve(outDir)
  const plan = { fit: fit ?? await readFitHints(absoluteOut), minutes }
  const imageOptions = { offline, assetsDir, remoteImages, allowPrivate: allowPrivateImages }
  const first = planDeck(parsed, plan)
  const images = await resolveImages(first, resolve(article), absoluteOut, imageOptions)
  // An image that cannot be shown is left out of the slides (its slide planned without it), not drawn as a placeholder.
  const deck = images.unavailable.size > 0 ? planDeck(parsed, { ...plan, unavailableImages: images.unavailable }) : first
  const renderOptions = { themePath: relativeFrom(absoluteOut, PROJECT_ROOT), resolveImage: images.resolveImage }
  const plain = renderSlidev(deck, renderOptions)
  const deckStyle = await bundleEmojiFont(plain, absoluteOut)
  const markdown = deckStyle ? renderSlidev(deck, { ...renderOptions, deckStyle }) : plain
  const coverage = checkCoverage(parsed.tree, markdown, deck.meta.lang)
  const slidesPath = join(absoluteOut, 'slides.md')
  await assertReplaceableFile(absoluteOut, slidesPath, { record: await readOwned(absoluteOut), next: markdown })
  await mkdir(absoluteOut, { recursive: true })
  const temporary = `${slidesPath}.${process.pid}.tmp`
  await writeFile(temporary, markdown)
  await rename(temporary, slidesPath)
  await recordOwned(absoluteOut, { files: { [slidesPath]: sha256(markdown) } })
  return { slidesPath, deck, unavailableImages: images.unavailable, markdown, coverage, diagnostics: [...diagnostics, ...parsed.diagnostics, ...deck.diagnostics, ...images.diagnostics, ...coverageWarnings(coverage, article)] }
}

/**
 * Reads an article, plans the deck, checks that the deck keeps every sentence, number
 * and line of code, and writes `slides.md` into the output folder (see
 * {@link readArticleInput} and {@link generateFrom}). Bad input, or a folder holding
 * something of the user's the run would replace, throws before anything is written.
 */
export async function generateDeck(options: GenerateOptions): Promise<GenerateResult> {
  const input = await readArticleInput(options.article)
  await checkOutFolder(resolve(options.outDir))
  return generateFrom(input, options)
}
