import type { Page } from 'playwright-chromium'
import { Buffer } from 'node:buffer'

/** Size the golden screenshots are kept at: half of a 1920x1080 slide. */
export const GOLDEN_SIZE = { width: 960, height: 540 } as const

/** How far a pixel's channel may move before the pixel counts as different (0-255): anti-aliasing noise stays below. */
const CHANNEL_TOLERANCE = 48

/** A screenshot scaled down to {@link GOLDEN_SIZE}, as PNG bytes, drawn in the browser page given. */
export async function downscalePng(page: Page, png: Buffer): Promise<Buffer> {
  const dataUrl = await page.evaluate(async ({ source, width, height }) => {
    const image = new Image()
    image.src = source
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const context = canvas.getContext('2d')!
    context.imageSmoothingQuality = 'high'
    context.drawImage(image, 0, 0, width, height)
    return canvas.toDataURL('image/png')
  }, { source: `data:image/png;base64,${png.toString('base64')}`, ...GOLDEN_SIZE })
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64')
}

/** The share of pixels (0-1) whose colour differs by more than the tolerance between two PNGs of one size, compared in the browser page given. */
export async function pngDifference(page: Page, actual: Buffer, expected: Buffer): Promise<number> {
  return page.evaluate(async ({ a, b, tolerance }) => {
    const pixels = async (source: string) => {
      const image = new Image()
      image.src = source
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = image.naturalWidth
      canvas.height = image.naturalHeight
      const context = canvas.getContext('2d')!
      context.drawImage(image, 0, 0)
      return context.getImageData(0, 0, canvas.width, canvas.height)
    }
    const [left, right] = await Promise.all([pixels(a), pixels(b)])
    if (left.width !== right.width || left.height !== right.height)
      return 1
    let differing = 0
    for (let index = 0; index < left.data.length; index += 4) {
      const far = [0, 1, 2].some(channel => Math.abs(left.data[index + channel]! - right.data[index + channel]!) > tolerance)
      if (far)
        differing++
    }
    return differing / (left.width * left.height)
  }, { a: `data:image/png;base64,${actual.toString('base64')}`, b: `data:image/png;base64,${expected.toString('base64')}`, tolerance: CHANNEL_TOLERANCE })
}
