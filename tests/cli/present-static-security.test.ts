import type { ChildProcess } from 'node:child_process'
import type { OutgoingHttpHeaders } from 'node:http'
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { freePort } from '../helpers/free-port'
import { commandArgs, commandEnv, ROOT } from '../helpers/run-cli'

const DIR = join(ROOT, 'tests/.tmp/present-static-security')
const PAGE = '<!doctype html><title>deck</title><p>the built deck</p>\n'

let child: ChildProcess | undefined
let port: number

/** Sends a request to the server on 127.0.0.1 with the headers given by hand (Host ...). */
function send(method: string, path: string, headers: OutgoingHttpHeaders = {}): Promise<{ status: number, body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method, path, headers }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode!, body }))
    })
    request.on('error', reject)
    request.end()
  })
}

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true })
  mkdirSync(join(DIR, 'exports/site'), { recursive: true })
  writeFileSync(join(DIR, 'exports/site/index.html'), PAGE)
  port = await freePort()
  child = spawn(process.execPath, commandArgs('present', [DIR, '--port', String(port)]), {
    cwd: ROOT,
    env: commandEnv(),
    detached: true,
  })
  let log = ''
  child.stdout!.on('data', (chunk: Uint8Array) => (log += String(chunk)))
  child.stderr!.on('data', (chunk: Uint8Array) => (log += String(chunk)))
  await vi.waitFor(() => {
    if (!log.includes('ready'))
      throw new Error(`npm run present is not ready:\n${log}`)
  }, { timeout: 60_000, interval: 200 })
})

afterAll(() => {
  try {
    process.kill(-child!.pid!, 'SIGTERM')
  }
  catch {}
})

describe('npm run present (the built site)', () => {
  it('answers a loopback Host and refuses any other (DNS rebinding), and every method but GET and HEAD', async () => {
    const served = await send('GET', '/')
    expect(served.status).toBe(200)
    expect(served.body).toBe(PAGE)
    expect((await send('GET', '/', { Host: `localhost:${port}` })).status).toBe(200)
    expect((await send('HEAD', '/')).status).toBe(200)
    const rebound = await send('GET', '/', { Host: 'evil.example' })
    expect(rebound.status).toBe(403)
    expect(rebound.body).not.toContain('the built deck')
    expect((await send('GET', '/index.html', { Host: `evil.example:${port}` })).status).toBe(403)
    expect((await send('GET', '/', { Host: '127.0.0.1' })).status).toBe(403)
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS'])
      expect((await send(method, '/index.html')).status, method).toBe(403)
  })
})
