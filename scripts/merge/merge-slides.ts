import type { SlideChunk } from './split-slides'
import { diff3Merge } from 'node-diff3'
import { joinSlides, slideStartLines, splitSlides } from './split-slides'

/** A generated `slides.md` with what the article gave each of its slides (see `contentFingerprints`). */
export interface Generation {
  markdown: string
  /** By slide id: a fingerprint of the slide's content without the talk's timing and numbering. */
  fingerprints: Readonly<Record<string, string>>
}

/** One slide of a merged deck: a generated slide (by its index in the new generation), or the speaker's. */
export type MergedSlide
  = | { from: 'article', index: number }
    /** `index`: the generated slide it replaces, when the article still makes a slide of that origin. */
    | { from: 'speaker', chunk: SlideChunk, change: 'changed' | 'added', index?: number }

/** A slide the speaker changed whose part of the article changed too: the speaker's stays. */
export interface MergeConflict {
  /** Its number in the merged deck (1-based). */
  slide: number
  /** The generated slide it stands for, in the new generation. */
  index: number
}

/** What a merge made and what it kept of the speaker's. */
export interface MergeResult {
  markdown: string
  slides: MergedSlide[]
  /** The line each merged slide starts at in `markdown` (1-based). */
  lines: number[]
  conflicts: MergeConflict[]
  /** Ids of generated slides the speaker deleted (they stay deleted). */
  removed: string[]
  /** Numbers (1-based) of speaker's changed slides whose origin the article no longer makes: kept where they were. */
  orphaned: number[]
  /** The new versions of the conflicting slides, for `slides.new.md` (empty without conflicts). */
  newVersions: string
}

/** How the speaker's file relates to the base: each of its slides as it was generated, changed, or added. */
interface SpeakerSlide {
  chunk: SlideChunk
  change: 'kept' | 'changed' | 'added'
}

/**
 * Merges three versions of a deck slide by slide, by each slide's `origin`: `base` is the
 * deck the tool generated last, `mine` the speaker's `slides.md` made from it, `next` the
 * deck generated now. A slide the speaker changed keeps the speaker's version: with the
 * new time and numbering when the article left its content alone, byte for byte (a
 * conflict) when the article changed it too; a slide the speaker deleted stays deleted; a slide the
 * speaker added stays after the slide it followed; every other slide, and every slide for
 * a new part of the article, is the new generation's, in the article's order. Pure.
 */
export function mergeSlides(base: Generation, mine: string, next: Generation): MergeResult {
  const baseChunks = splitSlides(base.markdown)
  const baseText = new Map(baseChunks.flatMap(chunk => (chunk.id === undefined ? [] : [[chunk.id, chunk.text]])))
  const speaker = classify(baseText, splitSlides(mine))
  const generated = splitSlides(next.markdown)
  const kept = new Map(speaker.filter(slide => slide.change !== 'added').map(slide => [slide.chunk.id!, slide]))
  const removed = baseChunks.flatMap(chunk => (chunk.id !== undefined && !kept.has(chunk.id) ? [chunk.id] : []))
  const gone = new Set(removed)
  const slides: MergedSlide[] = []
  const placed = new Map<SlideChunk, MergedSlide>()
  generated.forEach((chunk, index) => {
    if (chunk.id !== undefined && gone.has(chunk.id))
      return
    const own = chunk.id === undefined ? undefined : kept.get(chunk.id)
    const slide: MergedSlide = own?.change === 'changed' ? { from: 'speaker', chunk: own.chunk, change: 'changed', index } : { from: 'article', index }
    slides.push(slide)
    if (own)
      placed.set(own.chunk, slide)
  })
  const orphans = placeSpeakerSlides(slides, speaker, placed)
  const changedUnder = (slide: MergedSlide): slide is Extract<MergedSlide, { from: 'speaker' }> & { index: number } => slide.from === 'speaker' && slide.index !== undefined && base.fingerprints[slide.chunk.id!] !== next.fingerprints[slide.chunk.id!]
  const texts = slides.map((slide) => {
    if (slide.from === 'article')
      return generated[slide.index]!.text
    if (slide.index === undefined || changedUnder(slide))
      return slide.chunk.text
    return refreshPlace(slide.chunk.text, baseText.get(slide.chunk.id!)!, generated[slide.index]!.text)
  })
  const conflicts = slides.flatMap((slide, position): MergeConflict[] => (changedUnder(slide) ? [{ slide: position + 1, index: slide.index }] : []))
  return {
    markdown: joinSlides(texts),
    slides,
    lines: slideStartLines(texts),
    conflicts,
    removed,
    orphaned: orphans.map(slide => slides.indexOf(slide) + 1),
    newVersions: conflicts.length > 0 ? joinSlides(conflicts.map(conflict => generated[conflict.index]!.text)) : '',
  }
}

/**
 * A changed slide whose content the article left as it was, with the new generation's
 * timing and numbering (its time, where the talk is, its section's number), merged line
 * by line; where those lines are ones the speaker changed too, the speaker's slide as it is.
 */
function refreshPlace(mine: string, base: string, next: string): string {
  const regions = diff3Merge(mine.split('\n'), base.split('\n'), next.split('\n'), { excludeFalseConflicts: true })
  if (regions.some(region => region.conflict))
    return mine
  return regions.flatMap(region => region.ok ?? []).join('\n')
}

/** Each slide of the speaker's file, as the base (each slide's text by id) generated it, changed, or added (a copy of a slide counts as added). */
function classify(generated: ReadonlyMap<string, string>, mine: readonly SlideChunk[]): SpeakerSlide[] {
  const claimed = new Set<string>()
  return mine.map((chunk) => {
    const id = chunk.id
    if (id === undefined || !generated.has(id) || claimed.has(id))
      return { chunk, change: 'added' }
    claimed.add(id)
    return { chunk, change: generated.get(id) === chunk.text ? 'kept' : 'changed' }
  })
}

/**
 * Puts the speaker's slides that no generated slide stands for (added ones, and changed
 * ones whose part of the article is gone) after the slide they followed in the speaker's
 * file; returns the changed ones so placed.
 */
function placeSpeakerSlides(slides: MergedSlide[], speaker: readonly SpeakerSlide[], placed: ReadonlyMap<SlideChunk, MergedSlide>): MergedSlide[] {
  const orphans: MergedSlide[] = []
  let cursor = 0
  for (const { chunk, change } of speaker) {
    const there = placed.get(chunk)
    if (there) {
      cursor = slides.indexOf(there) + 1
      continue
    }
    if (change === 'kept')
      continue
    const slide: MergedSlide = { from: 'speaker', chunk, change: change === 'added' ? 'added' : 'changed' }
    slides.splice(cursor++, 0, slide)
    if (change === 'changed')
      orphans.push(slide)
  }
  return orphans
}
