import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readNetLog } from '../../scripts/check/read-net-log'

/** Resolver and socket events of a Debian Chromium started without our flags, opening a page with a remote image (a real NetLog, cut to those events). */
const START = readFileSync(join(import.meta.dirname, '../fixtures/netlog/chromium-start.json'), 'utf8')

function log(types: Record<string, number>, events: unknown[]): string {
  return JSON.stringify({ constants: { logEventTypes: types }, events })
}

describe('readNetLog', () => {
  it('lists the hosts a browser looked up and the addresses it connected to on its own', () => {
    expect(readNetLog(START)).toEqual({
      lookups: ['accounts.google.com', 'example.invalid', 'update.googleapis.com'],
      connections: ['10.255.255.53:53'],
    })
  })

  it('leaves out the machine itself, names mapped away by resolver rules, and the IPv6 route probe', () => {
    const types = { HOST_RESOLVER_MANAGER_REQUEST: 1, HOST_RESOLVER_MANAGER_JOB: 2, TCP_CONNECT: 3, UDP_CONNECT: 4 }
    const text = log(types, [
      { type: 1, params: { host: 'https://~notfound' } },
      { type: 2, params: { host: 'http://localhost:3030' } },
      { type: 3, params: { address: '127.0.0.1:41233' } },
      { type: 4, params: { address: '[2001:4860:4860::8888]:443' } },
      { type: 3, params: { address: '[::1]:80' } },
    ])
    expect(readNetLog(text)).toEqual({ lookups: [], connections: [] })
  })

  it('reads a log cut short by a killed browser as far as it goes', () => {
    const text = log({ HOST_RESOLVER_MANAGER_JOB: 2, TCP_CONNECT: 3 }, [
      { type: 2, params: { host: 'https://update.example.com' } },
      { type: 3, params: { address: '93.184.216.34:443' } },
    ]).replace(/\]\}$/, ',\n')
    expect(readNetLog(text)).toEqual({ lookups: ['update.example.com'], connections: ['93.184.216.34:443'] })
  })
})
