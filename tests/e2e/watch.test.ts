import type { Browser } from 'playwright-chromium'
import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, describe, expect, it } from 'vitest'
import { openBrowser } from '../helpers/browser'
import { ROOT } from '../helpers/run-cli'

let browser: Browser | undefined
let stopPresent: (() => void) | undefined

afterAll(async () => {
  stopPresent?.()
  await browser?.close()
})

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

describe('npm run present -- --watch', () => {
  it('serves the deck and, when the article changes, the open deck changes with it', async () => {
    const dir = join(ROOT, 'tests/.tmp/watch')
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    const article = join(dir, 'talk.md')
    copyFileSync(join(ROOT, 'tests/fixtures/e2e/article.md'), article)
    const port = await freePort()
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cli/present.ts', '--watch', article, '--out', dir, '--port', String(port)], {
      cwd: ROOT,
      env: { ...process.env, INIT_CWD: ROOT, DECK_OFFLINE: '1' },
      detached: true,
    })
    stopPresent = () => {
      try {
        process.kill(-child.pid!, 'SIGTERM')
      }
      catch {}
    }
    let log = ''
    child.stdout.on('data', (chunk: Uint8Array) => (log += String(chunk)))
    child.stderr.on('data', (chunk: Uint8Array) => (log += String(chunk)))
    await expect.poll(() => log, { timeout: 90_000, interval: 200 }).toContain('ready')
    expect(log).toContain(`http://127.0.0.1:${port}/#/presenter/1`)

    browser = await openBrowser()
    const page = await browser.newPage({ viewport: { width: 960, height: 540 } })
    const offMachine: string[] = []
    await page.route('**/*', route => route.request().url().startsWith(`http://127.0.0.1:${port}/`) ? route.continue() : (offMachine.push(route.request().url()), route.abort()))
    await page.goto(`http://127.0.0.1:${port}/#/1`, { waitUntil: 'load', timeout: 90_000 })
    const title = () => page.evaluate(() => document.querySelector('.slidev-page-1 h1')?.textContent?.trim() ?? '')
    await expect.poll(title, { timeout: 60_000 }).toBe('端到端测试：为什么要写测试')

    writeFileSync(article, readFileSync(article, 'utf8').replace('title: 端到端测试：为什么要写测试', 'title: 边改边看：标题已更新'))
    await expect.poll(() => log, { timeout: 20_000 }).toMatch(/regenerated \d+ slides in \d+ ms/)
    await expect.poll(title, { timeout: 30_000 }).toBe('边改边看：标题已更新')
    expect(readFileSync(join(dir, 'slides.md'), 'utf8')).toContain('title: "边改边看：标题已更新"')
    expect(offMachine).toEqual([])
  }, 240_000)
})
