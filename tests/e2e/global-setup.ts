import type { TestProject } from 'vitest/node'
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { countFonts, writeNoCjkFontConfig } from '../helpers/no-font-config'
import { buildSlides, ROOT, runCommand } from '../helpers/run-cli'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the deck every browser test shares: `slides.md` and `exports/`. */
    deckDir: string
    /** What `npm run deck` printed when it built the shared deck. */
    deckLog: string
    /** Folder of a hand-written deck made to fail the check (overflow, tiny type, remote image, error). */
    badDeckDir: string
    /** The fontconfig file the shared deck was exported with: every system font but those with CJK glyphs. */
    noCjkFontConfig: string
  }
}

/**
 * Builds and exports the shared test deck once, with a fontconfig that hides every
 * system CJK font, so every Chinese glyph in the exports comes from the deck's own font.
 */
export default async function setup(project: TestProject): Promise<void> {
  const work = join(ROOT, 'tests/.tmp')
  const deckDir = join(work, 'shared-deck')
  rmSync(deckDir, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  const fontConfig = writeNoCjkFontConfig(join(work, 'no-cjk-fonts'))
  const fonts = countFonts(fontConfig)
  if (fonts && (fonts.withHan > 0 || fonts.all === 0))
    throw new Error(`the test fontconfig should offer fonts but none with Chinese glyphs; it offers ${fonts.all}, ${fonts.withHan} with 中`)
  const badDir = join(work, 'check-bad')
  rmSync(badDir, { recursive: true, force: true })
  mkdirSync(join(badDir, 'exports'), { recursive: true })
  copyFileSync(join(ROOT, 'tests/fixtures/check-bad/slides.md'), join(badDir, 'slides.md'))
  const [result, bad] = await Promise.all([
    runCommand('deck', ['tests/fixtures/e2e/article.md', '--out', deckDir], { FONTCONFIG_FILE: fontConfig }),
    buildSlides(join(badDir, 'slides.md'), join(badDir, 'exports/site')),
  ])
  if (result.code !== 0 || !existsSync(join(deckDir, 'exports/slides.pdf')))
    throw new Error(`npm run deck failed (${result.code}):\n${result.stderr}`)
  if (bad.code !== 0)
    throw new Error(`building the check-bad deck failed:\n${bad.stderr}`)
  project.provide('deckDir', deckDir)
  project.provide('deckLog', `${result.stderr}${result.stdout}`)
  project.provide('badDeckDir', badDir)
  project.provide('noCjkFontConfig', fontConfig)
}
