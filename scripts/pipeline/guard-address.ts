import type { LookupAddress, LookupAllOptions, LookupOptions } from 'node:dns'
import type { LookupFunction } from 'node:net'
import dns from 'node:dns'
import { isIP } from 'node:net'
import ipaddr from 'ipaddr.js'

/** Which addresses a download may reach. */
export interface AddressRules {
  /** Allow every address: loopback, private networks, link-local, … (`--allow-private-images`). */
  allowPrivate?: boolean
}

/** A DNS resolver shaped like `dns.lookup` asked for every address (`all: true`). */
export type ResolveAll = (
  hostname: string,
  options: LookupAllOptions,
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void

/** Options for {@link createGuardedLookup}. */
export interface GuardedLookupOptions extends AddressRules {
  /** The resolver whose answers are checked; `dns.lookup` unless a test gives another. */
  resolve?: ResolveAll
}

/** `code` of the error a guarded lookup gives for an address that is not public. */
export const REFUSED_ADDRESS_CODE = 'EADDRNOTPUBLIC'

/** The only schemes an image may be downloaded with. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:'])
/** The `ipaddr.js` range of an address anyone on the internet can reach. */
const PUBLIC_RANGE = 'unicast'
/** IPv4-compatible IPv6 (`::a.b.c.d`, deprecated) carries an IPv4 address; `ipaddr.js` calls it unicast. */
const IPV4_COMPATIBLE = ipaddr.IPv6.parseCIDR('::/96')
/** Host names that always mean this machine (RFC 6761). */
const LOCAL_HOST_NAME = /(?:^|\.)localhost\.?$/i

/**
 * Whether `ip` is an address anyone on the internet can reach. Refuses loopback, private
 * (10/8, 172.16/12, 192.168/16), link-local (169.254/16 with the cloud metadata address,
 * fe80::/10), unique-local fc00::/7, carrier-grade NAT 100.64/10, unspecified, multicast,
 * broadcast, reserved and documentation ranges, the IPv4-mapped and IPv4-compatible IPv6
 * forms of those, and anything that is not an IP address at all.
 */
export function isPublicAddress(ip: string): boolean {
  const bare = stripBrackets(ip)
  if (isIP(bare) === 0)
    return false
  const address = ipaddr.process(bare)
  if (address.kind() === 'ipv6' && address.match(IPV4_COMPATIBLE))
    return false
  return address.range() === PUBLIC_RANGE
}

/**
 * Reads an image URL as the browser would: protocol-relative `//host/x` means https.
 * Returns undefined when it is not a URL.
 */
export function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url.startsWith('//') ? `https:${url}` : url)
  }
  catch {
    return undefined
  }
}

/**
 * Why an image may not be downloaded from `url` before any network use, or undefined when it
 * may: the scheme must be http or https, and unless `allowPrivate`, the host must not be
 * `localhost` nor an IP address that is not public. Host names are checked again, once
 * resolved, by {@link createGuardedLookup}.
 */
export function checkUrl(url: string | URL, { allowPrivate = false }: AddressRules = {}): string | undefined {
  const parsed = typeof url === 'string' ? parseUrl(url) : url
  if (!parsed)
    return 'its address is not a valid URL'
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol))
    return `its scheme ${parsed.protocol} is not allowed (only http: and https:)`
  if (allowPrivate)
    return undefined
  const host = stripBrackets(parsed.hostname)
  if (LOCAL_HOST_NAME.test(host))
    return refusalText(host)
  if (isIP(host) !== 0 && !isPublicAddress(host))
    return refusalText(host)
  return undefined
}

/**
 * A `lookup` for `http.request` that resolves with `resolve` (`dns.lookup` by default) and
 * fails with code {@link REFUSED_ADDRESS_CODE} when any address found is not public, so the
 * socket can only connect to an address that was checked. Answers in both shapes Node asks
 * for: a list when called with `all: true`, else one address and its family.
 */
export function createGuardedLookup({ allowPrivate = false, resolve = resolveWithDns }: GuardedLookupOptions = {}): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...withoutAll(options), all: true }, (error, addresses) => {
      if (error)
        return callback(error, [])
      const refused = findRefusal(hostname, addresses, allowPrivate)
      if (refused)
        return callback(refused, [])
      if (options.all)
        return callback(null, addresses)
      const [first] = addresses
      return callback(null, first!.address, first!.family)
    })
  }
}

/** The guarded lookup with the default rules: public addresses only, resolved by `dns.lookup`. */
export const guardedLookup: LookupFunction = createGuardedLookup()

function findRefusal(hostname: string, addresses: LookupAddress[], allowPrivate: boolean): NodeJS.ErrnoException | undefined {
  if (addresses.length === 0)
    return Object.assign(new Error(`its host ${hostname} has no address`), { code: 'ENOTFOUND' })
  if (allowPrivate)
    return undefined
  const blocked = addresses.find(entry => !isPublicAddress(entry.address))
  return blocked ? Object.assign(new Error(refusalText(hostname, blocked.address)), { code: REFUSED_ADDRESS_CODE }) : undefined
}

function refusalText(host: string, address?: string): string {
  const where = address ? `its host ${host} resolves to ${address}, which` : `its host ${host}`
  return `${where} is not a public address`
}

function resolveWithDns(hostname: string, options: LookupAllOptions, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void): void {
  dns.lookup(hostname, options, callback)
}

function withoutAll(options: LookupOptions): Omit<LookupOptions, 'all'> {
  const { all: _all, ...rest } = options
  return rest
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host
}
