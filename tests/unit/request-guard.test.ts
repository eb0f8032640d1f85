import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { isCrossSiteSubresource, isLoopbackHost, refuseRequest, requestPath } from '../../scripts/export/request-guard'
import { NAV_STATE, REFUSED_DEV_PATHS } from '../../scripts/model/slidev-contract'

const PORT = 3030
const OWN = `http://127.0.0.1:${PORT}`
const DEV_RULES = { port: PORT, refusedPaths: REFUSED_DEV_PATHS, ownOriginOnly: true, postTargets: [NAV_STATE.path] }

function request(method: string, url: string, headers: IncomingHttpHeaders = {}): IncomingMessage {
  return { method, url, headers: { host: `127.0.0.1:${PORT}`, ...headers } } as IncomingMessage
}

describe('the guard of the servers on 127.0.0.1', () => {
  it('knows the loopback Hosts, with the server\'s port only', () => {
    for (const host of ['127.0.0.1:3030', 'localhost:3030', 'LOCALHOST:3030', '[::1]:3030'])
      expect(isLoopbackHost(host, PORT), host).toBe(true)
    for (const host of [undefined, '', '127.0.0.1', '127.0.0.1:3031', 'evil.example', 'evil.example:3030', 'a.localhost:3030', '10.0.0.1:3030', '127.0.0.1:3030.evil.example'])
      expect(isLoopbackHost(host, PORT), String(host)).toBe(false)
  })

  it('reads a path as routes would: decoded, lower case, dot segments resolved; not an absolute URL', () => {
    expect(requestPath('/__OPEN-in-editor?file=/etc/passwd')).toBe('/__open-in-editor')
    expect(requestPath('/%5F%5Fmcp')).toBe('/__mcp')
    expect(requestPath('//x/../__inspect/')).toBe('/__inspect/')
    expect(requestPath('http://127.0.0.1:3030/__mcp')).toBeUndefined()
    expect(requestPath('/%E0%A4%A')).toBeUndefined()
    expect(requestPath('*')).toBeUndefined()
  })

  it('tells another site\'s subresource from a link followed in the top-level window', () => {
    expect(isCrossSiteSubresource({ 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'image' })).toBe(true)
    expect(isCrossSiteSubresource({ 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'cors' })).toBe(true)
    expect(isCrossSiteSubresource({ 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'iframe' })).toBe(true)
    expect(isCrossSiteSubresource({ 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' })).toBe(false)
    expect(isCrossSiteSubresource({ 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors' })).toBe(false)
    expect(isCrossSiteSubresource({})).toBe(false)
  })

  it('lets the deck\'s own reads and its navigation post through, and refuses the rest', () => {
    expect(refuseRequest(request('GET', '/'), DEV_RULES)).toBeUndefined()
    expect(refuseRequest(request('HEAD', '/__slidev/slides/1.json', { origin: OWN }), DEV_RULES)).toBeUndefined()
    expect(refuseRequest(request('POST', NAV_STATE.path, { origin: OWN }), DEV_RULES)).toBeUndefined()
    expect(refuseRequest(request('POST', NAV_STATE.path), DEV_RULES)).toMatch(/POST is not allowed/)
    expect(refuseRequest(request('POST', `${NAV_STATE.path}?x`, { origin: OWN }), DEV_RULES)).toMatch(/POST is not allowed/)
    expect(refuseRequest(request('POST', '/__slidev/slides/1.json', { origin: OWN }), DEV_RULES)).toMatch(/POST is not allowed/)
    expect(refuseRequest(request('GET', '/', { origin: 'http://evil.example' }), DEV_RULES)).toMatch(/origin/)
    expect(refuseRequest(request('GET', '/', { origin: 'null' }), DEV_RULES)).toMatch(/origin/)
    expect(refuseRequest(request('GET', '/', { host: 'evil.example' }), DEV_RULES)).toMatch(/host/)
    expect(refuseRequest(request('GET', '/__MCP'), DEV_RULES)).toMatch(/not served/)
    expect(refuseRequest(request('PUT', '/'), { port: PORT })).toMatch(/PUT is not allowed/)
    expect(refuseRequest(request('POST', NAV_STATE.path, { origin: OWN }), { port: PORT })).toMatch(/POST is not allowed/)
  })
})
