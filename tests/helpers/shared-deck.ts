import { existsSync, readFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { beforeAll, inject } from 'vitest'

/** What the e2e global set-up writes once the shared decks are made (`sharedDeckReady` names the file). */
export interface SharedDeckReady {
  /** What `npm run deck` printed when it built the shared deck. */
  deckLog: string
  /** Why the shared decks could not be made, when they could not. */
  error?: string
}

/** How long a test waits for the shared decks: the set-up's deck and build, on a busy machine. */
const READY_TIMEOUT_MS = 300_000
/** How often a waiting test looks for the set-up's file. */
const POLL_MS = 250

let ready: SharedDeckReady | undefined

/**
 * Waits until the global set-up has made the shared deck and the check-bad deck (it makes
 * them while the other projects' tests run) and returns what it wrote; throws the set-up's
 * error when it failed.
 */
export async function waitForSharedDeck(): Promise<SharedDeckReady> {
  const file = inject('sharedDeckReady')
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (!ready) {
    if (existsSync(file))
      ready = JSON.parse(readFileSync(file, 'utf8')) as SharedDeckReady
    else if (Date.now() > deadline)
      throw new Error(`the shared deck was not made within ${READY_TIMEOUT_MS / 1000} s (${file})`)
    else
      await sleep(POLL_MS)
  }
  if (ready.error)
    throw new Error(ready.error)
  return ready
}

/** Makes the test file's tests wait for the shared decks: call it before the file's own `beforeAll`. */
export function useSharedDeck(): void {
  beforeAll(waitForSharedDeck, READY_TIMEOUT_MS)
}
