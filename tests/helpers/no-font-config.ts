import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'

const CJK_LANGS = ['zh-cn', 'zh-tw', 'zh-hk', 'zh-sg', 'zh-mo', 'ja', 'ko']

/**
 * Writes a fontconfig file that offers the machine's fonts minus every CJK font, and
 * returns its path. A browser started with `FONTCONFIG_FILE` set to it can draw Chinese
 * only with the page's own web fonts. (A config with no fonts at all is no test:
 * Chromium then fails to load web fonts too.)
 */
export function writeNoCjkFontConfig(dir: string): string {
  mkdirSync(join(dir, 'cache'), { recursive: true })
  const file = join(dir, 'fonts.conf')
  const dirs = ['/usr/share/fonts', '/usr/local/share/fonts', join(homedir(), '.local/share/fonts'), join(homedir(), '.fonts')]
  writeFileSync(file, `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
${dirs.map(path => `  <dir>${path}</dir>`).join('\n')}
  <cachedir>${join(dir, 'cache')}</cachedir>
  <selectfont>
    <rejectfont>
${CJK_LANGS.map(lang => `      <pattern><patelt name="lang"><string>${lang}</string></patelt></pattern>`).join('\n')}
    </rejectfont>
  </selectfont>
</fontconfig>
`)
  return file
}

/**
 * Asks fontconfig, through the given config, how many fonts it offers and how many of
 * them have a glyph for 中 (U+4E2D). Undefined when `fc-list` is not installed.
 */
export function countFonts(configFile: string): { all: number, withHan: number } | undefined {
  const list = (pattern: string[]) => execFileSync('fc-list', pattern, { env: { ...process.env, FONTCONFIG_FILE: configFile }, encoding: 'utf8' }).split('\n').filter(Boolean).length
  try {
    return { all: list([]), withHan: list([':charset=4e2d']) }
  }
  catch {
    return undefined
  }
}
