import type { Browser } from 'playwright-chromium'
import { realpathSync, statSync } from 'node:fs'
import process from 'node:process'
import { ExportError } from '../lib/errors'

/**
 * Flags that keep Chromium off the network and quick to start on a closed machine (on top
 * of Playwright's own, which turn off field trials, background networking, component
 * updates, sync and optimization hints). Some builds still ask Google's hosts at start
 * (accounts, updates): every host name but the machine's own resolves to nothing, so no
 * lookup or connection leaves the machine, whatever the build does.
 */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--no-pings',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1 , EXCLUDE [::1]',
]

/** Options for {@link launchBrowser}. */
export interface LaunchOptions {
  /** Write Chromium's NetLog here, to see afterwards what the browser asked of the network (see `readNetLog`). */
  netLogPath?: string
}

/** Starts headless Chromium from the given executable, sandboxed unless running as root. */
export async function launchBrowser(executablePath: string, { netLogPath }: LaunchOptions = {}): Promise<Browser> {
  const args = [...CHROMIUM_ARGS]
  if (process.getuid?.() === 0)
    args.push('--no-sandbox')
  if (netLogPath)
    args.push(`--log-net-log=${netLogPath}`, '--net-log-capture-mode=Default')
  try {
    const { chromium } = await import('playwright-chromium')
    return await chromium.launch({ executablePath, args, headless: true, timeout: 60_000 })
  }
  catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new ExportError(`could not start the browser at ${executablePath}: ${reason}`)
  }
}

/** A browser launched the first time it is asked for, and known before that by its executable. */
export interface LazyBrowser {
  /**
   * The executable, as a key of what it draws: its real path, size and change time
   * (a browser updated in place is a new file, so a new key), found without launching it.
   */
  identity: string
  /** The browser, launched on the first call. */
  get: () => Promise<Browser>
  /** The launch, if {@link LazyBrowser.get} was called. */
  launched: () => Promise<Browser> | undefined
}

/**
 * A browser from `executablePath` that starts only when something asks for it (see
 * {@link launchBrowser}): a rerun that reuses every measure and output opens no page
 * and so never starts one, nor loads Playwright.
 */
export function lazyBrowser(executablePath: string, options: LaunchOptions = {}): LazyBrowser {
  let launch: Promise<Browser> | undefined
  return {
    identity: executableIdentity(executablePath),
    get: () => launch ??= launchBrowser(executablePath, options),
    launched: () => launch,
  }
}

/** The real path, size and change time of an executable; its path alone when it cannot be read. */
function executableIdentity(path: string): string {
  try {
    const real = realpathSync(path)
    const stats = statSync(real)
    return `${real} ${stats.size} ${stats.mtimeMs}`
  }
  catch {
    return path
  }
}
