import type { ExportFormat } from './format'
import { UsageError } from '../../lib/errors'
import { handout } from './handout'
import { notes } from './notes'
import { pdf } from './pdf'
import { png } from './png'
import { pptx } from './pptx'
import { review } from './review'
import { site } from './site'

/**
 * Every format `npm run deck` can write, in the order they are listed to the user and
 * written (those that need the print view in this order while it is open; see
 * `FormatNeed`). A new format is a file beside this one and a line here.
 */
export const FORMATS = [pdf, png, pptx, handout, site, notes, review] as const

/** The name of a format (`--formats`). */
export type Format = typeof FORMATS[number]['name']

/** Every format's name, in order. */
export const ALL_FORMATS: readonly Format[] = FORMATS.map(format => format.name)

/** The format of a name. */
export function formatOf(name: Format): ExportFormat<Format> {
  return FORMATS.find(format => format.name === name)!
}

/**
 * Reads a comma-separated list of formats (`pdf,png`); `all` means every format.
 * Unknown names are a usage error that lists the known ones.
 */
export function parseFormats(list: string): Format[] {
  const names = list.split(',').map(name => name.trim().toLowerCase()).filter(Boolean)
  if (names.length === 0 || names.includes('all'))
    return [...ALL_FORMATS]
  const unknown = names.filter(name => !ALL_FORMATS.includes(name as Format))
  if (unknown.length > 0)
    throw new UsageError(`unknown format${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: choose from ${ALL_FORMATS.join(', ')} or all`)
  return ALL_FORMATS.filter(format => names.includes(format))
}
