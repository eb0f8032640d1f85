import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { ROOT, runCommand } from '../helpers/run-cli'

describe('npm run generate', () => {
  it('writes DIR/slides.md for a given article, pointing at the project theme', async () => {
    const out = mkdtempSync(join(tmpdir(), 'generate-'))
    const result = await runCommand('generate', ['tests/fixtures/en-basic/input.md', '--out', out])
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/generate\s+\d+ slides -> /)
    const slides = readFileSync(join(out, 'slides.md'), 'utf8')
    expect(slides).toContain('# Shipping Small Pull Requests')
    const theme = String(parseSync(slides, 'slides.md').slides[0]!.frontmatter.theme)
    expect(join(out, theme)).toBe(ROOT.replace(/\/$/, ''))
  })

  it('rejects unknown options with exit code 2', async () => {
    const result = await runCommand('generate', ['--bogus'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^error: Unknown option '--bogus'/)
  })
})
