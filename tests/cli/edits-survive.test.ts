import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitSlides } from '../../scripts/merge'
import { runCommand } from '../helpers/run-cli'
import { ADDED_AFTER, ADDED_SECTION, ADDED_SENTENCE, DELETED, EDITS, editSlides, GARDEN_ARTICLE, GARDEN_ARTICLE_CHANGED, OWN_SLIDE, REWRITTEN, slideOf } from '../helpers/speaker-edits'

/** A folder outside the project holding the article, with the deck's folder in it. */
function articleFolder(): { article: string, deck: string } {
  const dir = mkdtempSync(join(tmpdir(), 'edits-'))
  writeFileSync(join(dir, 'article.md'), GARDEN_ARTICLE)
  return { article: join(dir, 'article.md'), deck: join(dir, 'deck') }
}

/** A slide's lines the speaker changed, found in a slide of the merged file. */
function expectEdit(markdown: string, edit: { origin: string, to: string }): void {
  const slide = slideOf(markdown, edit.origin)
  expect(slide, edit.origin).toBeDefined()
  expect(slide).toContain(edit.to)
}

describe('the speaker\'s edits to slides.md survive regeneration', () => {
  it('keeps a changed title, a reworded point, notes, a layout, a deleted and an added slide after the article changed; warns where both changed', async () => {
    const { article, deck } = articleFolder()
    expect((await runCommand('generate', [article, '--out', deck])).code).toBe(0)
    const slides = join(deck, 'slides.md')
    const edited = editSlides(readFileSync(slides, 'utf8'))
    writeFileSync(slides, edited)
    writeFileSync(article, GARDEN_ARTICLE_CHANGED)

    const result = await runCommand('generate', [article, '--out', deck])
    expect(result.code).toBe(0)
    const merged = readFileSync(slides, 'utf8')
    for (const edit of Object.values(EDITS))
      expectEdit(merged, edit)
    // Where the article changed under the speaker's edit, the speaker's slide is there byte for byte.
    expect(slideOf(merged, EDITS.title.origin)).toBe(slideOf(edited, EDITS.title.origin))
    expect(slideOf(merged, DELETED)).toBeUndefined()
    const chunks = splitSlides(merged)
    const own = chunks.findIndex(chunk => chunk.text === OWN_SLIDE)
    expect(own).toBeGreaterThan(0)
    expect(chunks[own - 1]!.id).toBe(ADDED_AFTER)
    expect(merged).toContain(ADDED_SENTENCE)
    expect(chunks.some(chunk => chunk.id?.startsWith(`${ADDED_SECTION}:`))).toBe(true)
    expect(merged).not.toContain(REWRITTEN)
    const conflicted = chunks.findIndex(chunk => chunk.id === EDITS.title.origin)
    const line = chunks.slice(0, conflicted).reduce((count, chunk) => count + chunk.text.split('\n').length, 1)
    expect(result.stderr).toContain(`${slides}:${line}: warning: slide ${conflicted + 1} "Mulch is a blanket for the soil": the article changed under your edit (article.md:7-9); your version is kept, the new version is in slides.new.md`)
    expect(readFileSync(join(deck, 'slides.new.md'), 'utf8')).toContain(REWRITTEN)
    expect(result.stderr).toContain('your edits kept: 4 slides changed, 1 added, 1 removed in slides.md; 1 where the article changed too')
    expect(result.stderr).toMatch(/kept (\d+)\/\1 sentences/)
    expect(readFileSync(join(deck, '.deck-cache/slides.before.md'), 'utf8')).toBe(edited)

    // A rerun with nothing changed writes the same file.
    expect((await runCommand('generate', [article, '--out', deck])).code).toBe(0)
    expect(readFileSync(slides, 'utf8')).toBe(merged)

    // --fresh: the plain generation, the edited file in the backup.
    const fresh = await runCommand('generate', [article, '--out', deck, '--fresh'])
    expect(fresh.code).toBe(0)
    const plain = articleFolder()
    writeFileSync(plain.article, GARDEN_ARTICLE_CHANGED)
    expect((await runCommand('generate', [plain.article, '--out', plain.deck])).code).toBe(0)
    expect(readFileSync(slides, 'utf8')).toBe(readFileSync(join(plain.deck, 'slides.md'), 'utf8').replaceAll(plain.article, article))
    expect(readFileSync(join(deck, '.deck-cache/slides.before.md'), 'utf8')).toBe(merged)
    expect(existsSync(join(deck, 'slides.new.md'))).toBe(false)
  })

  it('keeps a slides.md the speaker left as generated in step with the article, with no backup', async () => {
    const { article, deck } = articleFolder()
    expect((await runCommand('generate', [article, '--out', deck])).code).toBe(0)
    writeFileSync(article, GARDEN_ARTICLE_CHANGED)
    const result = await runCommand('generate', [article, '--out', deck])
    expect(result.code).toBe(0)
    expect(result.stderr).not.toContain('your edits')
    expect(readFileSync(join(deck, 'slides.md'), 'utf8')).toContain(REWRITTEN)
    expect(existsSync(join(deck, '.deck-cache/slides.before.md'))).toBe(false)
  })
})
