import type { TestProject } from 'vitest/node'
import type { SharedDeckReady } from '../helpers/shared-deck'
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { countFonts, writeNoCjkFontConfig } from '../helpers/no-font-config'
import { buildSlides, ROOT, runCommand } from '../helpers/run-cli'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the deck every browser test shares: `slides.md` and `exports/`. */
    deckDir: string
    /** The file the set-up writes when the shared decks are made ({@link SharedDeckReady}; `waitForSharedDeck` reads it). */
    sharedDeckReady: string
    /** Folder of a hand-written deck made to fail the check (overflow, tiny type, remote image, error). */
    badDeckDir: string
    /** The fontconfig file the shared deck was exported with: every system font but those with CJK glyphs. */
    noCjkFontConfig: string
  }
}

/**
 * Starts building and exporting the shared test deck, with a fontconfig that hides every
 * system CJK font so every Chinese glyph in the exports comes from the deck's own font, and
 * the check-bad deck beside it. It does not wait for them: the unit and CLI tests run
 * meanwhile, and the e2e files wait for the file it writes when both are made
 * (`useSharedDeck`). The teardown waits for them too.
 */
export default function setup(project: TestProject): () => Promise<void> {
  const work = join(ROOT, 'tests/.tmp')
  const deckDir = join(work, 'shared-deck')
  const readyFile = join(work, 'shared-deck.ready.json')
  rmSync(deckDir, { recursive: true, force: true })
  rmSync(readyFile, { force: true })
  mkdirSync(work, { recursive: true })
  const fontConfig = writeNoCjkFontConfig(join(work, 'no-cjk-fonts'))
  const fonts = countFonts(fontConfig)
  if (fonts && (fonts.withHan > 0 || fonts.all === 0))
    throw new Error(`the test fontconfig should offer fonts but none with Chinese glyphs; it offers ${fonts.all}, ${fonts.withHan} with 中`)
  const badDir = join(work, 'check-bad')
  rmSync(badDir, { recursive: true, force: true })
  mkdirSync(join(badDir, 'exports'), { recursive: true })
  copyFileSync(join(ROOT, 'tests/fixtures/check-bad/slides.md'), join(badDir, 'slides.md'))
  project.provide('deckDir', deckDir)
  project.provide('sharedDeckReady', readyFile)
  project.provide('badDeckDir', badDir)
  project.provide('noCjkFontConfig', fontConfig)
  const made = makeSharedDecks(deckDir, badDir, fontConfig).then((ready) => {
    writeFileSync(`${readyFile}.part`, JSON.stringify(ready))
    renameSync(`${readyFile}.part`, readyFile)
  })
  return async () => {
    await made
  }
}

/** Makes the shared deck and builds the check-bad deck; what went wrong is in the result, never thrown. */
async function makeSharedDecks(deckDir: string, badDir: string, fontConfig: string): Promise<SharedDeckReady> {
  const [result, bad] = await Promise.all([
    runCommand('deck', ['tests/fixtures/e2e/article.md', '--out', deckDir], { FONTCONFIG_FILE: fontConfig }),
    buildSlides(join(badDir, 'slides.md'), join(badDir, 'exports/site')),
  ])
  const deckLog = `${result.stderr}${result.stdout}`
  if (result.code !== 0 || !existsSync(join(deckDir, 'exports/slides.pdf')))
    return { deckLog, error: `npm run deck failed (${result.code}):\n${result.stderr}` }
  if (bad.code !== 0)
    return { deckLog, error: `building the check-bad deck failed:\n${bad.stderr}` }
  return { deckLog }
}
