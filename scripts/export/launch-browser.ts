import type { Browser } from 'playwright-chromium'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { ExportError } from '../lib/errors'

/** Flags that keep Chromium off the network and quick to start on a closed machine. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
]

/** Starts headless Chromium from the given executable, sandboxed unless running as root. */
export async function launchBrowser(executablePath: string): Promise<Browser> {
  const args = [...CHROMIUM_ARGS]
  if (process.getuid?.() === 0)
    args.push('--no-sandbox')
  try {
    return await chromium.launch({ executablePath, args, headless: true, timeout: 60_000 })
  }
  catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new ExportError(`could not start the browser at ${executablePath}: ${reason}`)
  }
}
