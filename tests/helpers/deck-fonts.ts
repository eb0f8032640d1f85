import { Buffer } from 'node:buffer'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { ROOT } from './run-cli'

/**
 * The deck's own font files (`styles/index.ts`) LibreOffice is given: regular and bold,
 * upright, of the subsets that hold a whole script (Simplified Chinese, Japanese, Latin),
 * since LibreOffice takes one file of a family and does not look in its other subsets.
 */
const FONT_FILES: Record<string, RegExp> = {
  'noto-sans-sc': /^noto-sans-sc-(?:chinese-simplified|latin)-(?:400|700)-normal\.woff$/,
  'noto-sans-jp': /^noto-sans-jp-(?:japanese|latin)-(?:400|700)-normal\.woff$/,
  'noto-sans': /^noto-sans-latin-(?:400|700)-normal\.woff$/,
  'jetbrains-mono': /^jetbrains-mono-latin-(?:400|700)-normal\.woff$/,
}

/** Size of an sfnt table record, and of the sfnt and WOFF headers, in bytes. */
const SFNT = { header: 12, record: 16 } as const
const WOFF = { header: 44, record: 20 } as const

/** A WOFF 1.0 font as the TrueType/OpenType file it wraps: its tables inflated, laid out again. */
export function woffToSfnt(woff: Buffer): Buffer {
  const flavor = woff.readUInt32BE(4)
  const count = woff.readUInt16BE(12)
  const tables = Array.from({ length: count }, (_, index) => {
    const at = WOFF.header + index * WOFF.record
    const offset = woff.readUInt32BE(at + 4)
    const stored = woff.readUInt32BE(at + 8)
    const length = woff.readUInt32BE(at + 12)
    const raw = woff.subarray(offset, offset + stored)
    return { tag: woff.subarray(at, at + 4), checksum: woff.readUInt32BE(at + 16), data: stored < length ? inflateSync(raw) : raw }
  })
  let range = 1
  let selector = 0
  while (range * 2 <= count) {
    range *= 2
    selector++
  }
  const header = Buffer.alloc(SFNT.header + count * SFNT.record)
  header.writeUInt32BE(flavor, 0)
  header.writeUInt16BE(count, 4)
  header.writeUInt16BE(range * 16, 6)
  header.writeUInt16BE(selector, 8)
  header.writeUInt16BE(count * 16 - range * 16, 10)
  let offset = header.length
  const bodies = tables.map((table, index) => {
    const at = SFNT.header + index * SFNT.record
    table.tag.copy(header, at)
    header.writeUInt32BE(table.checksum, at + 4)
    header.writeUInt32BE(offset, at + 8)
    header.writeUInt32BE(table.data.length, at + 12)
    const padded = Buffer.alloc((table.data.length + 3) & ~3)
    table.data.copy(padded)
    offset += padded.length
    return padded
  })
  return Buffer.concat([header, ...bodies])
}

/**
 * Writes a fontconfig file that offers the machine's fonts and the deck's own (regular
 * and bold, from the npm packages the deck draws with, turned from WOFF into TrueType;
 * the Chinese faces' subsets named `Noto Sans SC` as the PowerPoint file names them), so
 * LibreOffice draws a PowerPoint file as a machine with the deck's fonts installed would.
 * Returns the file's path.
 */
export function writeDeckFontConfig(dir: string): string {
  const fonts = join(dir, 'fonts')
  mkdirSync(join(dir, 'cache'), { recursive: true })
  mkdirSync(fonts, { recursive: true })
  for (const [name, pattern] of Object.entries(FONT_FILES)) {
    const files = join(ROOT, 'node_modules/@fontsource', name, 'files')
    for (const file of readdirSync(files).filter(file => pattern.test(file)))
      writeFileSync(join(fonts, file.replace(/\.woff$/, '.ttf')), woffToSfnt(readFileSync(join(files, file))))
  }
  const config = join(dir, 'fonts.conf')
  writeFileSync(config, `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts</dir>
  <dir>/usr/local/share/fonts</dir>
  <dir>${fonts}</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
  <match target="scan"><test name="family" compare="contains"><string>Noto Sans SC</string></test><edit name="family" mode="assign" binding="same"><string>Noto Sans SC</string></edit></match>
  <match target="scan"><test name="family" compare="contains"><string>Noto Sans JP</string></test><edit name="family" mode="assign" binding="same"><string>Noto Sans JP</string></edit></match>
</fontconfig>
`)
  return config
}
