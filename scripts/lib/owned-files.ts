import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { lstat, readdir, readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { OutputConflictError } from './errors'
import { writeFileAtomic } from './files'

/** Folder in a deck's folder that keeps what the tool made: the export cache and the record of its files. */
export const CACHE_DIR = '.deck-cache'
/** The record, in {@link CACHE_DIR}, of the files and folders the tool wrote into the deck's folder. */
const RECORD_FILE = 'owned.json'

/** What the tool wrote into a deck's folder, by path relative to it (`/`-separated). */
export interface OwnedRecord {
  /** Files, with the SHA-256 of the bytes written. */
  files: Record<string, string>
  /** Folders written whole (the built site, the PNGs), with the files they held. */
  folders: Record<string, string[]>
}

/** A path of the deck's folder as the record names it. */
function recordPath(dir: string, path: string): string {
  return relative(dir, path).split(sep).join('/')
}

/** SHA-256 of some bytes, in hex. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** The record of what the tool wrote into `dir` (empty when there is none, or it cannot be read). */
export async function readOwned(dir: string): Promise<OwnedRecord> {
  const text = await readFile(join(dir, CACHE_DIR, RECORD_FILE), 'utf8').catch(() => undefined)
  try {
    const data = text === undefined ? {} : JSON.parse(text) as Partial<OwnedRecord>
    return { files: { ...data.files }, folders: { ...data.folders } }
  }
  catch {
    return { files: {}, folders: {} }
  }
}

/** Adds files and folders the tool has just written to the record of `dir` (paths absolute); `undefined` forgets one. */
export async function recordOwned(dir: string, { files = {}, folders = {} }: { files?: Record<string, string | undefined>, folders?: Record<string, string[] | undefined> }): Promise<void> {
  const record = await readOwned(dir)
  const update = <T>(into: Record<string, T>, from: Record<string, T | undefined>) => {
    for (const [path, value] of Object.entries(from)) {
      if (value === undefined)
        delete into[recordPath(dir, path)]
      else
        into[recordPath(dir, path)] = value
    }
  }
  update(record.files, files)
  update(record.folders, folders)
  await writeFileAtomic(join(dir, CACHE_DIR, RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`)
}

/** Every file under a folder, as paths relative to it (`/`-separated), sorted. */
export async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries.filter(entry => !entry.isDirectory()).map(entry => recordPath(folder, join(entry.parentPath, entry.name))).sort()
}

/** Refuses each of `paths` that is a symbolic link: the tool never writes through one into another folder. */
export async function refuseLinks(paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const info = await lstat(path).catch(() => undefined)
    if (info?.isSymbolicLink())
      throw new OutputConflictError(`${path} is a symbolic link, and the tool writes nothing through a link; make it a folder of its own, or give another --out`)
  }
}

/**
 * Refuses to replace a file the tool did not write, or that changed since it wrote it:
 * it may be replaced when it does not exist, when its bytes are those the record keeps,
 * when they are the bytes about to be written (`next`), or when `isOwn` recognises them.
 */
export async function assertReplaceableFile(dir: string, path: string, { record, next, isOwn }: { record: OwnedRecord, next?: string | Uint8Array, isOwn?: (bytes: Uint8Array) => boolean }): Promise<void> {
  await refuseLinks([path])
  const bytes = await readFile(path).catch(() => undefined)
  if (bytes === undefined)
    return
  const hash = sha256(bytes)
  const written = record.files[recordPath(dir, path)]
  if (written === hash || (next !== undefined && sha256(next) === hash) || isOwn?.(bytes))
    return
  const whose = written === undefined ? 'was not written by this tool' : 'was changed since this tool wrote it'
  throw new OutputConflictError(`${path} ${whose}, and the run would replace it; move it away (or give another --out) and run again`)
}

/** Refuses to replace a folder that holds a file the tool did not write there (by the record). */
export async function assertReplaceableFolder(dir: string, folder: string, record: OwnedRecord): Promise<void> {
  await refuseLinks([folder])
  if (!existsSync(folder))
    return
  const own = new Set(record.folders[recordPath(dir, folder)] ?? [])
  const foreign = (await listFiles(folder)).find(file => !own.has(file))
  if (foreign !== undefined)
    throw new OutputConflictError(`${join(folder, foreign)} was not written by this tool, and the run would delete it with ${folder}; move it out (or give another --out) and run again`)
}
