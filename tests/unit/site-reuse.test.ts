import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BUILD_KEY_FILE } from '../../scripts/export/build-key'
import { linkTree } from '../../scripts/export/link-tree'
import { buildHeapMb } from '../../scripts/export/site-builder.mjs'
import { expectsBuild } from '../../scripts/pipeline/expect-build'

const root = mkdtempSync(join(tmpdir(), 'site-reuse-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('a reused site', () => {
  it('is made of hard links to the previous one, without the names left out', async () => {
    const previous = join(root, 'previous')
    mkdirSync(join(previous, 'assets'), { recursive: true })
    writeFileSync(join(previous, 'index.html'), '<html>')
    writeFileSync(join(previous, 'assets/app.js'), 'app')
    writeFileSync(join(previous, BUILD_KEY_FILE), 'key')
    const next = join(root, 'next')
    await linkTree(previous, next, new Set([BUILD_KEY_FILE]))
    expect(readFileSync(join(next, 'assets/app.js'), 'utf8')).toBe('app')
    expect(statSync(join(next, 'index.html')).ino).toBe(statSync(join(previous, 'index.html')).ino)
    expect(() => statSync(join(next, BUILD_KEY_FILE))).toThrow()
  })
})

describe('expectsBuild', () => {
  it('guesses a build when asked to, when there is no site, or when the article changed since it was built', () => {
    const article = join(root, 'talk.md')
    const site = join(root, 'deck/exports/site')
    writeFileSync(article, '# Talk')
    expect(expectsBuild(article, site)).toBe(true)
    mkdirSync(site, { recursive: true })
    writeFileSync(join(site, BUILD_KEY_FILE), 'key')
    const [earlier, built] = [new Date(Date.now() - 120_000), new Date(Date.now() - 60_000)]
    utimesSync(article, earlier, earlier)
    utimesSync(join(site, BUILD_KEY_FILE), built, built)
    expect(expectsBuild(article, site)).toBe(false)
    expect(expectsBuild(article, site, true)).toBe(true)
    writeFileSync(join(root, 'talk.deck.yaml'), 'title: New')
    expect(expectsBuild(article, site)).toBe(true)
  })
})

describe('buildHeapMb', () => {
  it('limits the build\'s heap, more for a longer article', () => {
    expect(buildHeapMb(0)).toBe(512)
    expect(buildHeapMb(16 * 1024)).toBe(520)
    expect(buildHeapMb(1.6 * 1024 * 1024)).toBeGreaterThan(1200)
  })
})
