import type { Page } from 'playwright-chromium'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

/** Code this project runs in the page, each an entry whose modules are bundled together: what it exports, by entry. */
export const PAGE_CODE = {
  /** Reads the print view for PowerPoint (`pptx/collect/`: `collectInPage`). */
  collect: 'pptx/collect/index.ts',
  /** Measures the print view's slides for the fit check (`measure/`: `measureInPage`). */
  measure: 'measure/index.ts',
} as const

/** The name the bundle gives its module, inside the function it is run in. */
const GLOBAL_NAME = 'deckPageCode'
const HERE = dirname(fileURLToPath(import.meta.url))

const bundles = new Map<string, Promise<string>>()

/** An entry's modules bundled into one script for the page (made once a run, in memory, by esbuild). */
export function pageScript(entry: keyof typeof PAGE_CODE): Promise<string> {
  let bundled = bundles.get(entry)
  if (!bundled) {
    bundled = build({ entryPoints: [join(HERE, PAGE_CODE[entry])], bundle: true, format: 'iife', globalName: GLOBAL_NAME, platform: 'browser', target: 'chrome120', write: false, logLevel: 'silent' })
      .then(result => result.outputFiles[0]!.text)
    bundles.set(entry, bundled)
  }
  return bundled
}

/** Runs `name`, an export of an entry's bundle, in the page with `options` (JSON), inside a function of its own: nothing is left on the page's globals. */
export async function runInPage<T>(page: Page, entry: keyof typeof PAGE_CODE, name: string, options: unknown): Promise<T> {
  const script = await pageScript(entry)
  return page.evaluate<T>(`(() => {\n${script}\nreturn ${GLOBAL_NAME}.${name}(${JSON.stringify(options)})\n})()`)
}
