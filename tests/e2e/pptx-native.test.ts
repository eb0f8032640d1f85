import type { NativeReport } from '../helpers/native-pptx-report'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { findSoffice } from '../helpers/libreoffice'
import { nativeReport } from '../helpers/native-pptx-report'
import { useSharedDeck } from '../helpers/shared-deck'

const deckDir = inject('deckDir')
const exports = join(deckDir, 'exports')

useSharedDeck()

/** Least share of the slides' titles and points that must be text in LibreOffice's PDF. */
const MIN_TEXT_SHARE = 0.95

/** Least similarity of each page to the slide's PNG: 64x36 grayscale thumbnails, 1 minus their mean difference over 255. */
const MIN_SIMILARITY = 0.95

/**
 * Least share of what each slide shows beyond its background that LibreOffice draws in
 * place (see `Similarity.content`), for the median slide and for every slide:
 * LibreOffice draws with the deck's fonts but its own rasteriser and line placement, so
 * glyphs differ a little; a slide drawn elsewhere or left blank scores 0 or less.
 */
const MIN_CONTENT = { median: 0.5, each: 0.3 }

/**
 * LibreOffice is needed to open the file. CI installs it (`.ci/run`, which sets `CI`):
 * there a missing one fails these tests; elsewhere they are skipped without it.
 */
const soffice = findSoffice()
const required = Boolean(process.env.CI)

describe.skipIf(!soffice && !required)('the native PowerPoint file, opened in LibreOffice Impress', () => {
  let report: NativeReport

  beforeAll(async () => {
    if (!soffice)
      throw new Error('LibreOffice (soffice) is not installed, and CI installs it: apt-get install libreoffice-impress')
    const work = join(deckDir, '.pptx-libreoffice')
    rmSync(work, { recursive: true, force: true })
    report = await nativeReport(join(exports, 'slides.pptx'), join(deckDir, 'slides.md'), join(exports, 'png'), work)
  }, 240_000)

  it('has a page per slide', () => {
    expect(report.pages).toBe(report.slides)
  })

  it('has the slides\' titles and points as text, not pictures', () => {
    expect(report.missing).toEqual(expect.any(Array))
    expect(report.textShare, report.missing.join('\n')).toBeGreaterThanOrEqual(MIN_TEXT_SHARE)
  })

  it('has every slide\'s title in its title placeholder', () => {
    expect(report.titleProblems).toEqual([])
  })

  it('has the notes of every slide that has notes in its notes page', () => {
    expect(report.slidesWithNotes).toBeGreaterThan(report.slides / 2)
    expect(report.notesPages).toBe(report.slidesWithNotes)
  })

  it('looks like the slides\' PNGs, page by page', () => {
    const content = report.similarity.map(score => score.content).sort((a, b) => a - b)
    for (const [index, score] of report.similarity.entries()) {
      expect(score.absolute, `page ${index + 1}`).toBeGreaterThanOrEqual(MIN_SIMILARITY)
      expect(score.content, `page ${index + 1}`).toBeGreaterThanOrEqual(MIN_CONTENT.each)
    }
    expect(content[Math.floor(content.length / 2)]).toBeGreaterThanOrEqual(MIN_CONTENT.median)
  })
})
