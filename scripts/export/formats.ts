import { UsageError } from '../lib/errors'

/** The outputs `npm run deck` can write into `exports/`. */
export type Format = 'pdf' | 'png' | 'handout' | 'pptx' | 'site' | 'notes'

/** Every format, in the order they are listed to the user. */
export const ALL_FORMATS: readonly Format[] = ['pdf', 'png', 'handout', 'pptx', 'site', 'notes']

/** File or folder name of each format in the exports folder. */
export const OUTPUT_NAMES: Record<Format, string> = {
  pdf: 'slides.pdf',
  png: 'png',
  handout: 'handout.pdf',
  pptx: 'slides.pptx',
  site: 'site',
  notes: 'notes.md',
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
