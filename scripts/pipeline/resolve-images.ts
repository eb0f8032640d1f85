import type { Diagnostic } from '../lib/diagnostics'
import type { Block, Deck } from '../plan/types'
import type { ImageResolver } from '../render'
import { existsSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { relativeFrom } from './paths'

/** Where a deck's images come from, and what was wrong with them. */
export interface ResolvedImages {
  resolveImage: ImageResolver
  diagnostics: Diagnostic[]
}

/**
 * Decides how each image of a deck is shown: a local image that exists is referenced
 * from the deck's folder; a remote image gets a placeholder (the deck loads nothing
 * from outside the machine); a missing local image gets a placeholder and a diagnostic.
 */
export function resolveImages(deck: Deck, articlePath: string, outDir: string): ResolvedImages {
  const resolved = new Map<string, string | undefined>()
  const diagnostics: Diagnostic[] = []
  const articleDir = dirname(articlePath)
  for (const block of deck.slides.flatMap(slide => collectImages(slide.kind === 'content' ? slide.blocks : []))) {
    if (resolved.has(block.src))
      continue
    if (block.remote) {
      resolved.set(block.src, undefined)
      diagnostics.push({ severity: 'warning', message: `remote image ${block.src} is shown as a placeholder (no download in this version)`, file: articlePath, line: block.line })
      continue
    }
    const file = resolve(articleDir, decodeURI(block.src.replace(/[?#].*$/, '')))
    if (existsSync(file) && statSync(file).isFile()) {
      resolved.set(block.src, relativeFrom(outDir, file))
    }
    else {
      resolved.set(block.src, undefined)
      diagnostics.push({ severity: 'warning', message: `image ${block.src} not found; a placeholder is shown`, file: articlePath, line: block.line })
    }
  }
  return { resolveImage: block => resolved.get(block.src), diagnostics }
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
