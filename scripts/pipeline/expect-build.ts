import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { BUILD_KEY_FILE } from '../export/build-key'
import { sidecarPaths } from './read-sidecar'

/** When a file was last changed (0: there is no such file). */
function changedAt(path: string): number {
  return existsSync(path) ? statSync(path).mtimeMs : 0
}

/**
 * Whether this run will most likely build its site: it is asked to, there is no built
 * site to reuse, or the article or its sidecar changed since that site was last built or
 * reused. Only a guess, to start the build's process while the deck is generated (the
 * build key decides, see `buildOrReuse`); a wrong guess costs a second at most.
 */
export function expectsBuild(article: string, site: string, rebuild = false): boolean {
  const built = changedAt(join(site, BUILD_KEY_FILE))
  return rebuild || built === 0 || [article, ...sidecarPaths(article)].some(path => changedAt(path) > built)
}
