import type { AddressInfo } from 'node:net'
import http from 'node:http'
import sirv from 'sirv'
import { forbid, refuseRequest } from './request-guard'

/** A static server for a built deck on 127.0.0.1. */
export interface SiteServer {
  url: string
  close: () => Promise<void>
}

/**
 * Serves a built site from a folder on 127.0.0.1 (`port` 0: a free one). It answers only
 * reads (GET, HEAD) that name this machine's loopback as their Host: a page that points its
 * own name at 127.0.0.1 (DNS rebinding) gets 403, not the deck.
 */
export async function serveSite(dir: string, port = 0): Promise<SiteServer> {
  const handler = sirv(dir, { dev: true, etag: false })
  const server = http.createServer((request, response) => {
    const refused = refuseRequest(request, { port: (server.address() as AddressInfo).port })
    if (refused)
      return forbid(response, refused)
    handler(request, response, () => {
      response.statusCode = 404
      response.end('not found')
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const { port: bound } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  }
}
