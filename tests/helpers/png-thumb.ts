import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { inflateSync } from 'node:zlib'

/** A grayscale picture: `width` x `height` values of 0-255, row by row. */
export interface GrayImage {
  width: number
  height: number
  pixels: Float64Array
}

/** Channels per pixel of each PNG colour type (gray, RGB, palette, gray+alpha, RGBA). */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }

/** The Paeth predictor of PNG's filter type 4. */
function paeth(left: number, up: number, upLeft: number): number {
  const p = left + up - upLeft
  const pa = Math.abs(p - left)
  const pb = Math.abs(p - up)
  const pc = Math.abs(p - upLeft)
  return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft
}

/**
 * Decodes an 8-bit, non-interlaced PNG (what Chromium and pdftoppm write) into gray
 * levels, transparent pixels laid over white.
 */
export function readGrayPng(path: string): GrayImage {
  const bytes = readFileSync(path)
  let offset = 8
  let width = 0
  let height = 0
  let colorType = 0
  let palette: Uint8Array | undefined
  const data: Uint8Array[] = []
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset)
    const type = bytes.toString('latin1', offset + 4, offset + 8)
    const body = bytes.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      width = body.readUInt32BE(0)
      height = body.readUInt32BE(4)
      if (body[8] !== 8 || body[12] !== 0)
        throw new Error(`${path}: only 8-bit non-interlaced PNGs are read`)
      colorType = body[9]!
    }
    else if (type === 'PLTE') {
      palette = body
    }
    else if (type === 'IDAT') {
      data.push(body)
    }
    offset += 12 + length
  }
  const channels = CHANNELS[colorType]
  if (!channels)
    throw new Error(`${path}: colour type ${colorType} is not read`)
  const raw = inflateSync(Buffer.concat(data))
  const stride = width * channels
  const rows = new Uint8Array(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!
    const source = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? rows[y * stride + x - channels]! : 0
      const up = y > 0 ? rows[(y - 1) * stride + x]! : 0
      const upLeft = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels]! : 0
      const predicted = filter === 1 ? left : filter === 2 ? up : filter === 3 ? (left + up) >> 1 : filter === 4 ? paeth(left, up, upLeft) : 0
      rows[y * stride + x] = (source[x]! + predicted) & 0xFF
    }
  }
  const pixels = new Float64Array(width * height)
  for (let i = 0; i < width * height; i++) {
    const at = i * channels
    let [r, g, b, a] = [0, 0, 0, 255]
    if (colorType === 0 || colorType === 4) {
      r = g = b = rows[at]!
      a = colorType === 4 ? rows[at + 1]! : 255
    }
    else if (colorType === 3) {
      const index = rows[at]! * 3
      r = palette?.[index] ?? 0
      g = palette?.[index + 1] ?? 0
      b = palette?.[index + 2] ?? 0
    }
    else {
      r = rows[at]!
      g = rows[at + 1]!
      b = rows[at + 2]!
      a = colorType === 6 ? rows[at + 3]! : 255
    }
    const gray = 0.299 * r + 0.587 * g + 0.114 * b
    pixels[i] = (gray * a + 255 * (255 - a)) / 255
  }
  return { width, height, pixels }
}

/** A picture shrunk to `width` x `height` by averaging the pixels each thumbnail pixel covers. */
export function thumbnail(image: GrayImage, width: number, height: number): GrayImage {
  const sums = new Float64Array(width * height)
  const counts = new Float64Array(width * height)
  for (let y = 0; y < image.height; y++) {
    const ty = Math.min(height - 1, Math.floor(y * height / image.height))
    for (let x = 0; x < image.width; x++) {
      const at = ty * width + Math.min(width - 1, Math.floor(x * width / image.width))
      sums[at]! += image.pixels[y * image.width + x]!
      counts[at]! += 1
    }
  }
  return { width, height, pixels: sums.map((sum, i) => sum / Math.max(1, counts[i]!)) }
}

/** Thumbnail size the similarity is measured at: 64x36, 16:9. */
export const THUMBNAIL = { width: 64, height: 36 } as const

/** Mean absolute difference of two grayscale pictures of one size, 0-255. */
function meanDifference(a: GrayImage, b: GrayImage): number {
  let total = 0
  for (let i = 0; i < a.pixels.length; i++)
    total += Math.abs(a.pixels[i]! - b.pixels[i]!)
  return total / a.pixels.length
}

/** How alike two pictures of a slide are, two ways (1: the same thumbnails). */
export interface Similarity {
  /** 1 minus the mean absolute difference of the 64x36 grayscale thumbnails, over 255. */
  absolute: number
  /**
   * 1 minus that difference over the difference between the reference and a slide of its
   * background alone (its most common gray): how much of what the slide shows beyond its
   * background is where it should be. A blank slide scores 0.
   */
  content: number
}

/** How alike a picture of a slide is to the reference picture of it (see {@link Similarity}). */
export function similarity(reference: string, other: string): Similarity {
  const left = thumbnail(readGrayPng(reference), THUMBNAIL.width, THUMBNAIL.height)
  const right = thumbnail(readGrayPng(other), THUMBNAIL.width, THUMBNAIL.height)
  const counts = new Map<number, number>()
  for (const value of left.pixels)
    counts.set(Math.round(value), (counts.get(Math.round(value)) ?? 0) + 1)
  const background = [...counts].sort((a, b) => b[1] - a[1])[0]![0]
  const blank: GrayImage = { ...left, pixels: left.pixels.map(() => background) }
  const difference = meanDifference(left, right)
  return { absolute: 1 - difference / 255, content: 1 - difference / Math.max(1, meanDifference(left, blank)) }
}
