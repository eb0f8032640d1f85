import type { Page } from 'playwright-chromium'
import { Buffer } from 'node:buffer'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFile } from '../lib/files'
import { PRINT_VIEW } from '../model/slidev-contract'
import { CANVAS } from './canvas'
import { withTimeout } from './with-timeout'

/**
 * Takes one PNG per slide of the open print view (at {@link CANVAS}`.scale`, 1920x1080)
 * into `dir`, named `01.png` ... (three digits past 99 slides); returns the files in order.
 */
export async function takePngs(page: Page, dir: string, slideCount: number, timeout: number): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const boxes = await withTimeout(page.evaluate(slide => [...document.querySelectorAll(slide)].map((element) => {
    const box = element.getBoundingClientRect()
    return { x: box.left + window.scrollX, y: box.top + window.scrollY, width: box.width, height: box.height }
  }), PRINT_VIEW.slide), timeout, 'the slides were not laid out for PNGs')
  const session = await withTimeout(page.context().newCDPSession(page), timeout, 'the browser did not open a session for PNGs')
  const digits = Math.max(2, String(slideCount).length)
  const files: string[] = []
  const writes: Promise<void>[] = []
  try {
    for (let index = 0; index < slideCount; index++) {
      const box = boxes[index]!
      const what = `the PNG of slide ${index + 1} of ${slideCount} was not taken`
      await withTimeout(page.evaluate(y => window.scrollTo(0, y), box.y), timeout, what)
      const { data } = await withTimeout(session.send('Page.captureScreenshot', { format: 'png', clip: { ...box, scale: CANVAS.scale }, optimizeForSpeed: true }), timeout, what)
      const file = join(dir, `${String(index + 1).padStart(digits, '0')}.png`)
      writes.push(writeFile(file, Buffer.from(data, 'base64')))
      files.push(file)
    }
    await Promise.all(writes)
  }
  finally {
    await withTimeout(session.detach(), timeout, 'the browser did not close the PNG session').catch(() => {})
  }
  return files
}
