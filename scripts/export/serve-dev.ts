import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'
import { Buffer } from 'node:buffer'
import { resolve } from 'node:path'
import { Readable } from 'node:stream'
import { createServer, parser, resolveOptions } from '@slidev/cli'
import { ExportError } from '../lib/errors'
import { NAV_STATE, REFUSED_DEV_PATHS } from '../model/slidev-contract'
import { forbid, READ_METHODS, refuseRequest } from './request-guard'

/** A running Slidev dev server. */
export interface DevServer {
  url: string
  close: () => Promise<void>
}

type SlidevOptions = Awaited<ReturnType<typeof resolveOptions>>

/** Largest navigation post taken: Slidev's client posts a few hundred bytes of state. */
const NAV_POST_LIMIT = 64 * 1024
/** Keys that would reach an object's prototype when a state is merged into another. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Serves a deck with Slidev's own dev server on 127.0.0.1 (public API: `resolveOptions`,
 * `createServer`): the presenter view included. When `slides.md` changes, Slidev's hot
 * update sends the changed slides to every open page (it reads the file again through
 * `loadData`, as Slidev's own dev command does). Only the deck's folder and the theme
 * (with Slidev's own client) are served: not the folders around them (`server.fs.allow`),
 * and a slide's `src:` is read only from the deck's folder. Only the deck's own pages, on
 * a loopback Host, get answers, and only to reads and to the one write presenting needs
 * (see {@link guardRequests}).
 */
export async function serveDev(entry: string, port: number): Promise<DevServer> {
  const options = await resolveOptions({ entry: resolve(entry) }, 'dev')
  // resolveOptions read the deck taking `src:` from the whole workspace: read it again from the deck's folder only.
  Object.assign(options.data, await loadDeck(options))
  const viteConfig = { server: { port, strictPort: true, host: '127.0.0.1', cors: false }, logLevel: 'error' as const, plugins: [guardRequests(port), serveOnlyTheDeck(options)] }
  const server = await createServer(options, viteConfig, {
    async loadData(sources) {
      const loaded = await loadDeck(options, sources)
      const { themeMeta } = options.data
      return { ...loaded, themeMeta, config: parser.resolveConfig(loaded.headmatter, themeMeta, options.entry) }
    },
  })
  try {
    await server.listen()
  }
  catch (error) {
    await server.close()
    throw new ExportError(`cannot serve on port ${port}: ${error instanceof Error ? error.message : String(error)}`)
  }
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() }
}

/** Reads the deck with Slidev's parser, taking a slide's `src:` only from the deck's folder. */
function loadDeck(options: SlidevOptions, sources: Record<string, string> = {}): ReturnType<typeof parser.load> {
  return parser.load({ ...options, allowedRoots: [options.userRoot] }, options.entry, sources, 'dev')
}

/** Serves files only from the deck's folder, the theme and Slidev's client (`server.fs`). */
function serveOnlyTheDeck(options: SlidevOptions): Plugin {
  const allowed = [...new Set([options.userRoot, ...options.roots, options.clientRoot, options.cliRoot].map(root => resolve(root)))]
  return {
    name: 'deck:serve-only-the-deck',
    enforce: 'pre',
    configResolved(config) {
      config.server.fs.strict = true
      config.server.fs.allow.splice(0, config.server.fs.allow.length, ...allowed)
    },
  }
}

/**
 * Refuses (403), before any other middleware of Vite or Slidev sees it, every request but
 * reads by the deck's own pages on a loopback Host: another Host (DNS rebinding), another
 * origin or site (`Origin`, `Sec-Fetch-Site`, except following a link), the endpoints that
 * launch an editor or edit the deck ({@link REFUSED_DEV_PATHS}), and every method but GET
 * and HEAD. The one write let through is the navigation state the audience window and the
 * presenter view follow ({@link NAV_STATE}), from the server's own origin, as Slidev's
 * client posts it. The HMR websocket does not pass here: Vite refuses it to another Host,
 * and to another origin by its token.
 */
function guardRequests(port: number): Plugin {
  const rules = { port, refusedPaths: REFUSED_DEV_PATHS, ownOriginOnly: true, postTargets: [NAV_STATE.path] }
  return {
    name: 'deck:only-the-deck-pages',
    enforce: 'pre',
    configureServer: {
      order: 'pre',
      handler(server) {
        server.middlewares.use((request, response, next) => {
          void guard(request, response, rules).then(passes => passes && next(), next)
        })
      },
    },
  }
}

/** Whether the request may go on to Vite and Slidev; answers it with 403 when not. */
async function guard(request: IncomingMessage, response: ServerResponse, rules: Parameters<typeof refuseRequest>[1]): Promise<boolean> {
  const refused = refuseRequest(request, rules) ?? (READ_METHODS.includes(request.method ?? '') ? undefined : await refuseNavPost(request))
  if (refused)
    forbid(response, refused)
  return !refused
}

/**
 * Reads a navigation post and refuses it unless it is what Slidev's client sends: JSON,
 * an object of {@link NAV_STATE}`.keys` with the state as `data` (a `patch` would be merged
 * key by key into the server's state), no key that reaches a prototype. A post that passes
 * is handed on with its body as it came.
 */
async function refuseNavPost(request: IncomingMessage): Promise<string | undefined> {
  if (!request.headers['content-type']?.startsWith('application/json'))
    return 'the navigation state is posted as JSON'
  const body = await readBody(request, NAV_POST_LIMIT)
  if (!body)
    return 'the navigation state is too large'
  if (!isNavState(body.toString('utf8')))
    return 'not a navigation state'
  replayBody(request, body)
  return undefined
}

/** Whether `text` is a navigation post as Slidev's client makes it. */
function isNavState(text: string): boolean {
  let value: unknown
  try {
    value = JSON.parse(text, (key, item: unknown) => {
      if (PROTOTYPE_KEYS.has(key))
        throw new Error(`key ${key}`)
      return item
    })
  }
  catch {
    return false
  }
  const isObject = (item: unknown): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item)
  return isObject(value) && isObject(value.data) && Object.keys(value).every(key => (NAV_STATE.keys as readonly string[]).includes(key))
}

/** The whole body, or `undefined` when it is longer than `limit` bytes (read to its end all the same, so the answer arrives). */
async function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size <= limit)
      chunks.push(chunk)
  }
  return size > limit ? undefined : Buffer.concat(chunks)
}

/** Lets the next middleware read `body` from `request` as if it were still arriving (its `data` and `end` events). */
function replayBody(request: IncomingMessage, body: Buffer): void {
  const replay = Readable.from([body])
  const on = request.on.bind(request)
  request.on = ((event: string, listener: (...args: unknown[]) => void) => {
    if (event === 'data' || event === 'end')
      replay.on(event, listener)
    else
      on(event, listener)
    return request
  }) as typeof request.on
}
