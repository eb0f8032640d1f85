import type { Diagnostic } from '../lib/diagnostics'
import type { Block, Deck } from '../model/deck'
import type { ImageResolver } from '../render'
import type { FetchImageOptions } from './fetch-image'
import { dirname, join } from 'node:path'
import { relativeFrom } from '../lib/paths'
import { fetchImage, findDownloaded } from './fetch-image'
import { copyLocalImage } from './local-image'

/** Where a deck's images come from, and what was wrong with them. */
export interface ResolvedImages {
  resolveImage: ImageResolver
  /** The images (by source as written) that cannot be shown. */
  unavailable: Set<string>
  diagnostics: Diagnostic[]
}

/** Options for {@link resolveImages}. */
export interface ResolveImagesOptions extends FetchImageOptions {
  /** Never use the network: remote images not already downloaded cannot be shown (left out of the slides, named in the notes). */
  offline?: boolean
  /** Fetch remote images at all (`--no-remote-images` sets false: no remote image is shown). */
  remoteImages?: boolean
  /** Folder that root-relative image links (`/images/x.png`) resolve against (`--assets`). */
  assetsDir?: string
  /** Downloads at the same time. */
  concurrency?: number
}

/** Folder, inside the deck's folder, that receives the article's images (downloaded or copied). */
export const IMAGE_DIR = 'assets/images'

/**
 * Decides how each image of a deck is shown. A local image is checked and copied into
 * `assets/images/` beside the deck (Slidev imports nothing from outside the deck's folder;
 * see {@link copyLocalImage} for what is read); a remote image is downloaded into `assets/images/` beside the
 * deck (bounded wait, a few at a time; a host that timed out once is not asked again),
 * so the built deck loads nothing from outside the machine. An image that cannot be had
 * is `unavailable` (the deck is planned without it: its alt text and source go to the
 * notes), with a diagnostic at its line.
 */
export async function resolveImages(deck: Deck, articlePath: string, outDir: string, { offline = false, remoteImages = true, assetsDir, concurrency = 4, ...fetchOptions }: ResolveImagesOptions = {}): Promise<ResolvedImages> {
  const resolved = new Map<string, string | undefined>()
  const diagnostics: Diagnostic[] = []
  const articleDir = dirname(articlePath)
  const images = uniqueBySource(deck.slides.flatMap(slide => collectImages(slide.kind === 'content' ? slide.blocks : [])))
  const remote = images.filter(image => image.remote)
  for (const image of images.filter(candidate => !candidate.remote)) {
    const copied = await copyLocalImage(image.src, { articleDir, assetsDir }, join(outDir, IMAGE_DIR))
    if ('file' in copied) {
      resolved.set(image.src, relativeFrom(outDir, copied.file))
      continue
    }
    resolved.set(image.src, undefined)
    const problem = copied.problem.startsWith('not found') ? copied.problem : `not shown: ${copied.problem}`
    diagnostics.push({ severity: 'warning', message: `image ${image.src} ${problem}; it is left out of the slides (named in the notes)`, file: articlePath, line: image.line })
  }
  const deadHosts = new Set<string>()
  const queue = [...remote]
  const worker = async () => {
    for (let image = queue.shift(); image; image = queue.shift()) {
      const host = hostOf(image.src)
      const cached = offline && remoteImages ? await findDownloaded(image.src, join(outDir, IMAGE_DIR)) : undefined
      const result = cached
        ? { file: cached }
        : !remoteImages
            ? { problem: 'remote images are off (--no-remote-images)' }
            : offline
              ? { problem: 'downloads are off (--offline)' }
              : deadHosts.has(host)
                ? { problem: `its host ${host} did not answer before` }
                : await fetchImage(image.src, join(outDir, IMAGE_DIR), fetchOptions)
      if ('file' in result) {
        resolved.set(image.src, relativeFrom(outDir, result.file))
        continue
      }
      if (result.problem.startsWith('the host did not answer'))
        deadHosts.add(host)
      resolved.set(image.src, undefined)
      diagnostics.push({ severity: 'warning', message: `remote image ${image.src} is left out of the slides (named in the notes): ${result.problem}`, file: articlePath, line: image.line })
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker))
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  const unavailable = new Set([...resolved].filter(([, file]) => file === undefined).map(([src]) => src))
  return { resolveImage: block => resolved.get(block.src), unavailable, diagnostics }
}

function hostOf(url: string): string {
  try {
    return new URL(url.startsWith('//') ? `https:${url}` : url).host
  }
  catch {
    return url
  }
}

function uniqueBySource(images: Extract<Block, { type: 'image' }>[]): Extract<Block, { type: 'image' }>[] {
  const seen = new Set<string>()
  return images.filter(image => !seen.has(image.src) && seen.add(image.src))
}

function collectImages(blocks: readonly Block[]): Extract<Block, { type: 'image' }>[] {
  return blocks.flatMap((block) => {
    if (block.type === 'image')
      return [block]
    if (block.type === 'quote')
      return collectImages(block.blocks)
    return []
  })
}
