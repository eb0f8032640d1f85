import type { IncomingMessage } from 'node:http'
import type { LookupFunction } from 'node:net'
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import { join } from 'node:path'
import { writeFileAtomic } from '../lib/files'
import { checkUrl, createGuardedLookup, parseUrl, REFUSED_ADDRESS_CODE } from './guard-address'
import { checkImage, NOT_AN_IMAGE } from './image-bytes'

/** How remote images are downloaded. */
export interface FetchImageOptions {
  /** Longest wait for one image, from DNS through redirects to the last byte. */
  timeoutMs?: number
  /** Largest image accepted; a download stops as soon as it receives more. */
  maxBytes?: number
  /** Allow loopback, private and other non-public addresses (`--allow-private-images`). */
  allowPrivate?: boolean
  /** Most redirects followed; each new address is checked again. */
  maxRedirects?: number
  /**
   * Resolves host names instead of the guarded DNS lookup. For tests only: whatever it
   * answers is connected to, unchecked. IP-literal hosts are still checked.
   */
  lookup?: LookupFunction
}

/** A downloaded image, or why there is none. */
export type FetchedImage = { file: string } | { problem: string }

/** Default of {@link FetchImageOptions.timeoutMs}. */
const DEFAULT_TIMEOUT_MS = 4000
/** Default of {@link FetchImageOptions.maxBytes}: 15 MB. */
const DEFAULT_MAX_BYTES = 15 * 1024 * 1024
/** Default of {@link FetchImageOptions.maxRedirects}. */
const DEFAULT_MAX_REDIRECTS = 3
/** Statuses whose `location` is followed. */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
/** Bytes in a kilobyte and in a megabyte, for sizes in words. */
const KILOBYTE = 1024
const MEGABYTE = KILOBYTE * KILOBYTE
/** Milliseconds in a second, for waits in words. */
const MILLISECONDS_PER_SECOND = 1000
/** Headers of every request: some hosts refuse a request without a user agent. */
const REQUEST_HEADERS = { 'accept': 'image/*', 'user-agent': 'article-to-talk (image download)' }

interface Settings {
  timeoutMs: number
  maxBytes: number
  allowPrivate: boolean
  maxRedirects: number
  lookup: LookupFunction
}

interface Body { bytes: Buffer, contentType: string }
interface Redirect { location: string }
interface Problem { problem: string }

/**
 * Downloads one remote image into `dir`, named by a hash of its URL so the deck is the same
 * on every run. A file already there is used without asking the network. Only http(s) is
 * used, and unless `allowPrivate`, only public addresses, checked on the address actually
 * connected to, after every redirect (at most `maxRedirects`). The whole download is bounded
 * by `timeoutMs` and `maxBytes`. The bytes must be a PNG, JPEG, GIF, WebP, AVIF or SVG
 * image, whatever the server calls them; an SVG is made inert before it is written.
 */
export async function fetchImage(url: string, dir: string, options: FetchImageOptions = {}): Promise<FetchedImage> {
  const settings = settle(options)
  const refusal = checkUrl(url, settings)
  if (refusal)
    return { problem: refusal }
  const cached = await findDownloaded(url, dir)
  if (cached)
    return { file: cached }
  const body = await download(url, settings)
  if ('problem' in body)
    return body
  const image = await identifyImage(body)
  if ('problem' in image)
    return image
  const file = join(dir, `${stemOf(url)}.${image.extension}`)
  await writeFileAtomic(file, image.bytes)
  return { file }
}

/** The file an earlier run downloaded for this URL, if there is one. */
export async function findDownloaded(url: string, dir: string): Promise<string | undefined> {
  if (!existsSync(dir))
    return undefined
  const stem = stemOf(url)
  const found = (await readdir(dir)).find(name => name.startsWith(`${stem}.`) && !name.endsWith('.tmp'))
  return found ? join(dir, found) : undefined
}

function settle({ timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES, allowPrivate = false, maxRedirects = DEFAULT_MAX_REDIRECTS, lookup }: FetchImageOptions): Settings {
  return { timeoutMs, maxBytes, allowPrivate, maxRedirects, lookup: lookup ?? createGuardedLookup({ allowPrivate }) }
}

function stemOf(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 16)
}

/** Follows redirects, checking each URL again, all within one time limit. */
async function download(url: string, settings: Settings): Promise<Body | Problem> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs)
  try {
    let current = url
    for (let redirects = 0; ; redirects++) {
      const refusal = checkUrl(current, settings)
      if (refusal)
        return { problem: redirects === 0 ? refusal : `it redirects to ${current}, but ${refusal}` }
      const target = parseUrl(current)!
      const answer = await requestOnce(target, settings, controller.signal)
      if (!('location' in answer))
        return answer
      if (redirects >= settings.maxRedirects)
        return { problem: `it redirects more than ${settings.maxRedirects} times` }
      current = resolveLocation(answer.location, target)
    }
  }
  catch (error) {
    if (controller.signal.aborted)
      return { problem: `the host did not answer within ${Number((settings.timeoutMs / MILLISECONDS_PER_SECOND).toFixed(1))} s` }
    return { problem: describeError(error) }
  }
  finally {
    clearTimeout(timer)
  }
}

/** One request, without following redirects: the body, where it redirects, or why neither. */
function requestOnce(url: URL, { lookup, maxBytes }: Settings, signal: AbortSignal): Promise<Body | Redirect | Problem> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? https.request : http.request
    // agent: false — a pooled socket would skip the lookup, and with it the address check.
    const request = send(url, { agent: false, lookup, signal, headers: REQUEST_HEADERS }, (response) => {
      const status = response.statusCode ?? 0
      const location = response.headers.location
      if (REDIRECT_STATUSES.has(status) && location) {
        response.destroy()
        resolve({ location })
      }
      else if (status < 200 || status >= 300) {
        response.destroy()
        resolve({ problem: `the server answered ${status}` })
      }
      else {
        readBody(response, maxBytes).then(resolve, reject)
      }
    })
    request.on('error', reject)
    request.end()
  })
}

/** The response's bytes, destroyed as soon as they exceed `maxBytes`. */
function readBody(response: IncomingMessage, maxBytes: number): Promise<Body | Problem> {
  const contentType = response.headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? ''
  if (Number(response.headers['content-length']) > maxBytes) {
    response.destroy()
    return Promise.resolve(tooLarge(maxBytes))
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let received = 0
    response.on('data', (chunk: Buffer) => {
      received += chunk.length
      if (received > maxBytes) {
        response.destroy()
        resolve(tooLarge(maxBytes))
        return
      }
      chunks.push(chunk)
    })
    response.on('end', () => resolve({ bytes: Buffer.concat(chunks, received), contentType }))
    response.on('error', reject)
    response.on('close', () => reject(new Error('the connection closed before the image ended')))
  })
}

function resolveLocation(location: string, base: URL): string {
  try {
    return new URL(location, base).href
  }
  catch {
    return location
  }
}

function tooLarge(maxBytes: number): Problem {
  return { problem: `it is larger than ${describeSize(maxBytes)}` }
}

function describeSize(bytes: number): string {
  if (bytes >= MEGABYTE)
    return `${Number((bytes / MEGABYTE).toFixed(1))} MB`
  if (bytes >= KILOBYTE)
    return `${Number((bytes / KILOBYTE).toFixed(1))} KB`
  return `${bytes} bytes`
}

function describeError(error: unknown): string {
  if (error instanceof Error && (error as NodeJS.ErrnoException).code === REFUSED_ADDRESS_CODE)
    return error.message
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
  return `it could not be downloaded (${cause instanceof Error ? cause.message : String(cause)})`
}

/** The extension and bytes to write, from what the bytes are, never from what the server says. */
async function identifyImage({ bytes, contentType }: Body): Promise<{ extension: string, bytes: Uint8Array } | Problem> {
  const checked = await checkImage(bytes, '')
  if ('problem' in checked)
    return { problem: checked.problem === NOT_AN_IMAGE ? `${NOT_AN_IMAGE} (${describeServedType(contentType)})` : checked.problem }
  return { extension: checked.kind, bytes: checked.bytes }
}

function describeServedType(contentType: string): string {
  if (!contentType)
    return 'no content type'
  return contentType.startsWith('image/') ? `served as ${contentType}` : contentType
}
