import type { FSWatcher } from 'node:fs'
import { watch } from 'node:fs'
import { basename, dirname } from 'node:path'
import { sidecarPaths } from './read-sidecar'

/** A running watch; `close` stops it. */
export interface ArticleWatch {
  close: () => void
}

/**
 * Calls `onChange` when the article or its sidecar changes, once per burst of events
 * (editors write a file in several steps, or replace it). Watches the article's folder,
 * so a file that is replaced or created later is still seen.
 */
export function watchArticle(article: string, onChange: () => void, { debounceMs = 40 } = {}): ArticleWatch {
  const names = new Set([basename(article), ...sidecarPaths(article).map(path => basename(path))])
  let timer: NodeJS.Timeout | undefined
  const watcher: FSWatcher = watch(dirname(article), (_, name) => {
    if (name && !names.has(String(name)))
      return
    clearTimeout(timer)
    timer = setTimeout(onChange, debounceMs)
  })
  return {
    close: () => {
      clearTimeout(timer)
      watcher.close()
    },
  }
}
