import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { keepSeenView, readSeenView } from '../../scripts/export/seen-view'

describe('what a print view showed, kept for the same site', () => {
  let dir: string | undefined
  afterEach(() => {
    if (dir)
      rmSync(dir, { recursive: true, force: true })
  })

  const of = { buildKey: 'a1', browser: 'Chromium 140', dark: false }
  const view = { fingerprints: ['f1', null, 'f3'], consoleErrors: ['boom'], blockedRequests: [] }

  it('is found for the same build, browser and colour scheme only', async () => {
    dir = mkdtempSync(join(tmpdir(), 'seen-view-'))
    expect(await readSeenView(dir, of), 'nothing kept yet').toBeUndefined()
    await keepSeenView(dir, of, view)
    expect(await readSeenView(dir, of)).toEqual(view)
    expect(await readSeenView(dir, { ...of, buildKey: 'a2' }), 'another site').toBeUndefined()
    expect(await readSeenView(dir, { ...of, browser: 'Chromium 141' }), 'another browser').toBeUndefined()
    expect(await readSeenView(dir, { ...of, dark: true }), 'the dark scheme').toBeUndefined()
  })

  it('keeps only the last view, and a record it cannot read is no record', async () => {
    dir = mkdtempSync(join(tmpdir(), 'seen-view-'))
    await keepSeenView(dir, of, view)
    await keepSeenView(dir, { ...of, buildKey: 'a2' }, { ...view, consoleErrors: [] })
    expect(await readSeenView(dir, of)).toBeUndefined()
    expect(await readSeenView(dir, { ...of, buildKey: 'a2' })).toEqual({ ...view, consoleErrors: [] })
    writeFileSync(join(dir, 'view.json'), '{ not json')
    expect(await readSeenView(dir, { ...of, buildKey: 'a2' })).toBeUndefined()
  })
})
