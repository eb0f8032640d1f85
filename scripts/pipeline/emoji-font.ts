import { Buffer } from 'node:buffer'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { writeFile } from '../lib/files'

/** Folder, inside the deck's folder, that receives the emoji font. */
export const EMOJI_FONT_DIR = 'assets/fonts'
/** The family name the theme's font stacks end with. */
export const EMOJI_FAMILY = 'Deck Emoji'
/**
 * The deck's emoji font, in {@link EMOJI_FONT_DIR}: Noto Color Emoji's colour outlines
 * (COLRv1), which Chromium draws. Named for what it holds, so a changed recipe gets a new name.
 */
export const EMOJI_FONT_FILE = 'noto-color-emoji-colrv1.woff'
/**
 * The stylesheet beside the font that declares it for the deck's emoji, which the theme
 * imports on every page (`EMOJI_STYLESHEET` and the `deck:emoji` plugin in
 * `setup/vite-plugins.ts`, which name the same path).
 */
export const EMOJI_STYLESHEET = `${EMOJI_FONT_DIR}/deck-emoji.css`

/**
 * The whole Noto Color Emoji from npm, as WOFF (its tables compressed one by one, so one can
 * be left out without compressing anything again). Fontsource's smaller pieces
 * (`noto-color-emoji-N-400-normal`) hold their colour glyphs only as OpenType-SVG, which
 * Chromium does not draw: every emoji set in them was a blank gap of the emoji's width.
 */
const SOURCE_FONT = '@fontsource/noto-color-emoji/files/noto-color-emoji-emoji-400-normal.woff'
/** Tables left out of the deck's copy: the OpenType-SVG glyphs (20 MB unpacked), which Chromium ignores, since it draws the COLR ones. */
const DROPPED_TABLES = new Set(['SVG '])

/** An emoji as Unicode recommends it (keycaps, flags, ZWJ and tag sequences, skin tones, with U+FE0F). */
// eslint-disable-next-line prefer-regex-literals -- the `v` flag needs target ES2024 as a literal; Node 20 runs it
const RGI_EMOJI = new RegExp('\\p{RGI_Emoji}', 'gv')
/** Pictographs and flags outside recommended sequences; plain symbols below U+2000 (©, ®, digits) stay with the text fonts. */
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/gu
const FIRST_EMOJI_CODE_POINT = 0x2000
/** What makes a character an emoji (U+FE0F), joins emoji (ZWJ) or encloses a keycap: drawn by the emoji font with the emoji around it. */
const SEQUENCE_PARTS = [0xFE0F, 0x200D, 0x20E3]

const require = createRequire(import.meta.url)

/**
 * The code points the emoji font must draw for a text: every code point of each emoji
 * sequence (`1️⃣` is `1`, U+FE0F and U+20E3; `👩‍💻` is two emoji joined by U+200D), and
 * every other pictograph from U+2000 on, with U+FE0F, ZWJ and the keycap mark whenever any
 * emoji is there. Sorted; empty when the text has no emoji.
 */
export function emojiIn(text: string): number[] {
  const points = new Set<number>()
  for (const [sequence] of text.matchAll(RGI_EMOJI)) {
    for (const char of sequence)
      points.add(char.codePointAt(0)!)
  }
  for (const [char] of text.matchAll(PICTOGRAPH)) {
    const point = char.codePointAt(0)!
    if (point >= FIRST_EMOJI_CODE_POINT)
      points.add(point)
  }
  if (points.size > 0)
    SEQUENCE_PARTS.forEach(point => points.add(point))
  return [...points].sort((a, b) => a - b)
}

/** Code points as a CSS `unicode-range`, runs of consecutive ones merged: `U+23,U+30-39,U+2705`. */
export function unicodeRange(points: readonly number[]): string {
  const runs: [number, number][] = []
  for (const point of [...points].sort((a, b) => a - b)) {
    const last = runs.at(-1)
    if (last && point <= last[1] + 1)
      last[1] = Math.max(last[1], point)
    else
      runs.push([point, point])
  }
  const hex = (point: number) => point.toString(16)
  return runs.map(([from, to]) => from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`).join(',')
}

/** One table of a WOFF file: its tag, its bytes as stored (compressed or not), and the directory's numbers. */
interface WoffTable {
  tag: string
  stored: Buffer
  origLength: number
  origChecksum: number
}

const WOFF_SIGNATURE = 0x774F4646
const WOFF_HEADER_BYTES = 44
const WOFF_ENTRY_BYTES = 20
const SFNT_HEADER_BYTES = 12
const SFNT_ENTRY_BYTES = 16

/** Rounds a byte count up to the 4-byte boundary tables start on. */
const align4 = (bytes: number) => (bytes + 3) & ~3

/** The flavour (the sfnt version) and tables of a WOFF (1.0) file; its metadata and private blocks are not read. */
export function readWoff(bytes: Buffer): { flavor: number, tables: WoffTable[] } {
  if (bytes.length < WOFF_HEADER_BYTES || bytes.readUInt32BE(0) !== WOFF_SIGNATURE)
    throw new Error('not a WOFF font')
  const count = bytes.readUInt16BE(12)
  const tables = Array.from({ length: count }, (_, index) => {
    const entry = WOFF_HEADER_BYTES + index * WOFF_ENTRY_BYTES
    const offset = bytes.readUInt32BE(entry + 4)
    return {
      tag: bytes.toString('latin1', entry, entry + 4),
      stored: bytes.subarray(offset, offset + bytes.readUInt32BE(entry + 8)),
      origLength: bytes.readUInt32BE(entry + 12),
      origChecksum: bytes.readUInt32BE(entry + 16),
    }
  })
  return { flavor: bytes.readUInt32BE(4), tables }
}

/** A WOFF (1.0) file of the given tables, in the order given (WOFF wants them sorted by tag), with no metadata or private block. */
export function writeWoff(flavor: number, tables: readonly WoffTable[]): Buffer {
  const directoryEnd = WOFF_HEADER_BYTES + tables.length * WOFF_ENTRY_BYTES
  const offsets: number[] = []
  let end = directoryEnd
  for (const table of tables) {
    offsets.push(end)
    end = align4(end + table.stored.length)
  }
  const out = Buffer.alloc(end)
  out.writeUInt32BE(WOFF_SIGNATURE, 0)
  out.writeUInt32BE(flavor, 4)
  out.writeUInt32BE(end, 8)
  out.writeUInt16BE(tables.length, 12)
  const sfntSize = SFNT_HEADER_BYTES + tables.length * SFNT_ENTRY_BYTES + tables.reduce((sum, table) => sum + align4(table.origLength), 0)
  out.writeUInt32BE(sfntSize, 16)
  out.writeUInt16BE(1, 20)
  tables.forEach((table, index) => {
    const entry = WOFF_HEADER_BYTES + index * WOFF_ENTRY_BYTES
    out.write(table.tag, entry, 'latin1')
    out.writeUInt32BE(offsets[index]!, entry + 4)
    out.writeUInt32BE(table.stored.length, entry + 8)
    out.writeUInt32BE(table.origLength, entry + 12)
    out.writeUInt32BE(table.origChecksum, entry + 16)
    table.stored.copy(out, offsets[index])
  })
  return out
}

/** The emoji font the deck carries: Noto Color Emoji without the tables Chromium does not draw ({@link DROPPED_TABLES}). */
export async function deckEmojiFont(): Promise<Buffer> {
  const { flavor, tables } = readWoff(await readFile(require.resolve(SOURCE_FONT)))
  return writeWoff(flavor, tables.filter(table => !DROPPED_TABLES.has(table.tag)))
}

let font: Promise<Buffer> | undefined

/** Writes a file of the deck's unless it holds these bytes already (so an unchanged deck's site is reused). */
async function writeIfChanged(path: string, bytes: Buffer): Promise<void> {
  if (existsSync(path) && bytes.equals(await readFile(path)))
    return
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, bytes)
}

/** The `@font-face` rule of the deck's emoji font at the given URL, limited to the code points given (see {@link emojiIn}). */
function fontFaceRule(url: string, points: readonly number[]): string {
  return `@font-face { font-family: '${EMOJI_FAMILY}'; font-display: block; src: url('${url}') format('woff'); unicode-range: ${unicodeRange(points)}; }`
}

/**
 * The `<style>` that declares the deck's emoji font: family {@link EMOJI_FAMILY}, limited
 * to the code points given (see {@link emojiIn}), `font-display: block` so no slide is
 * drawn before its emoji are.
 */
export function emojiFontStyle(points: readonly number[]): string {
  return `<style>\n${fontFaceRule(`./${EMOJI_FONT_DIR}/${EMOJI_FONT_FILE}`, points)}\n</style>`
}

/**
 * Makes the deck draw its emoji in colour, from its own files: writes Noto Color Emoji's
 * colour outlines (from npm, see {@link deckEmojiFont}) into `assets/fonts/` with the
 * stylesheet that declares them for the emoji the deck uses ({@link EMOJI_STYLESHEET},
 * which the theme loads on every page), and returns the same rule as a `<style>` for the
 * first slide ({@link emojiFontStyle}; it keeps `present --watch` right when a deck gains
 * its first emoji while served), or '' when the deck has no emoji (and removes the
 * stylesheet, so the site carries no emoji font). No emoji is ever drawn as an empty box
 * or a blank gap, and nothing is fetched.
 */
export async function bundleEmojiFont(markdown: string, outDir: string): Promise<string> {
  const points = emojiIn(markdown)
  const stylesheet = join(outDir, EMOJI_STYLESHEET)
  if (points.length === 0) {
    await rm(stylesheet, { force: true })
    return ''
  }
  await writeIfChanged(join(outDir, EMOJI_FONT_DIR, EMOJI_FONT_FILE), await (font ??= deckEmojiFont()))
  await writeIfChanged(stylesheet, Buffer.from(`${fontFaceRule(`./${EMOJI_FONT_FILE}`, points)}\n`))
  return emojiFontStyle(points)
}
