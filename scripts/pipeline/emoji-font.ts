import { existsSync } from 'node:fs'
import { copyFile, mkdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'

/** A piece of the colour emoji font: its file and the code points it draws. */
interface FontPiece {
  file: string
  ranges: [number, number][]
  /** The catch-all piece (several MB): used only for what no smaller piece draws. */
  catchAll: boolean
}

/** Folder, inside the deck's folder, that receives the emoji font's pieces. */
export const EMOJI_FONT_DIR = 'assets/fonts'
/** The family name the theme's font stacks end with. */
export const EMOJI_FAMILY = 'Deck Emoji'
/** Pictographs and flags; plain symbols below U+2000 (©, ®, digits) stay with the text fonts. */
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/gu
const FIRST_EMOJI_CODE_POINT = 0x2000

const require = createRequire(import.meta.url)
let pieces: Promise<FontPiece[]> | undefined

/** The emoji code points a text draws. */
export function emojiIn(text: string): number[] {
  return [...new Set([...text.matchAll(EMOJI)].map(match => match[0].codePointAt(0)!).filter(point => point >= FIRST_EMOJI_CODE_POINT))].sort((a, b) => a - b)
}

/**
 * Makes the deck draw its emoji in colour, from its own files: copies into
 * `assets/fonts/` only the pieces of Noto Color Emoji (from npm) that hold the emoji the
 * deck uses, and returns the `<style>` that declares them (font family
 * {@link EMOJI_FAMILY}, each piece limited to its code points), or '' when the deck has
 * no emoji. No emoji is ever drawn as an empty box, and nothing is fetched.
 */
export async function bundleEmojiFont(markdown: string, outDir: string): Promise<string> {
  const points = emojiIn(markdown)
  if (points.length === 0)
    return ''
  const available = await (pieces ??= readPieces())
  const chosen = new Set<FontPiece>()
  for (const point of points) {
    const covers = (piece: FontPiece) => piece.ranges.some(([from, to]) => point >= from && point <= to)
    const piece = available.find(candidate => !candidate.catchAll && covers(candidate)) ?? available.find(covers)
    if (piece)
      chosen.add(piece)
  }
  if (chosen.size === 0)
    return ''
  await mkdir(join(outDir, EMOJI_FONT_DIR), { recursive: true })
  const rules: string[] = []
  for (const piece of chosen) {
    const target = join(outDir, EMOJI_FONT_DIR, basename(piece.file))
    if (!existsSync(target))
      await copyFile(piece.file, target)
    const range = piece.ranges.map(([from, to]) => from === to ? `U+${from.toString(16)}` : `U+${from.toString(16)}-${to.toString(16)}`).join(',')
    rules.push(`@font-face { font-family: '${EMOJI_FAMILY}'; font-display: block; src: url('./${EMOJI_FONT_DIR}/${basename(piece.file)}') format('woff2'); unicode-range: ${range}; }`)
  }
  return `<style>\n${rules.join('\n')}\n</style>`
}

async function readPieces(): Promise<FontPiece[]> {
  const css = require.resolve('@fontsource/noto-color-emoji/index.css')
  const text = await readFile(css, 'utf8')
  return [...text.matchAll(/@font-face\s*\{([^}]*)\}/g)].flatMap(([, body]) => {
    const file = /url\(\.\/(files\/[^)]+\.woff2)\)/.exec(body!)?.[1]
    const ranges = /unicode-range:([^;]+);/.exec(body!)?.[1]?.trim()
    if (!file || !ranges)
      return []
    return [{
      file: join(dirname(css), file),
      ranges: ranges.split(',').map(range => range.trim().replace(/^U\+/i, '').split('-').map(part => Number.parseInt(part, 16)) as [number, number?]).map(([from, to]) => [from, to ?? from] as [number, number]),
      catchAll: /-emoji-400/.test(file),
    }]
  })
}
