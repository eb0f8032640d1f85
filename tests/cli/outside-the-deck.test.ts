import { Buffer } from 'node:buffer'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { generateDeck } from '../../scripts/pipeline/generate'
import { checkOutFolder, recordWritten } from '../../scripts/pipeline/out-folder'
import { ROOT, runCommand } from '../helpers/run-cli'

/** Long enough for a run that works, short of a hang: these runs end in a second or two. */
const HANG_MS = 30_000
/** A deck run that must stop before it builds: any browser path will do, none is started. */
const NO_BROWSER = { DECK_BROWSER_PATH: process.execPath }
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex')

function folder(name: string): string {
  return mkdtempSync(join(tmpdir(), `${name}-`))
}

/** Generates the deck of an article's text with the command; checks it kept every sentence and number without a warning, and returns its slides.md. */
async function generateWhole(name: string, text: string): Promise<string> {
  const dir = folder(name)
  const article = join(dir, 'article.md')
  writeFileSync(article, text)
  const result = await runCommand('generate', [article, '--out', dir])
  expect(result.code).toBe(0)
  expect(result.stderr).not.toContain('warning')
  expect(result.stderr).toMatch(/kept (\d+)\/\1 sentences, (\d+)\/\2 numbers/)
  return readFileSync(join(dir, 'slides.md'), 'utf8')
}

/** Writes a file at a path inside a folder, making the folders on the way. */
function writeInside(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true })
  writeFileSync(join(dir, path), text)
}

/** Every file under a folder, with its bytes. */
function snapshot(dir: string): Map<string, string> {
  return new Map(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(name => statSync(join(dir, name)).isFile()).map(name => [name, readFileSync(join(dir, name)).toString('base64')]))
}

/** Whether some file under a folder holds these bytes. */
function holdsBytes(dir: string, bytes: Buffer): boolean {
  return [...snapshot(dir).values()].some(data => Buffer.from(data, 'base64').includes(bytes))
}

describe('what cannot be an article: one line, exit 2, no wait', () => {
  it('refuses a named pipe without waiting for a writer', async () => {
    const dir = folder('fifo')
    const fifo = join(dir, 'talk.md')
    execFileSync('mkfifo', [fifo])
    const result = await runCommand('generate', [fifo, '--out', join(dir, 'out')], {}, HANG_MS)
    expect(result.code).toBe(2)
    expect(result.stderr.trim()).toBe(`error: ${fifo}: is a named pipe (FIFO), not a Markdown file`)
  })

  it('refuses a device that never ends (/dev/zero) before reading it', async () => {
    const dir = folder('device')
    const result = await runCommand('generate', ['/dev/zero', '--out', dir], {}, HANG_MS)
    expect(result.code).toBe(2)
    expect(result.stderr.trim()).toBe('error: /dev/zero: is a device, not a Markdown file')
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('dollar amounts are text, not formulas', () => {
  it('keeps every sentence of prices in headings and prose, and still reads formulas', async () => {
    const slides = await generateWhole('dollars', '# Pricing\n\n## Plans from $5 to $10 a month\n\nThe basic plan costs $2.50 and $3 for extras. Abroad it is US$100 a year, $10-$20 for teams.\n\nA formula $x^2 + y$ stays a formula.\n')
    expect(slides).toContain('Plans from \\$5 to \\$10 a month')
    expect(slides).toContain('\\$2.50 and \\$3')
    expect(slides).toContain('US\\$100')
    expect(slides).toContain('\\$10-\\$20')
    expect(slides).toContain('$x^2 + y$')
  })
})

describe('real articles\' odd corners keep their text', () => {
  it('ends a bare URL before the CJK text after it, and keeps a footnote written inside a list', async () => {
    const slides = await generateWhole('cjk-url', '# 凸优化\n\n## 参考资料\n\n讲义见https://www.cs.example.edu/~name/notes/convex.pdf，请课前阅读。\n\n1. 凸组合的权重非负且和为一[^4]。\n\n    [^4]: [Convex Combination](https://en.wikipedia.org/wiki/Convex_combination)，维基百科的词条。\n\n2. 凸包是所有凸组合的集合。\n')
    expect(slides).toContain('href="https://www.cs.example.edu/~name/notes/convex.pdf"')
    expect(slides).toContain('Convex Combination')
  })
})

describe('images from outside the article\'s folder and site are never read', () => {
  it('leaves out an absolute path of the disk, or a root-relative path above the site, with a warning, and reads neither', async () => {
    const dir = folder('root-relative')
    mkdirSync(join(dir, 'Pictures'))
    mkdirSync(join(dir, 'blog/posts'), { recursive: true })
    writeFileSync(join(dir, 'blog/hugo.toml'), 'title = "a site"\n')
    const secret = Buffer.concat([PNG, Buffer.from('PRIVATE-SCAN-BYTES')])
    writeFileSync(join(dir, 'Pictures/scan.png'), secret)
    const article = join(dir, 'blog/posts/post.md')
    writeFileSync(article, `# Post\n\n## Scans\n\nMy scan is here.\n\n![scan](${join(dir, 'Pictures/scan.png')})\n\n![above](/../Pictures/scan.png)\n`)
    const out = join(dir, 'out')
    const result = await runCommand('generate', [article, '--out', out])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain(`${article}:7: warning: image ${join(dir, 'Pictures/scan.png')} not found`)
    expect(result.stderr).toMatch(/post\.md:9: warning: image \/\.\.\/Pictures\/scan\.png not shown: it lies outside/)
    expect(holdsBytes(out, Buffer.from('PRIVATE-SCAN-BYTES'))).toBe(false)
    expect(readFileSync(join(out, 'slides.md'), 'utf8')).toContain('(Figure not shown: scan, ')
  })
})

describe('the user\'s files in the output folder are never replaced or written through', () => {
  const article = 'tests/fixtures/en-basic/input.md'

  it('stops, in one line, before replacing a slides.md the tool did not write, and leaves it as it was', async () => {
    const out = folder('own-slides')
    writeFileSync(join(out, 'slides.md'), '# My own talk\n')
    const foreign = await runCommand('generate', [article, '--out', out])
    expect(foreign.code).toBe(2)
    expect(foreign.stderr.trim()).toBe(`error: ${join(out, 'slides.md')} was not written by this tool, and the run would replace it; move it away (or give another --out) and run again`)
    expect(readFileSync(join(out, 'slides.md'), 'utf8')).toBe('# My own talk\n')
  })

  it('merges a slides.md edited since the tool wrote it instead of replacing it, and keeps the edited file', async () => {
    const out = folder('edited-slides')
    const options = { article: join(ROOT, article), outDir: out, offline: true }
    await generateDeck(options)
    await generateDeck(options)
    const mine = `${readFileSync(join(out, 'slides.md'), 'utf8')}\n---\n\n# A slide of my own\n`
    writeFileSync(join(out, 'slides.md'), mine)
    const result = await generateDeck(options)
    expect(result.edits).toEqual({ changed: 0, added: 1, removed: 0, conflicts: 0 })
    expect(readFileSync(join(out, 'slides.md'), 'utf8')).toBe(mine)
    expect(readFileSync(join(out, '.deck-cache/slides.before.md'), 'utf8')).toBe(mine)
  })

  it.each([
    ['slides.fit.json', '{"my": "settings"}\n'],
    ['exports/site/mine.html', '<p>mine</p>'],
    ['exports/slides.pdf', '%PDF-1.4 mine'],
    ['exports/check.json', '{}'],
  ])('an export stops before replacing the user\'s %s', async (name, text) => {
    const out = folder('own-exports')
    writeInside(out, name, text)
    const before = snapshot(out)
    await expect(checkOutFolder(out, ['site', 'slides.pdf', 'png'])).rejects.toThrow(`${join(out, name)} was not written by this tool`)
    expect(snapshot(out)).toEqual(before)
  })

  it('an export replaces what it wrote itself, files and folders, and nothing else', async () => {
    const out = folder('own-again')
    writeInside(out, 'exports/site/index.html', '<p>deck</p>')
    writeInside(out, 'exports/slides.pdf', '%PDF-1.4 deck')
    writeInside(out, 'slides.fit.json', '{"Topic@3": {"step": "m"}}\n')
    await recordWritten(out, [join(out, 'exports/site'), join(out, 'exports/slides.pdf')])
    await expect(checkOutFolder(out, ['site', 'slides.pdf'])).resolves.toBeUndefined()
    writeInside(out, 'exports/site/mine.html', '<p>mine</p>')
    await expect(checkOutFolder(out, ['site', 'slides.pdf'])).rejects.toThrow('exports/site/mine.html was not written by this tool, and the run would delete it with')
  })

  it('the deck command refuses a symbolic link as exports, in one line, and writes nothing where it points', async () => {
    const out = folder('linked')
    const elsewhere = folder('elsewhere')
    writeFileSync(join(elsewhere, 'keep.txt'), 'the user\'s file')
    symlinkSync(elsewhere, join(out, 'exports'))
    const result = await runCommand('deck', [article, '--out', out], NO_BROWSER)
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n').at(-1)).toBe(`error: ${join(out, 'exports')} is a symbolic link, and the tool writes nothing through a link; make it a folder of its own, or give another --out`)
    expect(readdirSync(elsewhere)).toEqual(['keep.txt'])
    expect(existsSync(join(out, 'slides.md'))).toBe(false)
  })

  it.each(['assets', 'assets/images', '.deck-cache'])('refuses a symbolic link as %s', async (name) => {
    const out = folder('linked')
    const elsewhere = folder('elsewhere')
    mkdirSync(dirname(join(out, name)), { recursive: true })
    symlinkSync(elsewhere, join(out, name))
    await expect(checkOutFolder(out)).rejects.toThrow(`${join(out, name)} is a symbolic link`)
    expect(readdirSync(elsewhere)).toEqual([])
  })
})
