import type { FitHint, FitHints } from '../plan/fit-hints'
import { existsSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../lib/files'

/** File beside `slides.md` that keeps what the fit check asked of slides that did not fit. */
export const FIT_FILE = 'slides.fit.json'

/** Where a deck's folder keeps its fit hints. */
export function fitFilePath(dir: string): string {
  return join(dir, FIT_FILE)
}

/** The fields a fit hint may have, and the type of each (see {@link FitHint}). */
const HINT_FIELDS: Record<keyof FitHint, 'boolean' | 'string' | 'number'> = { tight: 'boolean', step: 'string', lowered: 'boolean', split: 'number', solo: 'boolean' }

/** The `typeof` of a value, as a string to compare with. */
function typeOf(value: unknown): string {
  return typeof value
}

/**
 * Whether the bytes of a file are fit hints as {@link writeFitHints} writes them: a JSON
 * object of slide keys, each an object of fit hint fields. A `slides.fit.json` the tool
 * wrote before it kept a record of its files is known by that.
 */
export function isFitHintsFile(bytes: Uint8Array): boolean {
  try {
    const data = JSON.parse(new TextDecoder().decode(bytes)) as unknown
    return typeof data === 'object' && data !== null && !Array.isArray(data) && Object.values(data).every(hint => typeof hint === 'object' && hint !== null && Object.entries(hint).every(([field, value]) => Object.hasOwn(HINT_FIELDS, field) && HINT_FIELDS[field as keyof FitHint] === typeOf(value)))
  }
  catch {
    return false
  }
}

/**
 * The fit hints of the last `npm run deck` in a folder, so `npm run generate` plans the
 * same slides the checked deck has. None when there is no file or it cannot be read.
 */
export async function readFitHints(dir: string): Promise<Map<string, FitHint>> {
  const path = fitFilePath(dir)
  if (!existsSync(path))
    return new Map()
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as Record<string, FitHint>
    return new Map(Object.entries(data).filter(([, hint]) => typeof hint === 'object' && hint !== null))
  }
  catch {
    return new Map()
  }
}

/** Keeps the fit hints of a checked deck (sorted, for stable diffs); removes the file when there are none. */
export async function writeFitHints(dir: string, hints: FitHints): Promise<void> {
  const path = fitFilePath(dir)
  if (hints.size === 0) {
    await rm(path, { force: true })
    return
  }
  const data = Object.fromEntries([...hints].sort(([a], [b]) => a.localeCompare(b)))
  await writeFileAtomic(path, `${JSON.stringify(data, null, 2)}\n`)
}
