import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findBrowser } from '../../scripts/export/find-browser'
import { BrowserNotFoundError } from '../../scripts/lib/errors'

function fakeExecutable(dir: string, name: string): string {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, name)
  writeFileSync(path, '#!/bin/sh\n')
  chmodSync(path, 0o755)
  return path
}

describe('findBrowser', () => {
  const root = mkdtempSync(join(tmpdir(), 'find-browser-'))
  const onPath = fakeExecutable(join(root, 'bin'), 'chromium')
  const bundled = fakeExecutable(join(root, 'ms-playwright'), 'chrome')
  const chosen = fakeExecutable(join(root, 'custom'), 'my-chrome')

  it('honours DECK_BROWSER_PATH first', () => {
    expect(findBrowser({ env: { DECK_BROWSER_PATH: chosen, PATH: join(root, 'bin') }, playwrightPath: () => bundled })).toEqual({ path: chosen, source: 'env' })
  })

  it('rejects a DECK_BROWSER_PATH that is not an executable', () => {
    expect(() => findBrowser({ env: { DECK_BROWSER_PATH: join(root, 'missing') }, playwrightPath: () => bundled })).toThrow(/DECK_BROWSER_PATH is set to .*missing, which is not an executable/)
  })

  it('uses Playwright\'s own browser when it is installed', () => {
    expect(findBrowser({ env: { PATH: join(root, 'bin') }, playwrightPath: () => bundled })).toEqual({ path: bundled, source: 'playwright' })
  })

  it('falls back to a Chromium on PATH', () => {
    expect(findBrowser({ env: { PATH: join(root, 'bin') }, playwrightPath: () => join(root, 'not-installed') })).toEqual({ path: onPath, source: 'path' })
  })

  it('says how to get a browser when there is none', () => {
    const find = () => findBrowser({ env: { PATH: join(root, 'empty') }, playwrightPath: () => undefined })
    expect(find).toThrow(BrowserNotFoundError)
    expect(find).toThrow(/apt-get install chromium.*DECK_BROWSER_PATH/)
  })
})
