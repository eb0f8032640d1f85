import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'

/** How remote images are downloaded. */
export interface FetchImageOptions {
  /** Longest wait for one image, from request to last byte. */
  timeoutMs?: number
  /** Largest image accepted. */
  maxBytes?: number
}

/** A downloaded image, or why there is none. */
export type FetchedImage = { file: string } | { problem: string }

const TYPES: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
}

/**
 * Downloads one remote image into `dir`, named by a hash of its URL so the deck is the
 * same on every run. A file already there is used without asking the network. The wait is
 * bounded: a host that does not answer within `timeoutMs` gives a problem, not a stall.
 * Only PNG, JPEG, GIF, WebP, AVIF and SVG are kept.
 */
export async function fetchImage(url: string, dir: string, { timeoutMs = 4000, maxBytes = 15 * 1024 * 1024 }: FetchImageOptions = {}): Promise<FetchedImage> {
  const cached = await findDownloaded(url, dir)
  if (cached)
    return { file: cached }
  const stem = stemOf(url)
  const signal = AbortSignal.timeout(timeoutMs)
  try {
    const response = await fetch(url.startsWith('//') ? `https:${url}` : url, { signal, redirect: 'follow' })
    if (!response.ok)
      return { problem: `the server answered ${response.status}` }
    const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? ''
    const extension = TYPES[type]
    if (!extension)
      return { problem: `it is not an image (${type || 'no content type'})` }
    const declared = Number(response.headers.get('content-length') ?? 0)
    if (declared > maxBytes)
      return { problem: `it is larger than ${Math.round(maxBytes / 1024 / 1024)} MB` }
    const bytes = new Uint8Array(await response.arrayBuffer())
    if (bytes.length > maxBytes)
      return { problem: `it is larger than ${Math.round(maxBytes / 1024 / 1024)} MB` }
    await mkdir(dir, { recursive: true })
    const file = join(dir, `${stem}.${extension}`)
    const temporary = `${file}.${process.pid}.tmp`
    await writeFile(temporary, bytes)
    await rename(temporary, file)
    return { file }
  }
  catch (error) {
    if (signal.aborted)
      return { problem: `the host did not answer within ${Number((timeoutMs / 1000).toFixed(1))} s` }
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error)
    return { problem: `it could not be downloaded (${cause})` }
  }
}

function stemOf(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 16)
}

/** The file an earlier run downloaded for this URL, if there is one. */
export async function findDownloaded(url: string, dir: string): Promise<string | undefined> {
  if (!existsSync(dir))
    return undefined
  const stem = stemOf(url)
  const found = (await readdir(dir)).find(name => name.startsWith(`${stem}.`) && !name.endsWith('.tmp'))
  return found ? join(dir, found) : undefined
}
