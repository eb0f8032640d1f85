import type { WriteFileOptions } from 'node:fs'
import { writeFile as writeRaw } from 'node:fs/promises'

/**
 * `fs.promises.writeFile` for a path, whose errors always name that path: a full disk
 * (`ENOSPC`) fails inside `write()`, where Node gives no path, and the user must be told
 * what was being written.
 */
export async function writeFile(path: string, data: string | Uint8Array, options?: WriteFileOptions): Promise<void> {
  try {
    await writeRaw(path, data, options)
  }
  catch (error) {
    if (error instanceof Error && !(error as NodeJS.ErrnoException).path)
      (error as NodeJS.ErrnoException).path = path
    throw error
  }
}
