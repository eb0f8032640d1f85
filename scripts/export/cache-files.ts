import { existsSync } from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { writeAtomically } from '../lib/files'

/**
 * Puts a file into a cache folder: `write` makes it under a temporary name, which is then
 * renamed into place ({@link writeAtomically}), so the cache never holds half a file. A
 * file that cannot be made is left out (the cache is only a shortcut).
 */
export async function putInCache(path: string, write: (temporary: string) => Promise<void>): Promise<void> {
  await writeAtomically(path, write).catch(() => undefined)
}

/** Removes every file of a cache folder but those named in `keep` (nothing when there is no folder). */
export async function pruneCache(dir: string, keep: ReadonlySet<string>): Promise<void> {
  if (!existsSync(dir))
    return
  const stale = (await readdir(dir)).filter(name => !keep.has(name))
  await Promise.all(stale.map(name => rm(join(dir, name), { force: true })))
}
