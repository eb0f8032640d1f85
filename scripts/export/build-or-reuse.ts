import { existsSync } from 'node:fs'
import { cp, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFile } from '../lib/files'
import { PROJECT_ROOT } from '../lib/paths'
import { BUILD_KEY_FILE, buildKey } from './build-key'
import { buildSite } from './build-site'

/**
 * Builds the site of `entry` (`slides.md`) into `outDir`, unless the previous export's
 * site was built from exactly the same sources (see {@link buildKey}): then it is copied
 * instead (stage `reuse` rather than `build`). The key is written into the site either way.
 */
export async function buildOrReuse(entry: string, outDir: string, previousSite: string, { rebuild = false, onStage }: { rebuild?: boolean, onStage: (stage: string) => void }): Promise<void> {
  const key = await buildKey(entry, PROJECT_ROOT)
  const previousKey = join(previousSite, BUILD_KEY_FILE)
  if (!rebuild && existsSync(previousKey) && (await readFile(previousKey, 'utf8')).trim() === key) {
    onStage('reuse')
    await cp(previousSite, outDir, { recursive: true })
    return
  }
  onStage('build')
  await buildSite({ entry, outDir })
  await writeFile(join(outDir, BUILD_KEY_FILE), `${key}\n`)
}
