import type { OwnedRecord } from '../lib/owned-files'
import { existsSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { BUILD_KEY_FILE } from '../export/build-key'
import { assertReplaceableFile, assertReplaceableFolder, CACHE_DIR, listFiles, readOwned, recordOwned, refuseLinks, sha256 } from '../lib/owned-files'
import { deckPaths, EXPORTS_DIR } from '../lib/paths'
import { EMOJI_FONT_DIR } from './emoji-font'
import { fitFilePath, isFitHintsFile } from './fit-file'
import { IMAGE_DIR } from './resolve-images'

/**
 * Checks, before a run writes anything into a deck's folder, that it would replace or
 * write through nothing of the user's: no folder it writes into is a symbolic link
 * (`assets`, `.deck-cache`, and for an export `exports` and its outputs). For an export
 * (`outputs`: the names in the exports folder it replaces), also that `slides.fit.json`
 * is the tool's, and that each output is a file whose bytes the tool wrote, or a folder
 * holding only files the tool wrote; exports from before the tool kept its record are
 * known by their site's build key. (`slides.md` is checked when it is written.) Throws an
 * `OutputConflictError` naming the first such path.
 */
export async function checkOutFolder(outDir: string, outputs?: readonly string[]): Promise<void> {
  await refuseLinks([join(outDir, 'assets'), join(outDir, IMAGE_DIR), join(outDir, EMOJI_FONT_DIR), join(outDir, CACHE_DIR)])
  if (outputs === undefined)
    return
  const paths = deckPaths(outDir)
  await refuseLinks([paths.exports])
  const record = await readOwned(outDir)
  await assertReplaceableFile(outDir, fitFilePath(outDir), { record, isOwn: isFitHintsFile })
  const earlier = !recordsExports(record) && existsSync(join(paths.site, BUILD_KEY_FILE))
  for (const path of [...outputs.map(name => join(paths.exports, name)), paths.report]) {
    await refuseLinks([path])
    if (earlier || !existsSync(path))
      continue
    if (statSync(path).isDirectory())
      await assertReplaceableFolder(outDir, path, record)
    else
      await assertReplaceableFile(outDir, path, { record })
  }
}

/**
 * Records what a run has just written into a deck's folder (absolute paths): each file
 * with the hash of its bytes, each folder with its files; a path that is gone (a fit
 * file with no hints left) is forgotten.
 */
export async function recordWritten(outDir: string, paths: readonly string[]): Promise<void> {
  const files: Record<string, string | undefined> = {}
  const folders: Record<string, string[] | undefined> = {}
  for (const path of paths) {
    const info = existsSync(path) ? statSync(path) : undefined
    if (info?.isDirectory())
      folders[path] = await listFiles(path)
    else
      files[path] = info ? sha256(await readFile(path)) : undefined
  }
  await recordOwned(outDir, { files, folders })
}

/** Whether the record names any export: a folder exported before the record kept them has none. */
function recordsExports(record: OwnedRecord): boolean {
  return [...Object.keys(record.files), ...Object.keys(record.folders)].some(path => path.startsWith(`${EXPORTS_DIR}/`))
}
