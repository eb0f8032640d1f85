import type { Deck } from '../model/deck'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { link, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFile } from '../lib/files'
import { PROJECT_ROOT } from '../lib/paths'

/** Bump when what decides an output beyond the code hashed below changes. */
const OUTPUT_RECIPE = 'outputs/1'

/** Folders of the code that turns a page into outputs: a change to any file in them makes every output anew. */
const CODE_DIRS = ['scripts/export', 'scripts/model', 'scripts/render', 'scripts/lib']

/** What was made last time, by format: its key and the file it became in the exports folder. */
type OutputRecord = Record<string, { key: string, size: number, mtimeMs: number }>

/** What decides a format's output besides the page: the deck (titles, notes) and the options. */
export interface OutputKeyInput {
  format: string
  /** Each slide's fingerprint (see `slideFingerprints`); a slide without one (null) means no key. */
  fingerprints: readonly (string | null)[]
  deck: Deck
  options: unknown
}

let codeHash: string | undefined

/** A hash of the code that makes the outputs (every file of {@link CODE_DIRS}) and of the packages installed. */
function hashCode(): string {
  if (codeHash)
    return codeHash
  const hash = createHash('sha256').update(OUTPUT_RECIPE)
  for (const dir of CODE_DIRS) {
    for (const name of (readdirSync(join(PROJECT_ROOT, dir), { recursive: true }) as string[]).sort()) {
      const path = join(PROJECT_ROOT, dir, name)
      if (statSync(path).isFile())
        hash.update(`\0${dir}/${name}\0`).update(readFileSync(path))
    }
  }
  const lock = join(PROJECT_ROOT, 'package-lock.json')
  if (existsSync(lock))
    hash.update(readFileSync(lock))
  codeHash = hash.digest('hex')
  return codeHash
}

/**
 * The key of a format's output: the same key means the same page (every slide's
 * fingerprint), the same deck and options and the same code, so the same file. None
 * when a slide has no fingerprint (its pixels are not told by its markup).
 */
export function outputKey({ format, fingerprints, deck, options }: OutputKeyInput): string | undefined {
  if (fingerprints.length === 0 || fingerprints.includes(null))
    return undefined
  return createHash('sha256')
    .update(`${hashCode()}\0${format}\0${fingerprints.join(',')}\0${JSON.stringify(options)}\0`)
    .update(JSON.stringify(deck))
    .digest('hex')
}

/** The record kept beside the deck's other cached parts. */
function recordPath(cacheDir: string): string {
  return join(cacheDir, 'outputs.json')
}

async function readRecord(cacheDir: string): Promise<OutputRecord> {
  try {
    return JSON.parse(await readFile(recordPath(cacheDir), 'utf8')) as OutputRecord
  }
  catch {
    return {}
  }
}

/**
 * Links the last export's file of a format into `staged` when it was made with the same
 * key and is still the file it was (same size, same time); true when it did.
 */
export async function reuseOutput({ cacheDir, format, key, previous, staged }: { cacheDir: string, format: string, key: string | undefined, previous: string, staged: string }): Promise<boolean> {
  if (!key || !existsSync(previous))
    return false
  const kept = (await readRecord(cacheDir))[format]
  const stat = statSync(previous)
  if (!kept || kept.key !== key || kept.size !== stat.size || kept.mtimeMs !== stat.mtimeMs || !stat.isFile())
    return false
  return link(previous, staged).then(() => true, () => false)
}

/** Records each format's key with the file it is now in the exports folder (formats without a key are forgotten). */
export async function recordOutputs(cacheDir: string, outputs: readonly { format: string, key: string | undefined, file: string }[]): Promise<void> {
  const record: OutputRecord = {}
  for (const { format, key, file } of outputs) {
    if (!key || !existsSync(file))
      continue
    const stat = statSync(file)
    record[format] = { key, size: stat.size, mtimeMs: stat.mtimeMs }
  }
  await writeFile(recordPath(cacheDir), `${JSON.stringify(record, null, 2)}\n`)
}
