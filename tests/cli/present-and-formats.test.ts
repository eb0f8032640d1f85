import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCommand } from '../helpers/run-cli'

describe('npm run present', () => {
  it('says how to get a deck when the folder has none, with exit code 2', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'present-'))
    const result = await runCommand('present', [empty])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/exports\/site: no built deck here; run npm run deck first/)
  })

  it('refuses a port that is not a number and a port that is taken', async () => {
    const bad = await runCommand('present', ['--port', 'eighty'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--port takes a port number, not eighty/)
    const taken = createServer()
    await new Promise<void>(resolve => taken.listen(0, '127.0.0.1', resolve))
    const port = (taken.address() as { port: number }).port
    const dir = mkdtempSync(join(tmpdir(), 'present-'))
    const result = await runCommand('present', ['--watch', 'tests/fixtures/en-basic/input.md', '--out', dir, '--port', String(port)])
    taken.close()
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(new RegExp(`cannot serve on port ${port}`))
  })
})

describe('npm run deck options', () => {
  it('refuses unknown formats and handout layouts before doing anything', async () => {
    const formats = await runCommand('deck', ['--formats', 'pdf,docx'])
    expect(formats.code).toBe(2)
    expect(formats.stderr).toMatch(/unknown format docx: choose from pdf, png, pptx, handout, site, notes, review or all/)
    const handout = await runCommand('deck', ['--handout', '4'])
    expect(handout.code).toBe(2)
    expect(handout.stderr).toMatch(/--handout takes 1, 2 or 3 slides a page, not 4/)
    const pptx = await runCommand('deck', ['--pptx', 'slides'])
    expect(pptx.code).toBe(2)
    expect(pptx.stderr).toMatch(/--pptx takes native or pictures, not slides/)
    const minutes = await runCommand('deck', ['--minutes=0'])
    expect(minutes.code).toBe(2)
    expect(minutes.stderr).toMatch(/--minutes takes the talk's length/)
  })
})
