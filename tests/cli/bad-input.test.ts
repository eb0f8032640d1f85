import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCommand } from '../helpers/run-cli'

const dir = mkdtempSync(join(tmpdir(), 'bad-input-'))
const inputs: Record<string, Uint8Array | string | null> = {
  'missing.md': null,
  'empty.md': '',
  'blank.md': '  \n\t\n   \r\n',
  'binary.md': Uint8Array.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  'latin1.md': Uint8Array.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xE9, 0x0A]),
}
const problems: Record<string, string> = {
  'missing.md': 'file not found',
  'empty.md': 'is empty',
  'blank.md': 'contains only whitespace',
  'binary.md': 'is a binary file',
  'latin1.md': 'is not valid UTF-8 text',
}

beforeAll(() => {
  for (const [name, content] of Object.entries(inputs)) {
    if (content !== null)
      writeFileSync(join(dir, name), content)
  }
})

describe.each(['generate', 'deck'] as const)('npm run %s with unusable input', (command) => {
  it.each(Object.keys(inputs))('%s: one line naming the file and the problem, exit 2, nothing written', async (name) => {
    const out = join(dir, `out-${command}-${name}`)
    mkdirSync(out, { recursive: true })
    writeFileSync(join(out, 'slides.md'), 'previous deck\n')
    const article = join(dir, name)
    const result = await runCommand(command, [article, '--out', out], { DECK_BROWSER_PATH: process.execPath })
    expect(result.code).toBe(2)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toBe(`error: ${article}: ${lines[0]!.slice(`error: ${article}: `.length)}`)
    expect(lines[0]).toContain(problems[name])
    expect(readdirSync(out)).toEqual(['slides.md'])
    expect(readFileSync(join(out, 'slides.md'), 'utf8')).toBe('previous deck\n')
  })
})

describe('npm run deck without a browser', () => {
  it('says how to install one and exits 2 before writing anything', async () => {
    const out = join(dir, 'out-no-browser')
    const result = await runCommand('deck', ['--out', out], {
      PATH: join(dir, 'no-such-bin'),
      DECK_BROWSER_PATH: '',
      PLAYWRIGHT_BROWSERS_PATH: join(dir, 'no-playwright-browsers'),
    })
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: no Chromium or Chrome found .*apt-get install chromium.*DECK_BROWSER_PATH/)])
    expect(() => readdirSync(out)).toThrow()
  })
})
