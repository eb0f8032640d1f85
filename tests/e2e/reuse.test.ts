import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { ROOT, runCommand } from '../helpers/run-cli'
import { useSharedDeck } from '../helpers/shared-deck'

const deckDir = inject('deckDir')

useSharedDeck()

/** The formats made from the print view, whose files a rerun may use again. */
const IN_PAGE_OUTPUTS = ['slides.pdf', 'slides.pptx', 'handout.pdf']

const inodes = (exportsDir: string) => Object.fromEntries(IN_PAGE_OUTPUTS.map(name => [name, statSync(join(exportsDir, name)).ino]))

describe('a rerun of npm run deck', () => {
  it('uses the last PDF, PowerPoint file and handout again when nothing changed, and makes them anew after an edit, keeping the pictures and measures of unchanged slides', async () => {
    const dir = join(ROOT, 'tests/.tmp/reuse')
    rmSync(dir, { recursive: true, force: true })
    cpSync(deckDir, dir, { recursive: true })
    mkdirSync(join(dir, 'article'), { recursive: true })
    const article = join(dir, 'article/article.md')
    const text = readFileSync(join(ROOT, 'tests/fixtures/e2e/article.md'), 'utf8')
    writeFileSync(article, text)
    const exportsDir = join(dir, 'exports')
    const run = async () => {
      const result = await runCommand('deck', [article, '--out', dir])
      expect(result.code, result.stderr).toBe(0)
      return result
    }

    await run()
    const first = inodes(exportsDir)
    const record = JSON.parse(readFileSync(join(dir, '.deck-cache/outputs.json'), 'utf8')) as Record<string, unknown>
    expect(Object.keys(record).sort()).toEqual(['handout', 'pdf', 'pptx'])

    const firstReport = readFileSync(join(exportsDir, 'check.json'), 'utf8')
    const unchanged = await run()
    expect(unchanged.stderr).toMatch(/^reuse /m)
    expect(unchanged.stderr, 'the print view is not opened again: what it showed and every measure are kept').toMatch(/^seen /m)
    expect(unchanged.stderr).not.toMatch(/^slides /m)
    expect(inodes(exportsDir), 'the same files, linked again').toEqual(first)
    expect(readFileSync(join(exportsDir, 'check.json'), 'utf8')).toBe(firstReport)

    const pictures = readdirSync(join(dir, '.deck-cache/pptx')).sort()
    writeFileSync(article, text.replace('测试让我们敢于修改代码。', '测试让我们敢于修改代码，也敢于删掉代码。'))
    const edited = await run()
    expect(edited.stderr).toMatch(/^build /m)
    const after = inodes(exportsDir)
    for (const name of IN_PAGE_OUTPUTS)
      expect(after[name], `${name} made anew`).not.toBe(first[name])
    const kept = readdirSync(join(dir, '.deck-cache/pptx')).filter(name => pictures.includes(name))
    expect(pictures.length).toBeGreaterThan(0)
    expect(kept.length, 'the pictures of the slides the edit left alone are kept').toBeGreaterThanOrEqual(pictures.length - 1)

    // The slides the edit left alone took their measures from the last run: the check reads the same as when every slide is measured anew.
    const report = readFileSync(join(exportsDir, 'check.json'), 'utf8')
    const measures = JSON.parse(readFileSync(join(dir, '.deck-cache/measures.json'), 'utf8')) as Record<string, unknown>
    expect(Object.keys(measures)).toHaveLength((JSON.parse(report) as { slides: unknown[] }).slides.length)
    rmSync(join(dir, '.deck-cache/measures.json'))
    const remeasured = await run()
    expect(remeasured.stderr, 'with no measures kept, the unchanged site\'s print view is opened and measured').toMatch(/^slides /m)
    expect(readFileSync(join(exportsDir, 'check.json'), 'utf8')).toBe(report)
  }, 240_000)
})
