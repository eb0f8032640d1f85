import type { FitHint, FitHints } from '../plan/fit-hints'
import { existsSync } from 'node:fs'
import { readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { writeFile } from '../lib/files'

/** File beside `slides.md` that keeps what the fit check asked of slides that did not fit. */
export const FIT_FILE = 'slides.fit.json'

/**
 * The fit hints of the last `npm run deck` in a folder, so `npm run generate` plans the
 * same slides the checked deck has. None when there is no file or it cannot be read.
 */
export async function readFitHints(dir: string): Promise<Map<string, FitHint>> {
  const path = join(dir, FIT_FILE)
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
  const path = join(dir, FIT_FILE)
  if (hints.size === 0) {
    await rm(path, { force: true })
    return
  }
  const data = Object.fromEntries([...hints].sort(([a], [b]) => a.localeCompare(b)))
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, `${JSON.stringify(data, null, 2)}\n`)
  await rename(temporary, path)
}
