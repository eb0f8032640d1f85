import { rmSync } from 'node:fs'
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { setTimeout as sleep } from 'node:timers/promises'
import { DeckError, EXIT_USAGE } from '../lib/errors'

/** Name of the lock file a run keeps in its output folder while it writes there. */
export const LOCK_FILE = '.deck.lock'
/** How often a waiting run looks whether the lock is free. */
const POLL_MS = 250
/** Longest wait for another run's lock before giving up. */
export const LOCK_WAIT_MS = 15 * 60 * 1000

/** Options for {@link withOutputLock}. */
export interface OutputLockOptions {
  /** Longest wait for another run (default {@link LOCK_WAIT_MS}; 0 stops at once). */
  waitMs?: number
  /** Called once when another run holds the folder and this one starts to wait. */
  onWait?: (pid: number) => void
}

/**
 * Runs `work` while holding the output folder's lock, so two runs into one folder never
 * interleave: a second run waits for the first, a lock whose process is gone (a killed
 * run) is taken over, and the lock is removed when the work ends, however it ends.
 */
export async function withOutputLock<T>(outDir: string, work: () => Promise<T>, { waitMs = LOCK_WAIT_MS, onWait }: OutputLockOptions = {}): Promise<T> {
  await mkdir(outDir, { recursive: true })
  const path = join(outDir, LOCK_FILE)
  const release = await acquire(path, waitMs, onWait)
  try {
    return await work()
  }
  finally {
    await release()
  }
}

async function acquire(path: string, waitMs: number, onWait?: (pid: number) => void): Promise<() => Promise<void>> {
  const deadline = Date.now() + waitMs
  let told = false
  for (;;) {
    try {
      const handle = await open(path, 'wx')
      await handle.writeFile(`${process.pid}\n`)
      await handle.close()
      const removeOnExit = () => rmSync(path, { force: true })
      process.once('exit', removeOnExit)
      return async () => {
        process.off('exit', removeOnExit)
        await rm(path, { force: true })
      }
    }
    catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw error
    }
    const holder = await readHolder(path)
    if (holder === undefined && await isFresh(path)) {
      await sleep(POLL_MS)
      continue
    }
    if (holder === undefined || !isRunning(holder)) {
      await rm(path, { force: true })
      continue
    }
    if (Date.now() >= deadline)
      throw new DeckError(`another run (pid ${holder}) is writing ${path.slice(0, -LOCK_FILE.length - 1)}; wait for it to end, or remove ${path} if it is gone`, EXIT_USAGE)
    if (!told) {
      onWait?.(holder)
      told = true
    }
    await sleep(POLL_MS)
  }
}

async function readHolder(path: string): Promise<number | undefined> {
  const text = await readFile(path, 'utf8').catch(() => '')
  const pid = Number.parseInt(text, 10)
  return Number.isInteger(pid) && pid > 0 ? pid : undefined
}

/** A lock file younger than this without a pid is being written, not left behind. */
const FRESH_MS = 5000

async function isFresh(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined)
  return info !== undefined && Date.now() - info.mtimeMs < FRESH_MS
}

function isRunning(pid: number): boolean {
  if (pid === process.pid)
    return true
  try {
    process.kill(pid, 0)
    return true
  }
  catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
