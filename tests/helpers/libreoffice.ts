import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'

/** LibreOffice's command, when installed. */
export function findSoffice(): string | undefined {
  for (const name of ['soffice', 'libreoffice']) {
    if (spawnSync('sh', ['-c', `command -v ${name}`]).status === 0)
      return name
  }
  return undefined
}

/** Longest a conversion may take, in ms. */
const CONVERT_TIMEOUT_MS = 180_000

/** Resolution of the pages' pictures: 48 dpi makes a 13.33 in slide 640 px wide. */
const PAGE_DPI = 48

/** What LibreOffice made of a PowerPoint file: its PDF, a PNG per page and each page's text. */
export interface Rendered {
  pdf: string
  pngs: string[]
  texts: string[]
}

/**
 * Opens a PowerPoint file with LibreOffice Impress, headless (its own profile in `dir`;
 * the fonts of `fontConfig` when given), converts it to PDF, and reads the PDF back with
 * poppler: a PNG of each page at {@link PAGE_DPI} dpi and each page's text (`pdftotext`).
 */
export function renderWithLibreOffice(pptx: string, dir: string, fontConfig?: string): Rendered {
  const soffice = findSoffice()
  if (!soffice)
    throw new Error('LibreOffice (soffice) is not installed: apt-get install libreoffice-impress')
  mkdirSync(dir, { recursive: true })
  const profile = pathToFileURL(join(dir, 'profile')).href
  const env = fontConfig ? { ...process.env, FONTCONFIG_FILE: fontConfig } : process.env
  execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, pptx], { timeout: CONVERT_TIMEOUT_MS, stdio: 'pipe', env })
  const pdf = join(dir, basename(pptx).replace(/\.pptx$/, '.pdf'))
  const pages = join(dir, 'page')
  execFileSync('pdftoppm', ['-png', '-r', String(PAGE_DPI), pdf, pages], { timeout: CONVERT_TIMEOUT_MS })
  const pngs = readdirSync(dir).filter(name => /^page-\d+\.png$/.test(name)).sort().map(name => join(dir, name))
  const texts = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f').slice(0, pngs.length)
  return { pdf, pngs, texts }
}
