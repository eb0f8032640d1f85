import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import { posix } from 'node:path'

/**
 * The names a server on this machine's loopback answers to, each with its port. Any other
 * Host is a page that points its own name at 127.0.0.1 (DNS rebinding) to read the deck.
 */
export const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'] as const

/** The methods that only read. */
export const READ_METHODS: readonly string[] = ['GET', 'HEAD']

/** The status of a refused request. */
export const FORBIDDEN = 403

/** What a server on 127.0.0.1 lets through, beside reads from a loopback Host. */
export interface RequestRules {
  /** The port the server listens on: a Host must name it. */
  port: number
  /** Paths refused whatever the method and origin (compared in lower case, as prefixes). */
  refusedPaths?: readonly string[]
  /** Refuse what another origin asks for: a foreign `Origin`, or a cross-site request that is not a top-level navigation. */
  ownOriginOnly?: boolean
  /** Exact request targets that also take a `POST`, from the server's own pages only (an `Origin` header of its own). */
  postTargets?: readonly string[]
}

/** Whether `host` (a Host header) names this machine's loopback at `port`. */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  const named = host?.toLowerCase()
  return LOOPBACK_NAMES.some(name => named === `${name}:${port}`)
}

/** Whether `origin` is that of a page this server served under `host`. */
export function isOwnOrigin(origin: string, host: string): boolean {
  return origin.toLowerCase() === `http://${host.toLowerCase()}`
}

/**
 * Whether the browser says another site sent the request other than by following a link
 * in the top-level window: an `<img>`, `<script>`, `fetch`, form or frame of its page.
 */
export function isCrossSiteSubresource(headers: IncomingHttpHeaders): boolean {
  const site = headers['sec-fetch-site']
  const topLevel = headers['sec-fetch-mode'] === 'navigate' && headers['sec-fetch-dest'] === 'document'
  return (site === 'cross-site' || site === 'same-site') && !topLevel
}

/**
 * The path of a request target as the server's routes would see it: decoded, in lower
 * case, dot segments and repeated slashes resolved. `undefined` for a target that is not a
 * path (absolute form, `*`) or that does not decode.
 */
export function requestPath(target: string | undefined): string | undefined {
  if (!target?.startsWith('/'))
    return undefined
  try {
    return posix.normalize(decodeURIComponent(target.split(/[?#]/, 1)[0]!)).toLowerCase()
  }
  catch {
    return undefined
  }
}

/** Why a server on 127.0.0.1 refuses the request (the 403's text), or `undefined` when it may pass. */
export function refuseRequest(request: IncomingMessage, rules: RequestRules): string | undefined {
  return refuseHost(request, rules) ?? refusePath(request, rules) ?? refuseOrigin(request, rules) ?? refuseMethod(request, rules)
}

/** Answers a refused request with 403 and the reason. */
export function forbid(response: ServerResponse, reason: string): void {
  response.writeHead(FORBIDDEN, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
  response.end(`forbidden: ${reason}\n`)
}

function refuseHost(request: IncomingMessage, { port }: RequestRules): string | undefined {
  return isLoopbackHost(request.headers.host, port) ? undefined : `host ${JSON.stringify(request.headers.host ?? '')} is not this machine`
}

function refusePath(request: IncomingMessage, { refusedPaths = [] }: RequestRules): string | undefined {
  const path = requestPath(request.url)
  if (path === undefined)
    return 'not a path'
  return refusedPaths.some(refused => path.startsWith(refused.toLowerCase())) ? `${path} is not served` : undefined
}

function refuseOrigin(request: IncomingMessage, { ownOriginOnly }: RequestRules): string | undefined {
  if (!ownOriginOnly)
    return undefined
  const { origin, host } = request.headers
  if (origin !== undefined && !isOwnOrigin(origin, host!))
    return `origin ${JSON.stringify(origin)} is not this server`
  return isCrossSiteSubresource(request.headers) ? 'another site\'s request' : undefined
}

function refuseMethod(request: IncomingMessage, { postTargets = [] }: RequestRules): string | undefined {
  const method = request.method ?? ''
  if (READ_METHODS.includes(method))
    return undefined
  const { origin, host } = request.headers
  const ownPage = origin !== undefined && isOwnOrigin(origin, host!)
  return method === 'POST' && ownPage && postTargets.includes(request.url ?? '') ? undefined : `${method} is not allowed`
}
