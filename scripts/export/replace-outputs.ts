import { existsSync } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Moves finished outputs from a staging folder into place, one rename each, so a
 * failed or interrupted run never leaves a half-written export: the previous file
 * or folder stays whole until its replacement is complete.
 */
export async function replaceOutputs(stagingDir: string, targetDir: string, names: readonly string[]): Promise<void> {
  await mkdir(targetDir, { recursive: true })
  for (const name of names) {
    const staged = join(stagingDir, name)
    const target = join(targetDir, name)
    if (!existsSync(staged))
      continue
    const old = join(stagingDir, `${name}.previous`)
    if (existsSync(target))
      await rename(target, old)
    await rename(staged, target)
    await rm(old, { recursive: true, force: true })
  }
}
