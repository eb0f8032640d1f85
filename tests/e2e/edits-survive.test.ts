import type { CliResult } from '../helpers/run-cli'
import type { WatchProcess } from '../helpers/watch-process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { splitSlides } from '../../scripts/merge'
import { freePort } from '../helpers/free-port'
import { pdfPageTexts } from '../helpers/pdf'
import { readPptx } from '../helpers/pptx'
import { runCommand } from '../helpers/run-cli'
import { ADDED_AFTER, ADDED_SECTION, ADDED_SENTENCE, DELETED, EDITS, editSlides, GARDEN_ARTICLE, GARDEN_ARTICLE_CHANGED, OWN_SLIDE, REWRITTEN, slideOf } from '../helpers/speaker-edits'
import { startWatch } from '../helpers/watch-process'

/** A slide of the speaker's that cannot fit: far more points than a slide holds. */
const CROWDED_TITLE = 'Everything I want to say'
const CROWDED = `---\n\n# ${CROWDED_TITLE}\n\n${Array.from({ length: 24 }, (_, index) => `- Point ${index + 1}: a long line the speaker wrote by hand, too many of them for one slide`).join('\n')}\n`

let deck: string
let slides: string
let edited: string
let result: CliResult

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'edits-deck-'))
  const article = join(dir, 'article.md')
  deck = join(dir, 'deck')
  slides = join(deck, 'slides.md')
  writeFileSync(article, GARDEN_ARTICLE)
  expect((await runCommand('generate', [article, '--out', deck])).code).toBe(0)
  edited = `${editSlides(readFileSync(slides, 'utf8'))}\n${CROWDED}`
  writeFileSync(slides, edited)
  writeFileSync(article, GARDEN_ARTICLE_CHANGED)
  result = await runCommand('deck', [article, '--out', deck, '--formats', 'pdf,pptx,notes'])
}, 300_000)

describe('npm run deck on a slides.md the speaker edited', () => {
  it('exports the merged deck: the PDF, the PowerPoint file and the talk script hold the edits', async () => {
    expect(result.code, result.stderr).toBe(0)
    const merged = readFileSync(slides, 'utf8')
    const count = splitSlides(merged).length
    const pages = await pdfPageTexts(join(deck, 'exports/slides.pdf'))
    expect(pages).toHaveLength(count)
    const pdf = pages.join('\n')
    expect(pdf).toContain('Mulch is a blanket for the soil')
    expect(pdf).toContain('A wire guard keeps the rabbits off')
    expect(pdf).toContain('A slide of my own')
    expect(pdf).not.toContain(REWRITTEN)
    const pptx = await readPptx(join(deck, 'exports/slides.pptx'))
    expect(pptx.slides).toBe(count)
    expect(pptx.notes.join('\n')).toContain('Mention the seed swap at the library.')
    const zip = await JSZip.loadAsync(readFileSync(join(deck, 'exports/slides.pptx')))
    const texts = await Promise.all(Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name)).map(name => zip.file(name)!.async('string')))
    expect(texts.join('\n')).toContain('A wire guard keeps the rabbits off')
    expect(readFileSync(join(deck, 'exports/notes.md'), 'utf8')).toContain('Mention the seed swap at the library.')
  })

  it('warns of a hand-written slide that overflows at its line in slides.md, and leaves it as written', () => {
    const merged = readFileSync(slides, 'utf8')
    const chunks = splitSlides(merged)
    const crowded = chunks.findIndex(chunk => chunk.title === CROWDED_TITLE)
    expect(chunks[crowded]!.text).toBe(CROWDED)
    const line = chunks.slice(0, crowded).reduce((count, chunk) => count + chunk.text.split('\n').length, 1)
    expect(result.stderr).toContain(`${slides}:${line}: warning: slide ${crowded + 1} "${CROWDED_TITLE}": overflows`)
    for (const edit of Object.values(EDITS))
      expect(merged).toContain(edit.to.trim())
  })
})

describe('present --watch on a slides.md the speaker edits while it runs', () => {
  let watch: WatchProcess | undefined
  afterAll(() => watch?.stop())

  it('keeps every edit when the article changes, and warns where both changed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'edits-watch-'))
    const article = join(dir, 'article.md')
    const watched = join(dir, 'deck', 'slides.md')
    writeFileSync(article, GARDEN_ARTICLE)
    watch = await startWatch(article, join(dir, 'deck'), await freePort())
    const edited = editSlides(readFileSync(watched, 'utf8'))
    writeFileSync(watched, edited)
    writeFileSync(article, GARDEN_ARTICLE_CHANGED)
    await expect.poll(() => watch!.log(), { timeout: 30_000 }).toMatch(/regenerated \d+ slides in \d+ ms; your edits kept: 4 slides changed, 1 added, 1 removed/)
    const merged = readFileSync(watched, 'utf8')
    for (const edit of Object.values(EDITS))
      expect(slideOf(merged, edit.origin)).toContain(edit.to)
    expect(slideOf(merged, EDITS.title.origin)).toBe(slideOf(edited, EDITS.title.origin))
    expect(slideOf(merged, DELETED)).toBeUndefined()
    const chunks = splitSlides(merged)
    expect(chunks[chunks.findIndex(chunk => chunk.text === OWN_SLIDE) - 1]?.id).toBe(ADDED_AFTER)
    expect(merged).toContain(ADDED_SENTENCE)
    expect(chunks.some(chunk => chunk.id?.startsWith(`${ADDED_SECTION}:`))).toBe(true)
    expect(watch.log()).toMatch(/slides\.md:\d+: warning: slide \d+ "Mulch is a blanket for the soil": the article changed under your edit \(article\.md:7-9\)/)
    expect(readFileSync(join(dir, 'deck', 'slides.new.md'), 'utf8')).toContain(REWRITTEN)
  }, 180_000)
})
