import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { joinSlides, splitSlides } from '../../scripts/merge'
import { ROOT, runCommand } from '../helpers/run-cli'

/** The slides of `slides.md` after the closing slide (its `layout: "end"`). */
function afterClosing(markdown: string): string[] {
  const slides = splitSlides(markdown)
  const closing = slides.findIndex(slide => slide.frontmatter.layout === 'end')
  expect(closing).toBeGreaterThan(0)
  return slides.slice(closing + 1).map(slide => slide.text)
}

describe('npm run generate -- --minutes N', () => {
  it('plans a talk of N minutes with the rest as backup slides, says where the sentences went, and keeps the speaker\'s edit when N changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talk-length-'))
    const article = join(dir, 'article.md')
    copyFileSync(join(ROOT, 'articles/why-chatgpt.md'), article)
    const deck = join(dir, 'deck')
    const short = await runCommand('generate', [article, '--out', deck, '--minutes', '5'])
    expect(short.code, short.stderr).toBe(0)
    const split = /kept (\d+)\/(\d+) sentences \((\d+) in the talk, (\d+) in backup slides\)/.exec(short.stderr)
    expect(split, short.stderr).not.toBeNull()
    const [, kept, all, inTalk, inBackup] = split!.map(Number)
    expect(kept).toBe(all)
    expect(inTalk! + inBackup!).toBe(kept)
    expect(inBackup).toBeGreaterThan(0)
    const slidesPath = join(deck, 'slides.md')
    const first = readFileSync(slidesPath, 'utf8')
    const backup = afterClosing(first)
    expect(backup.length).toBeGreaterThan(0)
    expect(backup.every(slide => /^section: "备用 · /m.test(slide))).toBe(true)

    // The speaker retitles the first content slide of the talk; a longer talk keeps the new title.
    const slides = splitSlides(first)
    const target = slides.findIndex(slide => slide.frontmatter.layout === 'content' && /^# /m.test(slide.text))
    expect(target).toBeGreaterThan(0)
    writeFileSync(slidesPath, joinSlides(slides.map((slide, index) => (index === target ? slide.text.replace(/^# .*$/m, '# 我的标题') : slide.text))))
    const longer = await runCommand('generate', [article, '--out', deck, '--minutes', '15'])
    expect(longer.code, longer.stderr).toBe(0)
    const regenerated = readFileSync(slidesPath, 'utf8')
    expect(regenerated).toContain('# 我的标题')
    expect(afterClosing(regenerated).length).toBeLessThan(backup.length)
  })
})
