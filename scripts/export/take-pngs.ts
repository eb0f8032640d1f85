import type { Page } from 'playwright-chromium'
import { Buffer } from 'node:buffer'
import { link, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { ExportError } from '../lib/errors'
import { writeFile } from '../lib/files'
import { pruneCache, putInCache } from './cache-files'
import { CANVAS } from './canvas'
import { slideBoxes } from './slide-boxes'
import { withTimeout } from './with-timeout'

/** The PNGs of a print view: one file per slide, in order. */
export interface TakenPngs {
  files: string[]
  /** Removes from the cache every PNG that is not one of these: call once the export is complete. */
  prune: () => Promise<void>
}

/** Where a deck's PNGs go and what is known of them before any is taken. */
export interface KeptPngsOptions {
  /**
   * Folder of PNGs from earlier runs, named by their slide's fingerprint (see
   * `slideFingerprints`): a slide drawn exactly as one of them is not taken again, and
   * every slide taken is added to it.
   */
  cacheDir?: string
  /** Each slide's fingerprint, read from the print view (see `slideFingerprints`). */
  fingerprints?: readonly (string | null)[]
}

/** A deck's PNGs once those kept from earlier runs are in place: the slides still to take, and how. */
export interface PngsToTake {
  /** The slides (0-based, in order) whose PNG is not kept and must be taken from the print view. */
  missing: number[]
  /** Takes the missing PNGs from the open print view (`page` is needed only when some are missing). */
  take: (page: Page | undefined, timeout: number) => Promise<TakenPngs>
}

/**
 * Puts the PNGs of a deck's slides into `dir` (at {@link CANVAS}`.scale`, 1920x1080),
 * named `01.png` ... (three digits past 99 slides): with a cache, a slide whose
 * fingerprint has a PNG there is linked from it at once, and `take` then scrolls to each
 * other slide of the print view and takes it (some 60 ms to 150 ms a slide), adding it to
 * the cache; `prune` then leaves in the cache only this export's.
 */
export async function keptPngs(dir: string, slideCount: number, { cacheDir, fingerprints = [] }: KeptPngsOptions = {}): Promise<PngsToTake> {
  await mkdir(dir, { recursive: true })
  const digits = Math.max(2, String(slideCount).length)
  const files = Array.from({ length: slideCount }, (_, index) => join(dir, `${String(index + 1).padStart(digits, '0')}.png`))
  const cached = (index: number) => (cacheDir && fingerprints[index] ? join(cacheDir, `${fingerprints[index]}.png`) : undefined)
  const missing: number[] = []
  if (cacheDir)
    await mkdir(cacheDir, { recursive: true })
  await Promise.all(files.map(async (file, index) => {
    const earlier = cached(index)
    if (!earlier || !await link(earlier, file).then(() => true, () => false))
      missing.push(index)
  }))
  missing.sort((a, b) => a - b)
  const take = async (page: Page | undefined, timeout: number): Promise<TakenPngs> => {
    if (missing.length > 0) {
      if (!page)
        throw new ExportError(`${missing.length} slide PNGs to take without a print view`)
      await capture(page, missing, files, slideCount, timeout)
    }
    await Promise.all(missing.map(async (index) => {
      const into = cached(index)
      if (into)
        await keep(files[index]!, into)
    }))
    const keepNames = new Set(fingerprints.filter(Boolean).map(fingerprint => `${fingerprint}.png`))
    const prune = async () => {
      if (cacheDir)
        await pruneCache(cacheDir, keepNames)
    }
    return { files, prune }
  }
  return { missing, take }
}

/** Adds a PNG to the cache under its fingerprint, as a hard link. */
function keep(file: string, into: string): Promise<void> {
  return putInCache(into, temporary => link(file, temporary))
}

/** Takes the PNGs of the slides at `indexes` (0-based) into their files. */
async function capture(page: Page, indexes: readonly number[], files: readonly string[], slideCount: number, timeout: number): Promise<void> {
  const boxes = await slideBoxes(page, timeout, 'the slides were not laid out for PNGs')
  const session = await withTimeout(page.context().newCDPSession(page), timeout, 'the browser did not open a session for PNGs')
  const writes: Promise<void>[] = []
  try {
    for (const index of indexes) {
      const box = boxes[index]!
      const what = `the PNG of slide ${index + 1} of ${slideCount} was not taken`
      await withTimeout(page.evaluate(y => window.scrollTo(0, y), box.y), timeout, what)
      const { data } = await withTimeout(session.send('Page.captureScreenshot', { format: 'png', clip: { ...box, scale: CANVAS.scale }, optimizeForSpeed: true }), timeout, what)
      writes.push(writeFile(files[index]!, Buffer.from(data, 'base64')))
    }
    await Promise.all(writes)
  }
  finally {
    await withTimeout(session.detach(), timeout, 'the browser did not close the PNG session').catch(() => {})
  }
}
