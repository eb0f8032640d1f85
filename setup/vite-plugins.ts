import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Plugin } from 'vite'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineVitePluginsSetup } from '@slidev/types'
import { FONT_STACK } from '../scripts/model/messages'

/** The module `styles/index.ts` imports for the deck's fonts (see {@link deckFonts}). */
export const FONTS_MODULE = 'virtual:deck-fonts'
const RESOLVED_FONTS_MODULE = `\0${FONTS_MODULE}`
/** The module `styles/index.ts` imports for the deck's emoji font (see {@link deckEmoji}). */
export const EMOJI_MODULE = 'virtual:deck-emoji'
const RESOLVED_EMOJI_MODULE = `\0${EMOJI_MODULE}`
/**
 * The stylesheet, in the deck's folder, that declares the deck's emoji font (written with
 * the font by `scripts/pipeline/emoji-font.ts`, whose `EMOJI_STYLESHEET` is this path).
 */
export const EMOJI_STYLESHEET = 'assets/fonts/deck-emoji.css'
/** The face code is drawn in, whatever the language (`--deck-mono` in theme.css). */
const MONO_FONT = 'JetBrains Mono'
/** The weights the theme draws text in. */
const FONT_WEIGHTS = [400, 700]
/** Stylesheets of web fonts (from npm) whose `src` lists offer older formats after WOFF2. */
const FONT_STYLESHEET = /\/node_modules\/(?:@fontsource\/[^/]+|katex\/dist)\/[^/]+\.css(?:$|\?)/
/** One source of a `src` list of an `@font-face` rule; its format names the file type. */
const FONT_SOURCE = /url\([^)]*\)\s*format\((['"]?)(\w+)\1\)/g
const FONT_SRC = /src:([^;}]*)/g

const require = createRequire(import.meta.url)

/** The theme's folder: its components, layouts and presenter page. */
const THEME_ROOT = fileURLToPath(new URL('..', import.meta.url))
/** The theme's files whose imports the dev server's dependency scan follows (see {@link deckDependencies}). */
const THEME_ENTRIES = ['components/*.vue', 'layouts/*.vue', 'setup/presenter/*.vue']

/**
 * A Vite plugin that has the dev server's dependency scan (`optimizeDeps.entries`, beside
 * Slidev's client) read the theme's components, layouts and presenter page, so the
 * packages they import (d3, dagre) are pre-bundled when the server starts. Slidev's slides
 * are virtual modules the scan cannot follow: without this, the first page that draws a
 * diagram makes Vite bundle them late and reload every open page (`present --watch`),
 * which breaks a page still loading. The production build has no such step.
 */
export function deckDependencies(): Plugin {
  return {
    name: 'deck:dependencies',
    config: () => ({ optimizeDeps: { entries: THEME_ENTRIES.map(pattern => join(THEME_ROOT, pattern)) } }),
  }
}

/** The npm package of a font family: `Noto Sans SC` -> `@fontsource/noto-sans-sc`. */
function fontPackage(family: string): string {
  return `@fontsource/${family.toLowerCase().replaceAll(' ', '-')}`
}

/**
 * The font families a deck of this `lang` draws with: its language's stack (`FONT_STACK`)
 * and the code face; every language's faces when the deck's `lang` is none we know (a
 * deck written by hand), as the theme did before it chose.
 */
export function deckFontFamilies(lang: unknown): string[] {
  const tag = typeof lang === 'string' ? lang.toLowerCase() : ''
  const known = Object.entries(FONT_STACK).find(([name]) => tag.startsWith(name.split('-')[0]!.toLowerCase()))
  const stacks = known ? [known[1]] : Object.values(FONT_STACK)
  return [...new Set([...stacks.flat(), MONO_FONT])]
}

/**
 * Keeps only the WOFF2 sources of every `@font-face` rule that has one: every browser the
 * deck runs in reads WOFF2 and takes the first source it can, so the WOFF and TTF copies
 * after it are never loaded; left out, they are neither bundled nor copied.
 */
export function woff2Only(css: string): string {
  return css.replace(FONT_SRC, (declaration: string, list: string) => {
    const woff2 = [...list.matchAll(FONT_SOURCE)].filter(source => source[2] === 'woff2').map(source => source[0])
    return woff2.length > 0 ? `src: ${woff2.join(', ')}` : declaration
  })
}

/**
 * A Vite plugin for the theme's fonts: `virtual:deck-fonts` imports the `@fontsource`
 * stylesheets of only the families the deck's language draws with (see
 * {@link deckFontFamilies}; all of them for the dev server, whose deck may change language
 * while it runs), so a Chinese or English deck carries no Japanese font; and the fonts'
 * stylesheets (ours and KaTeX's) point at their WOFF2 files only (see {@link woff2Only}).
 */
export function deckFonts(options: Pick<ResolvedSlidevOptions, 'mode' | 'data'>): Plugin {
  const families = deckFontFamilies(options.mode === 'dev' ? undefined : options.data.headmatter.lang)
  return {
    name: 'deck:fonts',
    enforce: 'pre',
    resolveId: id => (id === FONTS_MODULE ? RESOLVED_FONTS_MODULE : undefined),
    load(id) {
      if (id !== RESOLVED_FONTS_MODULE)
        return undefined
      const sheets = families.flatMap(family => FONT_WEIGHTS.map(weight => require.resolve(`${fontPackage(family)}/${weight}.css`)))
      return sheets.map(sheet => `import ${JSON.stringify(sheet)}`).join('\n')
    },
    transform(code, id) {
      return FONT_STYLESHEET.test(id) ? woff2Only(code) : undefined
    },
  }
}

/**
 * A Vite plugin for the deck's colour emoji: `virtual:deck-emoji` imports the deck's
 * {@link EMOJI_STYLESHEET} when the deck has one (a deck with emoji), and is empty
 * otherwise. Imported by the theme's styles, the font is declared on every page and route
 * from the start (the presenter view, a slide opened by its URL, the print view), not only
 * once the first slide, which carries the same rule, has loaded.
 */
export function deckEmoji(options: Pick<ResolvedSlidevOptions, 'userRoot'>): Plugin {
  const stylesheet = join(options.userRoot, EMOJI_STYLESHEET)
  return {
    name: 'deck:emoji',
    enforce: 'pre',
    resolveId: id => (id === EMOJI_MODULE ? RESOLVED_EMOJI_MODULE : undefined),
    load(id) {
      if (id !== RESOLVED_EMOJI_MODULE)
        return undefined
      return existsSync(stylesheet) ? `import ${JSON.stringify(stylesheet)}` : 'export {}'
    },
  }
}

/** The theme's Vite plugins, for every Slidev command and our own build and dev server. */
export default defineVitePluginsSetup(options => [deckFonts(options), deckEmoji(options), deckDependencies()])
