import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildKey } from '../../scripts/export/build-key'

const root = mkdtempSync(join(tmpdir(), 'build-key-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('buildKey', () => {
  it('stays the same for the same sources and changes when any of them changes', async () => {
    const theme = join(root, 'theme')
    const deck = join(root, 'deck')
    mkdirSync(join(theme, 'layouts'), { recursive: true })
    mkdirSync(join(deck, 'assets/images'), { recursive: true })
    writeFileSync(join(theme, 'layouts/cover.vue'), '<template><h1>cover</h1></template>')
    writeFileSync(join(theme, 'package-lock.json'), '{}')
    writeFileSync(join(deck, 'slides.md'), '# One\n')
    writeFileSync(join(deck, 'assets/images/a.png'), 'png-bytes')
    const entry = join(deck, 'slides.md')
    const first = await buildKey(entry, theme)
    expect(await buildKey(entry, theme)).toBe(first)

    writeFileSync(entry, '# Two\n')
    const changedDeck = await buildKey(entry, theme)
    expect(changedDeck).not.toBe(first)

    writeFileSync(join(deck, 'assets/images/a.png'), 'other-bytes')
    const changedImage = await buildKey(entry, theme)
    expect(changedImage).not.toBe(changedDeck)

    writeFileSync(join(theme, 'layouts/cover.vue'), '<template><h1>new cover</h1></template>')
    const changedTheme = await buildKey(entry, theme)
    expect(changedTheme).not.toBe(changedImage)

    writeFileSync(join(theme, 'package-lock.json'), '{"lockfileVersion":3}')
    expect(await buildKey(entry, theme)).not.toBe(changedTheme)
  })
})
