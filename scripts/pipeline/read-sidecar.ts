import type { SidecarResult } from '../parse/parse-sidecar'
import { existsSync } from 'node:fs'
import { readRegularFile } from '../lib/files'
import { parseSidecar } from '../parse/parse-sidecar'

/** The sidecar files an article may have, in the order they are looked for. */
export function sidecarPaths(articlePath: string): string[] {
  const stem = articlePath.replace(/\.(?:md|markdown)$/i, '')
  return [`${stem}.deck.yaml`, `${stem}.deck.yml`]
}

/** Largest sidecar read: a sidecar holds a few fields and diagram data. */
export const MAX_SIDECAR_BYTES = 2 * 1024 * 1024

/** Reads the article's sidecar if it has one; a missing sidecar is no problem. */
export async function readSidecar(articlePath: string): Promise<SidecarResult & { path?: string }> {
  const path = sidecarPaths(articlePath).find(candidate => existsSync(candidate))
  if (!path)
    return { sidecar: {}, diagnostics: [] }
  const text = new TextDecoder().decode(await readRegularFile(path, { maxBytes: MAX_SIDECAR_BYTES, what: 'a YAML file' }))
  return { ...parseSidecar(text, path), path }
}
