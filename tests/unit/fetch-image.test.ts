import type { LookupAddress, LookupAllOptions, LookupOptions } from 'node:dns'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo, LookupFunction } from 'node:net'
import type { ResolveAll } from '../../scripts/pipeline/guard-address'
import { Buffer } from 'node:buffer'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { fetchImage } from '../../scripts/pipeline/fetch-image'
import { checkUrl, createGuardedLookup, isPublicAddress, REFUSED_ADDRESS_CODE } from '../../scripts/pipeline/guard-address'

/** A valid 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
/** The start of a JPEG (SOI + JFIF APP0), enough for its type to be recognised. */
const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex')
/** Longest any single test may take. */
const TEST_LIMIT_MS = 5000
/** Size of each chunk of the endless stream. */
const CHUNK_BYTES = 64 * 1024
const ONE_MEGABYTE = 1024 * 1024

interface TestServer {
  port: number
  base: string
  /** Paths requested, in order. */
  requests: string[]
  close: () => Promise<void>
}

const servers: TestServer[] = []

/** An HTTP server on 127.0.0.1 (only) that logs what it is asked. */
async function startServer(handle: (request: IncomingMessage, response: ServerResponse) => void): Promise<TestServer> {
  const requests: string[] = []
  const server = http.createServer((request, response) => {
    requests.push(request.url ?? '')
    handle(request, response)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  const started: TestServer = {
    port,
    base: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      server.closeAllConnections()
      return new Promise(resolve => server.close(() => resolve()))
    },
  }
  servers.push(started)
  return started
}

function servePng(response: ServerResponse): void {
  response.writeHead(200, { 'content-type': 'image/png', 'content-length': PNG.length })
  response.end(PNG)
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(302, { location })
  response.end()
}

/** A resolver that answers from a table and never asks the network. */
function resolveFrom(table: Record<string, string[]>): ResolveAll & { calls: Array<{ hostname: string, options: LookupAllOptions }> } {
  const calls: Array<{ hostname: string, options: LookupAllOptions }> = []
  const resolve = (hostname: string, options: LookupAllOptions, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void): void => {
    calls.push({ hostname, options })
    const found = table[hostname]
    if (!found)
      return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), [])
    callback(null, found.map(address => ({ address, family: address.includes(':') ? 6 : 4 })))
  }
  return Object.assign(resolve, { calls })
}

/**
 * A lookup that pretends `names` are public hosts (they are this machine's 127.0.0.1, so a
 * test can stand for the internet) and hands every other name to `rest`.
 */
function pretendPublic(names: string[], rest: LookupFunction): LookupFunction {
  return (hostname, options, callback) => {
    if (!names.includes(hostname))
      return rest(hostname, options, callback)
    if (options.all)
      return callback(null, [{ address: '127.0.0.1', family: 4 }])
    callback(null, '127.0.0.1', 4)
  }
}

/** A lookup that records being called and never answers with an address. */
function spyLookup(): LookupFunction & { calls: string[] } {
  const calls: string[] = []
  const lookup: LookupFunction = (hostname, _options, callback) => {
    calls.push(hostname)
    callback(Object.assign(new Error('no lookup expected'), { code: 'ENOTFOUND' }), [])
  }
  return Object.assign(lookup, { calls })
}

function lookupOnce(lookup: LookupFunction, hostname: string, options: LookupOptions): Promise<{ error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number }> {
  return new Promise(resolve => lookup(hostname, options, (error, address, family) => resolve({ error, address, family })))
}

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'fetch-image-'))
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map(server => server.close()))
})

describe('isPublicAddress', () => {
  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '93.184.216.34',
    '11.0.0.1',
    '172.15.255.255',
    '172.32.0.0',
    '100.63.255.255',
    '100.128.0.0',
    '169.253.255.255',
    '192.167.255.255',
    '2606:4700:4700::1111',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
  ])('%s is public', (ip) => {
    expect(isPublicAddress(ip)).toBe(true)
  })

  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private 10/8'],
    ['10.255.255.255', 'private 10/8'],
    ['172.16.0.1', 'private 172.16/12'],
    ['172.31.255.255', 'private 172.16/12'],
    ['192.168.0.1', 'private 192.168/16'],
    ['169.254.169.254', 'cloud metadata (link-local)'],
    ['169.254.0.1', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.255', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'this network'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.1', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    ['::1', 'IPv6 loopback'],
    ['::', 'IPv6 unspecified'],
    ['fe80::1', 'IPv6 link-local'],
    ['febf:ffff::1', 'IPv6 link-local'],
    ['fe80::1%eth0', 'IPv6 link-local with zone'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['ff02::1', 'IPv6 multicast'],
    ['2001:db8::1', 'IPv6 documentation'],
    ['64:ff9b::7f00:1', 'NAT64 of loopback'],
    ['::7f00:1', 'IPv4-compatible loopback'],
    ['::a00:1', 'IPv4-compatible private'],
    ['::ffff:127.0.0.1', 'mapped loopback'],
    ['::ffff:7f00:1', 'mapped loopback, hex'],
    ['::ffff:10.0.0.1', 'mapped private'],
    ['::ffff:169.254.169.254', 'mapped metadata'],
    ['::ffff:192.168.1.1', 'mapped private'],
    ['::ffff:100.64.0.1', 'mapped carrier-grade NAT'],
    ['::ffff:0.0.0.0', 'mapped unspecified'],
    ['[::1]', 'bracketed loopback'],
    ['localhost', 'a name, not an address'],
    ['example.com', 'a name, not an address'],
    ['', 'nothing'],
    ['999.1.1.1', 'not an address'],
    ['0x7f.1', 'odd notation'],
  ])('%s is not public (%s)', (ip) => {
    expect(isPublicAddress(ip)).toBe(false)
  })
})

describe('checkUrl', () => {
  it.each([
    'ftp://example.com/a.png',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:image/png;base64,AAAA',
    'gopher://example.com/',
  ])('refuses the scheme of %s, even with allowPrivate', (url) => {
    expect(checkUrl(url)).toMatch(/scheme .* is not allowed/)
    expect(checkUrl(url, { allowPrivate: true })).toMatch(/scheme .* is not allowed/)
  })

  it('refuses what is not a URL', () => {
    expect(checkUrl('not a url')).toMatch(/not a valid URL/)
    expect(checkUrl('http://')).toMatch(/not a valid URL/)
  })

  it.each([
    'http://127.0.0.1/a.png',
    '//127.0.0.1/a.png',
    'https://10.1.2.3/a.png',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]:8080/a.png',
    'http://[::ffff:127.0.0.1]/a.png',
    'http://[fe80::1]/a.png',
    'http://0x7f.1/a.png',
    'http://2130706433/a.png',
    'http://017700000001/a.png',
    'http://0.0.0.0/a.png',
    'http://localhost/a.png',
    'http://LOCALHOST./a.png',
    'http://images.localhost:3000/a.png',
  ])('refuses the host of %s unless allowPrivate', (url) => {
    expect(checkUrl(url)).toMatch(/is not a public address/)
    expect(checkUrl(url, { allowPrivate: true })).toBeUndefined()
  })

  it('lets public addresses and names through (names are checked once resolved)', () => {
    expect(checkUrl('https://example.com/a.png')).toBeUndefined()
    expect(checkUrl('//example.com/a.png')).toBeUndefined()
    expect(checkUrl('http://93.184.216.34/a.png')).toBeUndefined()
    expect(checkUrl(new URL('http://[2606:4700:4700::1111]/a.png'))).toBeUndefined()
  })
})

describe('createGuardedLookup', () => {
  const table = {
    'public.test': ['93.184.216.34', '2606:4700:4700::1111'],
    'mixed.test': ['93.184.216.34', '10.0.0.7'],
    'metadata.test': ['169.254.169.254'],
    'mapped.test': ['::ffff:127.0.0.1'],
    'empty.test': [],
  }

  it('answers a list when asked for all, one address otherwise, and always resolves every address', async () => {
    const resolve = resolveFrom(table)
    const lookup = createGuardedLookup({ resolve })
    const all = await lookupOnce(lookup, 'public.test', { all: true })
    expect(all.error).toBeNull()
    expect(all.address).toEqual([{ address: '93.184.216.34', family: 4 }, { address: '2606:4700:4700::1111', family: 6 }])
    const one = await lookupOnce(lookup, 'public.test', { family: 4 })
    expect(one).toEqual({ error: null, address: '93.184.216.34', family: 4 })
    expect(resolve.calls.map(call => call.options)).toEqual([{ all: true }, { family: 4, all: true }])
  })

  it.each(['mixed.test', 'metadata.test', 'mapped.test'])('refuses %s, which resolves to an address that is not public', async (hostname) => {
    const lookup = createGuardedLookup({ resolve: resolveFrom(table) })
    for (const all of [true, false]) {
      const { error } = await lookupOnce(lookup, hostname, { all })
      expect(error?.code).toBe(REFUSED_ADDRESS_CODE)
      expect(error?.message).toMatch(new RegExp(`its host ${hostname} resolves to .* which is not a public address`))
    }
  })

  it('allows everything with allowPrivate, and passes resolver errors on', async () => {
    const lookup = createGuardedLookup({ allowPrivate: true, resolve: resolveFrom(table) })
    expect((await lookupOnce(lookup, 'mixed.test', { all: true })).address).toHaveLength(2)
    expect((await lookupOnce(lookup, 'nowhere.test', {})).error?.code).toBe('ENOTFOUND')
    expect((await lookupOnce(lookup, 'empty.test', {})).error?.code).toBe('ENOTFOUND')
  })
})

describe('fetchImage: addresses', () => {
  it('refuses a loopback server by default, which then sees no request', async () => {
    const server = await startServer((_request, response) => servePng(response))
    const dir = freshDir()
    const urls = [`${server.base}/ok.png`, `http://localhost:${server.port}/ok.png`, `http://[::ffff:127.0.0.1]:${server.port}/ok.png`]
    for (const url of urls)
      expect(await fetchImage(url, dir)).toEqual({ problem: expect.stringMatching(/is not a public address/) })
    expect(server.requests).toEqual([])
    expect(readdirSync(dir)).toEqual([])
  }, TEST_LIMIT_MS)

  it('refuses a host name that resolves to loopback, checking the address Node connects to', async () => {
    const server = await startServer((_request, response) => servePng(response))
    const resolve = resolveFrom({ 'inner.test': ['127.0.0.1'], 'sneaky.test': ['93.184.216.34', '127.0.0.1'] })
    const lookup = createGuardedLookup({ resolve })
    for (const host of ['inner.test', 'sneaky.test']) {
      const result = await fetchImage(`http://${host}:${server.port}/ok.png`, freshDir(), { lookup })
      expect(result).toEqual({ problem: `its host ${host} resolves to 127.0.0.1, which is not a public address` })
    }
    expect(resolve.calls.map(call => call.hostname)).toEqual(['inner.test', 'sneaky.test'])
    expect(server.requests).toEqual([])
  }, TEST_LIMIT_MS)

  it('downloads from a loopback server with allowPrivate, named by the URL, and reuses the file', async () => {
    const server = await startServer((_request, response) => servePng(response))
    const dir = freshDir()
    const result = await fetchImage(`${server.base}/ok.png`, dir, { allowPrivate: true })
    expect(result).toEqual({ file: expect.stringMatching(/[0-9a-f]{16}\.png$/) })
    const { file } = result as { file: string }
    expect(readFileSync(file)).toEqual(PNG)
    expect(readdirSync(dir)).toEqual([basename(file)])
    expect(await fetchImage(`${server.base}/ok.png`, dir, { allowPrivate: true })).toEqual({ file })
    expect(server.requests).toEqual(['/ok.png'])
  }, TEST_LIMIT_MS)

  it.each(['ftp://127.0.0.1/a.png', 'file:///etc/passwd', 'javascript:alert(1)', 'data:image/png;base64,AAAA'])('refuses %s without using the network', async (url) => {
    const lookup = spyLookup()
    const result = await fetchImage(url, freshDir(), { allowPrivate: true, lookup })
    expect(result).toEqual({ problem: expect.stringMatching(/scheme .* is not allowed/) })
    expect(lookup.calls).toEqual([])
  }, TEST_LIMIT_MS)
})

describe('fetchImage: redirects', () => {
  it('follows at most 3 redirects', async () => {
    const server = await startServer((request, response) => {
      const left = Number(request.url!.split('/').pop())
      if (left === 0)
        servePng(response)
      else
        redirect(response, `/hop/${left - 1}`)
    })
    expect(await fetchImage(`${server.base}/hop/3`, freshDir(), { allowPrivate: true })).toHaveProperty('file')
    server.requests.length = 0
    expect(await fetchImage(`${server.base}/hop/4`, freshDir(), { allowPrivate: true })).toEqual({ problem: 'it redirects more than 3 times' })
    expect(server.requests).toEqual(['/hop/4', '/hop/3', '/hop/2', '/hop/1'])
    expect(await fetchImage(`${server.base}/hop/1`, freshDir(), { allowPrivate: true, maxRedirects: 0 })).toEqual({ problem: 'it redirects more than 0 times' })
  }, TEST_LIMIT_MS)

  it('checks every redirect target again: no loopback, no other scheme', async () => {
    const inner = await startServer((_request, response) => servePng(response))
    const targets: Record<string, string> = {
      '/to-literal': `http://127.0.0.1:${inner.port}/ok.png`,
      '/to-mapped': `http://[::ffff:7f00:1]:${inner.port}/ok.png`,
      '/to-localhost': `http://localhost:${inner.port}/ok.png`,
      '/to-name': `http://inner.test:${inner.port}/ok.png`,
      '/to-metadata': 'http://169.254.169.254/latest/meta-data/',
      '/to-file': 'file:///etc/passwd',
    }
    const outer = await startServer((request, response) => redirect(response, targets[request.url!]!))
    // public.test stands for a public host (it is 127.0.0.1); every other name goes through the guard.
    const lookup = pretendPublic(['public.test'], createGuardedLookup({ resolve: resolveFrom({ 'inner.test': ['127.0.0.1'] }) }))
    const problems: Record<string, string> = {}
    for (const path of Object.keys(targets)) {
      const result = await fetchImage(`http://public.test:${outer.port}${path}`, freshDir(), { lookup })
      problems[path] = 'problem' in result ? result.problem : 'downloaded'
    }
    expect(problems).toEqual({
      '/to-literal': `it redirects to ${targets['/to-literal']}, but its host 127.0.0.1 is not a public address`,
      '/to-mapped': `it redirects to ${targets['/to-mapped']}, but its host ::ffff:7f00:1 is not a public address`,
      '/to-localhost': `it redirects to ${targets['/to-localhost']}, but its host localhost is not a public address`,
      '/to-name': 'its host inner.test resolves to 127.0.0.1, which is not a public address',
      '/to-metadata': `it redirects to ${targets['/to-metadata']}, but its host 169.254.169.254 is not a public address`,
      '/to-file': 'it redirects to file:///etc/passwd, but its scheme file: is not allowed (only http: and https:)',
    })
    expect(outer.requests).toEqual(Object.keys(targets))
    expect(inner.requests).toEqual([])
  }, TEST_LIMIT_MS)

  it('follows a redirect to a private address with allowPrivate (the setup above does reach it)', async () => {
    const inner = await startServer((_request, response) => servePng(response))
    const outer = await startServer((_request, response) => redirect(response, `http://127.0.0.1:${inner.port}/ok.png`))
    const lookup = pretendPublic(['public.test'], spyLookup())
    expect(await fetchImage(`http://public.test:${outer.port}/to-literal`, freshDir(), { lookup, allowPrivate: true })).toHaveProperty('file')
    expect(inner.requests).toEqual(['/ok.png'])
  }, TEST_LIMIT_MS)
})

describe('fetchImage: size and time', () => {
  it('stops an endless stream as soon as it passes the size cap', async () => {
    let closed!: Promise<void>
    const server = await startServer((_request, response) => {
      closed = new Promise(resolve => response.on('close', resolve))
      response.writeHead(200, { 'content-type': 'image/png' })
      const chunk = Buffer.alloc(CHUNK_BYTES, 0x89)
      const pump = (): void => {
        while (!response.destroyed && response.write(chunk));
        if (!response.destroyed)
          response.once('drain', pump)
      }
      pump()
    })
    const started = Date.now()
    const result = await fetchImage(`${server.base}/endless.png`, freshDir(), { allowPrivate: true, maxBytes: ONE_MEGABYTE, timeoutMs: 10_000 })
    expect(result).toEqual({ problem: 'it is larger than 1 MB' })
    expect(Date.now() - started).toBeLessThan(2000)
    await closed
  }, TEST_LIMIT_MS)

  it('refuses at once a body whose declared length is over the cap', async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'image/png', 'content-length': 50 * ONE_MEGABYTE })
      response.write(PNG)
    })
    const started = Date.now()
    expect(await fetchImage(`${server.base}/huge.png`, freshDir(), { allowPrivate: true, maxBytes: ONE_MEGABYTE, timeoutMs: 10_000 })).toEqual({ problem: 'it is larger than 1 MB' })
    expect(Date.now() - started).toBeLessThan(2000)
  }, TEST_LIMIT_MS)

  it.each([
    ['never answers', (_response: ServerResponse) => {}],
    ['stops in the middle of the body', (response: ServerResponse) => {
      response.writeHead(200, { 'content-type': 'image/png', 'content-length': 1000 })
      response.write(PNG.subarray(0, 10))
    }],
  ])('gives up on a server that %s, within the time limit', async (_name, answer) => {
    let closed!: Promise<void>
    const server = await startServer((_request, response) => {
      closed = new Promise(resolve => response.on('close', resolve))
      answer(response)
    })
    const started = Date.now()
    const result = await fetchImage(`${server.base}/slow.png`, freshDir(), { allowPrivate: true, timeoutMs: 300 })
    expect(result).toEqual({ problem: 'the host did not answer within 0.3 s' })
    expect(Date.now() - started).toBeLessThan(1500)
    await closed
  }, TEST_LIMIT_MS)

  it('bounds the whole redirect chain by one time limit', async () => {
    const server = await startServer((request, response) => {
      const left = Number(request.url!.split('/').pop())
      setTimeout(() => left === 0 ? servePng(response) : redirect(response, `/hop/${left - 1}`), 200)
    })
    const started = Date.now()
    const result = await fetchImage(`${server.base}/hop/3`, freshDir(), { allowPrivate: true, timeoutMs: 500 })
    expect(result).toEqual({ problem: expect.stringMatching(/^the host did not answer/) })
    expect(Date.now() - started).toBeLessThan(1500)
    expect(server.requests.length).toBeLessThan(4)
  }, TEST_LIMIT_MS)

  it('reports a status that is not success', async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(404)
      response.end()
    })
    expect(await fetchImage(`${server.base}/gone.png`, freshDir(), { allowPrivate: true })).toEqual({ problem: 'the server answered 404' })
  }, TEST_LIMIT_MS)
})

describe('fetchImage: the bytes must be an image', () => {
  const bodies: Record<string, { type: string, body: string | Buffer }> = {
    '/text-as-png': { type: 'image/png', body: 'just some text, not a picture' },
    '/html': { type: 'text/html', body: '<html><body>hello</body></html>' },
    '/html-as-svg': { type: 'image/svg+xml', body: '<!DOCTYPE html><html><svg></svg></html>' },
    '/jpeg-as-png': { type: 'image/png', body: JPEG },
    '/png-as-octets': { type: 'application/octet-stream', body: PNG },
    '/empty': { type: 'image/png', body: '' },
  }
  let server: TestServer

  beforeAll(async () => {
    server = await startServer((request, response) => {
      const { type, body } = bodies[request.url!]!
      response.writeHead(200, { 'content-type': type })
      response.end(body)
    })
    servers.splice(servers.indexOf(server), 1)
  })

  afterAll(() => server.close())

  it('refuses text, whatever the server calls it', async () => {
    const dir = freshDir()
    expect(await fetchImage(`${server.base}/text-as-png`, dir, { allowPrivate: true })).toEqual({ problem: 'it is not an image (served as image/png)' })
    expect(await fetchImage(`${server.base}/html`, dir, { allowPrivate: true })).toEqual({ problem: 'it is not an image (text/html)' })
    expect(await fetchImage(`${server.base}/html-as-svg`, dir, { allowPrivate: true })).toEqual({ problem: 'it is not an image (served as image/svg+xml)' })
    expect(await fetchImage(`${server.base}/empty`, dir, { allowPrivate: true })).toEqual({ problem: 'it is not an image (served as image/png)' })
    expect(readdirSync(dir)).toEqual([])
  }, TEST_LIMIT_MS)

  it('names the file by what the bytes are, not by the content type', async () => {
    const jpeg = await fetchImage(`${server.base}/jpeg-as-png`, freshDir(), { allowPrivate: true })
    expect(jpeg).toEqual({ file: expect.stringMatching(/\.jpg$/) })
    const png = await fetchImage(`${server.base}/png-as-octets`, freshDir(), { allowPrivate: true })
    expect(png).toEqual({ file: expect.stringMatching(/\.png$/) })
  }, TEST_LIMIT_MS)
})

// SVG: relies on sanitizeSvg from scripts/pipeline/image-bytes.ts (written by another engineer).
describe('fetchImage: SVG (uses sanitizeSvg from image-bytes)', () => {
  const svg = [
    '\uFEFF<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- drawn by hand -->',
    '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [ <!ENTITY x "y"> ]>',
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)">',
    '<script>alert(2)</script><rect width="10" height="10" fill="red"/></svg>',
  ].join('\n')

  it('keeps an SVG, whatever it is served as, made inert', async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' })
      response.end(svg)
    })
    const result = await fetchImage(`${server.base}/drawing`, freshDir(), { allowPrivate: true })
    expect(result).toEqual({ file: expect.stringMatching(/[0-9a-f]{16}\.svg$/) })
    const written = readFileSync((result as { file: string }).file, 'utf8')
    expect(written).toContain('<rect')
    expect(written).not.toMatch(/script|onload|alert|ENTITY/i)
  }, TEST_LIMIT_MS)
})
