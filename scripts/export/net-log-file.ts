import type { BrowserTraffic } from '../check/read-net-log'
import { readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { readNetLog } from '../check/read-net-log'

/** A fresh path for a browser's NetLog (`launchBrowser`'s `netLogPath`), outside the deck. */
export function netLogPath(): string {
  return join(tmpdir(), `deck-netlog-${process.pid}-${Date.now()}.json`)
}

/** What the browser process did on the network by itself, from its NetLog (read once it has closed, then removed). */
export async function readBrowserTraffic(path: string): Promise<BrowserTraffic> {
  const text = await readFile(path, 'utf8').catch(() => '')
  await rm(path, { force: true })
  return readNetLog(text)
}
