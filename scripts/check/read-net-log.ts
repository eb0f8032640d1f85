/** What a browser process asked of the network by itself, read from its NetLog. */
export interface BrowserTraffic {
  /** Host names it looked up (other than the machine's own). */
  lookups: string[]
  /** Addresses it connected to, or tried to (other than the machine's own). */
  connections: string[]
}

/** Hosts that are this machine. */
const LOCAL_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[?::1\]?|0\.0\.0\.0)$/i
/**
 * Event types of a host really being resolved: a resolver job is made only for a name
 * that no rule, cache or literal answers (a name mapped away by `--host-resolver-rules`
 * logs a request, but no job).
 */
const LOOKUP_EVENTS = new Set(['HOST_RESOLVER_MANAGER_JOB', 'HOST_RESOLVER_IMPL_JOB'])
/** Event types that name an address being connected to. */
const CONNECT_EVENTS = new Set(['TCP_CONNECT', 'TCP_CONNECT_ATTEMPT', 'UDP_CONNECT'])
/**
 * Chromium's IPv6 reachability probe: a UDP socket connected to this address only to ask
 * the kernel for a route; it sends nothing.
 */
const IPV6_PROBE = '[2001:4860:4860::8888]:443'

interface NetLogEvent {
  type: number
  params?: { host?: unknown, address?: unknown, address_list?: unknown }
}

/**
 * Reads a Chromium NetLog (`--log-net-log`) and lists the host names the browser looked
 * up and the addresses it connected to, leaving out the machine's own (`localhost`,
 * 127.0.0.0/8, ::1). A log cut short (the browser killed before it closed the file) is
 * read as far as it goes.
 */
export function readNetLog(text: string): BrowserTraffic {
  const { types, events } = parseNetLog(text)
  const lookups = new Set<string>()
  const connections = new Set<string>()
  for (const event of events) {
    const name = types.get(event.type)
    if (!name || !event.params)
      continue
    if (LOOKUP_EVENTS.has(name) && typeof event.params.host === 'string') {
      const host = hostOf(event.params.host)
      if (!LOCAL_HOST.test(host))
        lookups.add(host)
    }
    if (CONNECT_EVENTS.has(name)) {
      const addresses = [event.params.address, ...(Array.isArray(event.params.address_list) ? event.params.address_list : [])]
      for (const address of addresses.filter((value): value is string => typeof value === 'string')) {
        if (address !== IPV6_PROBE && !LOCAL_HOST.test(address.replace(/:\d+$/, '')))
          connections.add(address)
      }
    }
  }
  return { lookups: [...lookups].sort(), connections: [...connections].sort() }
}

/** `https://update.example.com` or `update.example.com:443` -> `update.example.com`. */
function hostOf(value: string): string {
  const bare = value.replace(/^[a-z][a-z\d+.-]*:\/\//i, '')
  return bare.startsWith('[') ? bare.slice(0, bare.indexOf(']') + 1) : bare.replace(/:\d+$/, '').replace(/\/.*$/, '')
}

function parseNetLog(text: string): { types: Map<number, string>, events: NetLogEvent[] } {
  const trimmed = text.trim()
  let parsed: { constants?: { logEventTypes?: Record<string, number> }, events?: NetLogEvent[] } | undefined
  for (const candidate of [trimmed, `${trimmed.replace(/,\s*$/, '')}]}`, `${trimmed.replace(/,\s*$/, '')}]}}`]) {
    try {
      parsed = JSON.parse(candidate)
      break
    }
    catch {}
  }
  if (!parsed)
    parsed = { constants: readConstants(trimmed), events: readEvents(trimmed) }
  const types = new Map(Object.entries(parsed.constants?.logEventTypes ?? {}).map(([name, id]) => [id, name]))
  return { types, events: parsed.events ?? [] }
}

function readConstants(text: string): { logEventTypes?: Record<string, number> } {
  const match = /"logEventTypes":(\{[^}]*\})/.exec(text)
  try {
    return match ? { logEventTypes: JSON.parse(match[1]!) } : {}
  }
  catch {
    return {}
  }
}

function readEvents(text: string): NetLogEvent[] {
  return text.split('\n').flatMap((line) => {
    try {
      const event = JSON.parse(line.trim().replace(/,$/, '')) as NetLogEvent
      return typeof event?.type === 'number' ? [event] : []
    }
    catch {
      return []
    }
  })
}
