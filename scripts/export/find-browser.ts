import { accessSync, constants, existsSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { delimiter, join } from 'node:path'
import process from 'node:process'
import { BrowserNotFoundError } from '../lib/errors'

/** Environment variable that names the browser executable to export with. */
export const BROWSER_ENV = 'DECK_BROWSER_PATH'

const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']

/** A browser executable and where it was found. */
export interface FoundBrowser {
  path: string
  source: 'env' | 'playwright' | 'path'
}

/** Where {@link findBrowser} looks; every field has the real default. */
export interface FindBrowserOptions {
  env?: NodeJS.ProcessEnv
  /** Path of Playwright's own Chromium, installed or not. */
  playwrightPath?: () => string | undefined
}

/**
 * Picks the browser to export with, never downloading one: the executable named by
 * `DECK_BROWSER_PATH`, then Playwright's own Chromium if installed, then a Chromium
 * or Chrome on `PATH`. Throws a {@link BrowserNotFoundError} saying how to get one.
 */
export function findBrowser({ env = process.env, playwrightPath = defaultPlaywrightPath }: FindBrowserOptions = {}): FoundBrowser {
  const fromEnv = env[BROWSER_ENV]?.trim()
  if (fromEnv) {
    if (!isExecutable(fromEnv))
      throw new BrowserNotFoundError(`${BROWSER_ENV} is set to ${fromEnv}, which is not an executable file; point it at Chromium or Chrome, or unset it`)
    return { path: fromEnv, source: 'env' }
  }
  const bundled = playwrightPath()
  if (bundled && isExecutable(bundled))
    return { path: bundled, source: 'playwright' }
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of SYSTEM_BROWSERS) {
      const candidate = join(dir, name)
      if (isExecutable(candidate))
        return { path: candidate, source: 'path' }
    }
  }
  throw new BrowserNotFoundError(`no Chromium or Chrome found to export with: install one (Debian/Ubuntu: apt-get install chromium), or set ${BROWSER_ENV} to its executable`)
}

function isExecutable(path: string): boolean {
  try {
    if (!existsSync(path) || !statSync(path).isFile())
      return false
    accessSync(path, constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

function defaultPlaywrightPath(): string | undefined {
  try {
    // Loaded here, and only when no browser is named in the environment: Playwright takes most of a second to load.
    const { chromium } = createRequire(import.meta.url)('playwright-chromium') as typeof import('playwright-chromium')
    return chromium.executablePath()
  }
  catch {
    return undefined
  }
}
