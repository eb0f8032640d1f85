import type { AddressInfo } from 'node:net'
import http from 'node:http'
import sirv from 'sirv'

/** A static server for a built deck on 127.0.0.1. */
export interface SiteServer {
  url: string
  close: () => Promise<void>
}

/** Serves a built site from a folder on a free port of 127.0.0.1. */
export async function serveSite(dir: string, port = 0): Promise<SiteServer> {
  const handler = sirv(dir, { dev: true, etag: false })
  const server = http.createServer((request, response) => handler(request, response, () => {
    response.statusCode = 404
    response.end('not found')
  }))
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
