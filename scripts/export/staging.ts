import { existsSync } from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'

/** Name start of a run's staging folder in the exports folder: `.staging-<pid>-<time>`. */
const STAGING_PREFIX = '.staging-'

/** A fresh staging folder for this run in the exports folder (not created yet). */
export function stagingDir(exportsDir: string): string {
  return join(exportsDir, `${STAGING_PREFIX}${process.pid}-${Date.now()}`)
}

/** Removes staging folders left by runs that were killed (their process is gone). */
export async function removeStaleStaging(exportsDir: string): Promise<void> {
  if (!existsSync(exportsDir))
    return
  for (const name of await readdir(exportsDir)) {
    if (!name.startsWith(STAGING_PREFIX))
      continue
    const path = join(exportsDir, name)
    const pid = Number(name.slice(STAGING_PREFIX.length).split('-')[0])
    if (pid !== process.pid && !isRunning(pid))
      await rm(path, { recursive: true, force: true })
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  }
  catch {
    return false
  }
}
