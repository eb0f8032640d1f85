import type { SidecarResult } from '../parse/parse-sidecar'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { parseSidecar } from '../parse/parse-sidecar'

/** The sidecar files an article may have, in the order they are looked for. */
export function sidecarPaths(articlePath: string): string[] {
  const stem = articlePath.replace(/\.(?:md|markdown)$/i, '')
  return [`${stem}.deck.yaml`, `${stem}.deck.yml`]
}

/** Reads the article's sidecar if it has one; a missing sidecar is no problem. */
export async function readSidecar(articlePath: string): Promise<SidecarResult & { path?: string }> {
  const path = sidecarPaths(articlePath).find(candidate => existsSync(candidate))
  if (!path)
    return { sidecar: {}, diagnostics: [] }
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${path}: cannot be read (${error.code ?? error.message})`)
  })
  return { ...parseSidecar(text, path), path }
}
