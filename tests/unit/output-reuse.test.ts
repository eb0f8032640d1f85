import type { Deck } from '../../scripts/model/deck'
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { outputKey, recordOutputs, reuseOutput } from '../../scripts/export/output-reuse'

const root = mkdtempSync(join(tmpdir(), 'output-reuse-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const deck = { meta: { title: 'Talk', lang: 'en', source: 'talk.md' }, slides: [] } as unknown as Deck
const input = { format: 'pdf', fingerprints: ['a', 'b'], deck, options: null }

describe('outputKey', () => {
  it('changes with the page, the deck, the options and the format', () => {
    const key = outputKey(input)
    expect(key).toMatch(/^[0-9a-f]{64}$/)
    expect(outputKey({ ...input })).toBe(key)
    expect(outputKey({ ...input, fingerprints: ['a', 'c'] })).not.toBe(key)
    expect(outputKey({ ...input, deck: { ...deck, meta: { ...deck.meta, title: 'Other' } } })).not.toBe(key)
    expect(outputKey({ ...input, options: 2 })).not.toBe(key)
    expect(outputKey({ ...input, format: 'handout' })).not.toBe(key)
  })

  it('is none when a slide has no fingerprint, or there are none', () => {
    expect(outputKey({ ...input, fingerprints: ['a', null] })).toBeUndefined()
    expect(outputKey({ ...input, fingerprints: [] })).toBeUndefined()
  })
})

describe('reuseOutput', () => {
  it('links the last file only when its key matches and the file is still the one recorded', async () => {
    const cacheDir = join(root, 'cache')
    const exports = join(root, 'exports')
    const staging = join(root, 'staging')
    mkdirSync(cacheDir, { recursive: true })
    mkdirSync(exports, { recursive: true })
    mkdirSync(staging, { recursive: true })
    const previous = join(exports, 'slides.pdf')
    writeFileSync(previous, '%PDF-1.7 last')
    await recordOutputs(cacheDir, [{ format: 'pdf', key: 'k1', file: previous }])
    const reuse = (key: string | undefined, staged: string) => reuseOutput({ cacheDir, format: 'pdf', key, previous, staged })
    expect(await reuse('k2', join(staging, 'a.pdf'))).toBe(false)
    expect(await reuse(undefined, join(staging, 'b.pdf'))).toBe(false)
    expect(await reuse('k1', join(staging, 'c.pdf'))).toBe(true)
    expect(statSync(join(staging, 'c.pdf')).ino).toBe(statSync(previous).ino)
    const later = new Date(Date.now() + 5000)
    utimesSync(previous, later, later)
    expect(await reuse('k1', join(staging, 'd.pdf')), 'a file changed since').toBe(false)
  })
})
