import type { Page } from 'playwright-chromium'
import type { CollectOptions } from './collect'
import type { IrDeck } from './ir'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

/** The collector's entry: the modules of `collect/`, which run in the page. */
const ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'collect/index.ts')
/** The name the bundle gives the collector's module, inside the function it is run in. */
const GLOBAL_NAME = 'deckCollector'

let bundled: Promise<string> | undefined

/** The collector's modules bundled into one script for the page (made once a run, in memory). */
export function collectorScript(): Promise<string> {
  bundled ??= build({ entryPoints: [ENTRY], bundle: true, format: 'iife', globalName: GLOBAL_NAME, platform: 'browser', target: 'chrome120', write: false, logLevel: 'silent' })
    .then(result => result.outputFiles[0]!.text)
  return bundled
}

/** Reads the open print view into the IR: the collector's bundle run in the page, inside a function of its own (nothing is left on the page's globals). */
export async function collectFromPage(page: Page, options: CollectOptions): Promise<IrDeck> {
  const script = await collectorScript()
  return page.evaluate<IrDeck>(`(() => {\n${script}\nreturn ${GLOBAL_NAME}.collectInPage(${JSON.stringify(options)})\n})()`)
}
