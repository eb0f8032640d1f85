import type { SiteBuilder } from './build-site'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFile } from '../lib/files'
import { PROJECT_ROOT } from '../lib/paths'
import { BUILD_KEY_FILE, buildKey } from './build-key'
import { buildSite } from './build-site'
import { linkTree } from './link-tree'

/** How {@link buildOrReuse} goes about it. */
export interface BuildOrReuseOptions {
  /** Build even when the previous site was built from the same sources. */
  rebuild?: boolean
  /** The run's build process (see `startSiteBuilder`): it builds, or is closed when the site is reused. */
  builder?: SiteBuilder
  onStage: (stage: string) => void
  /** Called as the build starts (not when the site is reused). */
  onBuild?: () => void
}

/** The site {@link buildOrReuse} made: the key of what it was built from, and whether the previous export's was taken. */
export interface BuiltSite {
  key: string
  reused: boolean
}

/**
 * Builds the site of `entry` (`slides.md`) into `outDir`, unless the previous export's
 * site was built from exactly the same sources (see {@link buildKey}): then it is made
 * again from hard links to the previous site's files (stage `reuse` rather than `build`),
 * without the key, which is written into the site either way. Files of a reused site are
 * shared with the previous export's until that is replaced: replace them, never write into them.
 */
export async function buildOrReuse(entry: string, outDir: string, previousSite: string, { rebuild = false, builder, onStage, onBuild }: BuildOrReuseOptions): Promise<BuiltSite> {
  const key = await buildKey(entry, PROJECT_ROOT)
  const previousKey = join(previousSite, BUILD_KEY_FILE)
  const reused = !rebuild && existsSync(previousKey) && (await readFile(previousKey, 'utf8')).trim() === key
  if (reused) {
    builder?.close()
    onStage('reuse')
    await linkTree(previousSite, outDir, new Set([BUILD_KEY_FILE]))
  }
  else {
    onStage('build')
    onBuild?.()
    await buildSite({ entry, outDir }, builder)
  }
  await writeFile(join(outDir, BUILD_KEY_FILE), `${key}\n`)
  return { key, reused }
}
