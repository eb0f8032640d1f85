import type { RootContent } from 'mdast'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../scripts/parse'
import { generateFrom } from '../../scripts/pipeline/generate'
import { isComplete } from '../../scripts/verify/check-coverage'

describe('text the deck loses', () => {
  it('is a warning naming the sentence and its line, and the whole deck is still written', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'lost-')), 'talk.md')
    const parsed = parseArticle({ path, text: '# Talk\n\n## Part\n\nThe first sentence is kept. The second one too.\n' })
    // A block no planner rule reads: its sentence is in the article but on no slide and in no notes.
    const unread = { type: 'unknownContainer', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'This sentence cannot be found.' }], position: { start: { line: 7, column: 1 }, end: { line: 7, column: 31 } } }] } as unknown as RootContent
    parsed.tree.children.push(unread)
    const out = mkdtempSync(join(tmpdir(), 'lost-out-'))
    const result = await generateFrom({ article: path, parsed, diagnostics: [] }, { outDir: out, offline: true })
    expect(isComplete(result.coverage)).toBe(false)
    expect(result.diagnostics).toContainEqual({ severity: 'warning', file: path, line: 7, message: 'the deck lost this sentence of the article (it is neither on a slide nor in the notes): "This sentence cannot be found."' })
    expect(existsSync(result.slidesPath)).toBe(true)
    expect(readFileSync(result.slidesPath, 'utf8')).toContain('<strong>The first sentence is kept</strong>.')
  })
})
