import type { Browser } from 'playwright-chromium'
import { findBrowser } from '../../scripts/export/find-browser'
import { launchBrowser } from '../../scripts/export/launch-browser'

/** Starts the browser the exports use, for tests that open a built deck. */
export function openBrowser(): Promise<Browser> {
  return launchBrowser(findBrowser().path)
}
