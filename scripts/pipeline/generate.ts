import type { Diagnostic } from '../lib/diagnostics'
import type { Deck } from '../model/deck'
import type { ParsedArticle } from '../parse'
import type { FitHints } from '../plan/fit-hints'
import type { CoverageReport } from '../verify/check-coverage'
import type { EditsKept, SpeakerEdits } from './speaker-edits'
import { resolve } from 'node:path'
import { PROJECT_ROOT, relativeFrom } from '../lib/paths'
import { mergedDeck, mergeSlides } from '../merge'
import { parseArticle, readArticle } from '../parse'
import { planDeck } from '../plan'
import { contentFingerprints, renderSlides } from '../render'
import { checkCoverage, coverageWarnings } from '../verify/check-coverage'
import { bundleEmojiFont } from './emoji-font'
import { readFitHints } from './fit-file'
import { checkOutFolder } from './out-folder'
import { readSidecar } from './read-sidecar'
import { resolveImages } from './resolve-images'
import { countEdits, hasEdits, mergeWarnings, readSpeakerEdits, writeSlides } from './speaker-edits'

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
  /** Start over from the article: the speaker's changes to `slides.md` are not merged (the file is backed up). */
  fresh?: boolean
  /** The speaker's `slides.md` and its base, as read when the command started (default: read now). */
  edits?: SpeakerEdits
}

/** A generated deck: where it was written, its plan, and what was noticed. */
export interface GenerateResult {
  slidesPath: string
  deck: Deck
  /** Images that could not be shown: the deck was planned without them, and so is every plan of its fix rounds. */
  unavailableImages: ReadonlySet<string>
  markdown: string
  coverage: CoverageReport
  /** What the merge kept of the speaker's edits to `slides.md` (none: there were none). */
  edits?: EditsKept
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
 * `slides.md` into the output folder, replaced in one rename. When the speaker changed
 * the `slides.md` the tool generated here last, the new generation is merged with their
 * changes slide by slide (see `mergeSlides`; `fresh` starts over), and the result's deck
 * is the merged one; a `slides.md` the tool never wrote is refused (the caller has
 * checked the rest of the folder with `checkOutFolder`).
 */
export async function generateFrom({ article, parsed, diagnostics }: ArticleInput, { outDir, offline = false, fit, minutes, assetsDir, remoteImages = true, allowPrivateImages = false, fresh = false, edits: given }: GenerateFromOptions): Promise<GenerateResult> {
  const absoluteOut = resolve(outDir)
  const plan = { fit: fit ?? await readFitHints(absoluteOut), minutes }
  const imageOptions = { offline, assetsDir, remoteImages, allowPrivate: allowPrivateImages }
  const first = planDeck(parsed, plan)
  const images = await resolveImages(first, resolve(article), absoluteOut, imageOptions)
  // An image that cannot be shown is left out of the slides (its slide planned without it), not drawn as a placeholder.
  const deck = images.unavailable.size > 0 ? planDeck(parsed, { ...plan, unavailableImages: images.unavailable }) : first
  const renderOptions = { themePath: relativeFrom(absoluteOut, PROJECT_ROOT), resolveImage: images.resolveImage }
  const plain = renderSlides(deck, renderOptions)
  const deckStyle = await bundleEmojiFont(plain.join('\n'), absoluteOut)
  const rendered = deckStyle ? renderSlides(deck, { ...renderOptions, deckStyle }) : plain
  const markdown = rendered.join('\n')
  const coverage = talkCoverage(checkCoverage(parsed.tree, markdown, deck.meta.lang), deck, parsed, rendered)
  const generation = { markdown, fingerprints: contentFingerprints(deck, renderOptions) }
  const edits = given ?? await readSpeakerEdits(absoluteOut)
  const merge = !fresh && hasEdits(edits) ? mergeSlides(edits.base, edits.mine, generation) : undefined
  const merged = merge ? mergedDeck(deck, merge) : deck
  const slidesPath = await writeSlides(absoluteOut, { markdown: merge?.markdown ?? markdown, generation, edits, newVersions: merge?.newVersions ?? '', fresh })
  const mergeDiagnostics = merge ? mergeWarnings(merge, merged, deck, { slidesPath, article }) : []
  return {
    slidesPath,
    deck: merged,
    unavailableImages: images.unavailable,
    markdown: merge?.markdown ?? markdown,
    coverage,
    ...(merge ? { edits: countEdits(merge) } : {}),
    diagnostics: [...diagnostics, ...parsed.diagnostics, ...deck.diagnostics, ...images.diagnostics, ...coverageWarnings(coverage, article), ...mergeDiagnostics],
  }
}

/** A coverage report that also counts the sentences in the talk (the rendered slides before the backup slides), when the deck has backup slides. */
function talkCoverage(coverage: CoverageReport, deck: Deck, parsed: ParsedArticle, rendered: readonly string[]): CoverageReport {
  const backup = deck.slides.findIndex(slide => slide.backup)
  if (backup < 0)
    return coverage
  const talk = rendered.slice(0, backup).join('\n')
  return { ...coverage, sentences: { ...coverage.sentences, inTalk: checkCoverage(parsed.tree, talk, deck.meta.lang).sentences.kept } }
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
