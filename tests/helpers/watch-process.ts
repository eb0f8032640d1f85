import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import process from 'node:process'
import { vi } from 'vitest'
import { commandArgs, commandEnv, ROOT } from './run-cli'

/** A running `present --watch`: what it printed so far, and how to stop it. */
export interface WatchProcess {
  child: ChildProcess
  /** Everything it printed on stdout and stderr so far. */
  log: () => string
  /** Stops it and the dev server it started. */
  stop: () => void
}

/**
 * Starts `present --watch` on an article (downloads off) and waits until it says it is
 * ready; fails with what it printed when it is not ready in time.
 */
export async function startWatch(article: string, outDir: string, port: number): Promise<WatchProcess> {
  let log = ''
  const child = spawn(process.execPath, commandArgs('present', ['--watch', article, '--out', outDir, '--port', String(port)]), {
    cwd: ROOT,
    env: commandEnv(),
    detached: true,
  })
  child.stdout!.on('data', (chunk: Uint8Array) => (log += String(chunk)))
  child.stderr!.on('data', (chunk: Uint8Array) => (log += String(chunk)))
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM')
    }
    catch {}
  }
  await vi.waitFor(() => {
    if (!log.includes('ready'))
      throw new Error(`present --watch is not ready:\n${log}`)
  }, { timeout: 90_000, interval: 200 })
  return { child, log: () => log, stop }
}
