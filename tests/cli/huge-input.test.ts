import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateDeck } from '../../scripts/pipeline/generate'
import { isComplete } from '../../scripts/verify/check-coverage'
import { runCommand } from '../helpers/run-cli'

/**
 * Odd and huge articles. Every rule that reads article text runs in time linear in it, so
 * each of these takes seconds; a rule that turns quadratic again takes minutes and fails
 * here by the timeout (speed itself is measured in the benchmark, not here).
 */
const TIMEOUT = 60_000

const dir = mkdtempSync(join(tmpdir(), 'huge-input-'))
const paragraphs = (...texts: string[]) => `# T\n\n${texts.join('\n\n')}\n`

/** Articles that make a deck, by what is odd about them. */
const LONG: Record<string, string> = {
  'a line of 300,000 characters of words': paragraphs('word '.repeat(60_000)),
  'a line of 300,000 characters without a space': paragraphs('x'.repeat(300_000)),
  'a line of 300,000 Chinese characters': paragraphs('模型训练数据'.repeat(50_000)),
  'a paragraph of 15,000 sentences': paragraphs('This is a sentence. '.repeat(15_000)),
  '30,000 `*a_`': paragraphs('*a_'.repeat(30_000)),
  '50,000 `[`, `(` and `<`': paragraphs('['.repeat(50_000), '('.repeat(50_000), '<'.repeat(50_000)),
  '30,000 `**a`, `_a*` and `~a`': paragraphs(...['**a', '_a*', '~a'].map(unit => unit.repeat(30_000))),
}

/** Articles nested too deep to read, with the one line that says so. */
const DEEP: Record<string, { text: string, line: number, depth: number }> = {
  'a quote nested 2,000 deep': { text: paragraphs(`${'> '.repeat(2000)}deep`), line: 3, depth: 2000 },
  'a list nested 1,000 deep': { text: paragraphs(Array.from({ length: 1000 }, (_, level) => `${'  '.repeat(level)}- item`).join('\n')), line: 1002, depth: 1000 },
}

const articleOf = (name: string) => join(dir, `${name.replace(/\W+/g, '-')}.md`)

beforeAll(() => {
  for (const [name, text] of Object.entries({ ...LONG, ...Object.fromEntries(Object.entries(DEEP).map(([deep, { text }]) => [deep, text])) }))
    writeFileSync(articleOf(name), text)
})

describe('generating the deck of huge articles (in this process: the command adds only its start)', () => {
  it.each(Object.keys(LONG))('%s: makes the deck, every sentence kept', async (name) => {
    const out = join(dir, `out-${name.replace(/\W+/g, '-')}`)
    const result = await generateDeck({ article: articleOf(name), outDir: out, offline: true })
    expect(isComplete(result.coverage)).toBe(true)
    expect(existsSync(join(out, 'slides.md'))).toBe(true)
  }, TIMEOUT)
})

describe('npm run generate on articles nested too deep', () => {
  it.each(Object.keys(DEEP))('%s: one line naming the line and the depth, exit 2, nothing written', async (name) => {
    const { line, depth } = DEEP[name]!
    const out = join(dir, `out-${name.replace(/\W+/g, '-')}`)
    const article = articleOf(name)
    const { code, stderr } = await runCommand('generate', [article, '--out', out], {}, TIMEOUT)
    expect(stderr.trim().split('\n')).toEqual([`error: ${article}:${line}: nests quotes or lists ${depth} deep; at most 100 levels can be read`])
    expect(code).toBe(2)
    expect(existsSync(join(out, 'slides.md'))).toBe(false)
  }, TIMEOUT)
})
