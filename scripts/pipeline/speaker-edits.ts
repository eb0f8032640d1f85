import type { Diagnostic } from '../lib/diagnostics'
import type { Generation, MergeResult } from '../merge'
import type { Deck } from '../model/deck'
import { existsSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { writeFileAtomic } from '../lib/files'
import { assertReplaceableFile, CACHE_DIR, readOwned, recordOwned, refuseLinks, sha256 } from '../lib/owned-files'
import { deckPaths } from '../lib/paths'

/** The deck the tool generated last in a folder, in {@link CACHE_DIR}: the base the speaker's edits are found against. */
const BASE_FILE = 'base.json'
/** The speaker's `slides.md` as it was before a run replaced it, in {@link CACHE_DIR}. */
export const BACKUP_FILE = 'slides.before.md'
/** Beside `slides.md`: the new versions of slides where the speaker's edit and the article's change met. */
export const NEW_VERSIONS_FILE = 'slides.new.md'

/** A deck folder's `slides.md` as the speaker left it, and the generation it was made from. */
export interface SpeakerEdits {
  /** The speaker's `slides.md` (none: no file yet). */
  mine?: string
  /** What the tool generated last here (none: never, or before it kept its base). */
  base?: Generation
}

/** Reads what a run merges with: the folder's `slides.md` and the last generation (either may be missing). */
export async function readSpeakerEdits(outDir: string): Promise<SpeakerEdits> {
  const mine = await readFile(deckPaths(outDir).slides, 'utf8').catch(() => undefined)
  const text = await readFile(join(outDir, CACHE_DIR, BASE_FILE), 'utf8').catch(() => undefined)
  let base: Generation | undefined
  try {
    const data = text === undefined ? undefined : JSON.parse(text) as Partial<Generation>
    base = typeof data?.markdown === 'string' && typeof data.fingerprints === 'object' && data.fingerprints !== null ? { markdown: data.markdown, fingerprints: data.fingerprints } : undefined
  }
  catch {
    base = undefined
  }
  return { ...(mine === undefined ? {} : { mine }), ...(base ? { base } : {}) }
}

/** Whether the speaker's file holds changes to merge: it exists, and differs from the generation it was made from. */
export function hasEdits(edits: SpeakerEdits): edits is Required<SpeakerEdits> {
  return edits.mine !== undefined && edits.base !== undefined && edits.mine !== edits.base.markdown
}

/** What {@link writeSlides} writes. */
export interface SlidesToWrite {
  /** The deck: the generation, or the generation merged with the speaker's edits. */
  markdown: string
  /** The generation alone: the base of the next run's merge. */
  generation: Generation
  edits: SpeakerEdits
  /** The new versions of conflicting slides (empty: none; an earlier run's `slides.new.md` stays until `fresh` removes it). */
  newVersions: string
  /** Start over from the article: no merge, and a `slides.md` of the speaker's is replaced (after its backup). */
  fresh: boolean
}

/**
 * Writes `slides.md` and the base of the next merge. Before it replaces a `slides.md`
 * that holds the speaker's work (changed since the tool wrote it, or, with `fresh`,
 * different from the generation), it keeps a copy in `.deck-cache/slides.before.md`.
 * Without a base (a folder the tool never generated into), a `slides.md` the tool did not
 * write is refused as before. The new versions of conflicting slides go to `slides.new.md`
 * (replacing only an earlier one of the tool's). Returns the path of `slides.md`.
 */
export async function writeSlides(outDir: string, { markdown, generation, edits, newVersions, fresh }: SlidesToWrite): Promise<string> {
  const slidesPath = deckPaths(outDir).slides
  const record = await readOwned(outDir)
  if (edits.base === undefined && !fresh)
    await assertReplaceableFile(outDir, slidesPath, { record, next: markdown })
  await refuseLinks([slidesPath, join(outDir, CACHE_DIR)])
  const written = record.files[basename(slidesPath)]
  const mine = edits.mine
  const speakers = mine !== undefined && (sha256(mine) !== written || (fresh && mine !== edits.base?.markdown && mine !== markdown))
  if (speakers)
    await writeFileAtomic(join(outDir, CACHE_DIR, BACKUP_FILE), mine)
  await writeFileAtomic(slidesPath, markdown)
  await writeFileAtomic(join(outDir, CACHE_DIR, BASE_FILE), `${JSON.stringify(generation)}\n`)
  const newPath = join(outDir, NEW_VERSIONS_FILE)
  if (newVersions) {
    await assertReplaceableFile(outDir, newPath, { record, next: newVersions })
    await writeFileAtomic(newPath, newVersions)
  }
  else if (fresh && existsSync(newPath) && record.files[NEW_VERSIONS_FILE] === sha256(await readFile(newPath))) {
    await rm(newPath)
  }
  await recordOwned(outDir, { files: { [slidesPath]: sha256(markdown), ...(newVersions ? { [newPath]: sha256(newVersions) } : fresh ? { [newPath]: undefined } : {}) } })
  return slidesPath
}

/** What a merge kept of the speaker's, for the summary line. */
export interface EditsKept {
  changed: number
  added: number
  removed: number
  conflicts: number
}

/** Counts what a merge kept of the speaker's slides. */
export function countEdits(merge: MergeResult): EditsKept {
  const speaker = merge.slides.filter(slide => slide.from === 'speaker')
  return { changed: speaker.filter(slide => slide.change === 'changed').length, added: speaker.filter(slide => slide.change === 'added').length, removed: merge.removed.length, conflicts: merge.conflicts.length }
}

/**
 * Warnings on the merge, at the speaker's slides in `slides.md`: each slide where the
 * article changed under the speaker's edit (naming the article's lines and where the new
 * version is), and each changed slide whose part of the article is gone.
 */
export function mergeWarnings(merge: MergeResult, merged: Deck, generated: Deck, { slidesPath, article }: { slidesPath: string, article: string }): Diagnostic[] {
  const titleOf = (slide: Deck['slides'][number] | undefined) => (slide && 'title' in slide ? slide.title : '')
  const conflicts = merge.conflicts.map((conflict): Diagnostic => {
    const span = generated.slides[conflict.index]?.span
    const where = span ? `${basename(article)}:${span.from}-${span.to}` : basename(article)
    return { severity: 'warning', file: slidesPath, line: merge.lines[conflict.slide - 1], message: `slide ${conflict.slide} "${titleOf(merged.slides[conflict.slide - 1])}": the article changed under your edit (${where}); your version is kept, the new version is in ${NEW_VERSIONS_FILE}` }
  })
  const orphans = merge.orphaned.map((number): Diagnostic => ({ severity: 'warning', file: slidesPath, line: merge.lines[number - 1], message: `slide ${number} "${titleOf(merged.slides[number - 1])}": the part of the article this slide was made from is gone; your version is kept` }))
  return [...conflicts, ...orphans]
}
