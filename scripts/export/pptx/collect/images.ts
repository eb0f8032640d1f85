import type { IrImage } from '../ir'
import type { SlideContext } from './context'
import { addCapture, contentBox, opacityOf } from './context'

/** An image where its pixels are drawn (inside its box as `object-fit` places them); an SVG image is also captured as a picture. */
export function imageOf(slide: SlideContext, image: HTMLImageElement): IrImage {
  const box = contentBox(slide, image)
  const fit = getComputedStyle(image).objectFit
  let rect = box
  if ((fit === 'contain' || fit === 'scale-down') && image.naturalWidth > 0 && image.naturalHeight > 0) {
    const k = Math.min(box.w / image.naturalWidth, box.h / image.naturalHeight, fit === 'scale-down' ? 1 : Number.POSITIVE_INFINITY)
    const w = image.naturalWidth * k
    const h = image.naturalHeight * k
    rect = { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h }
  }
  const src = image.currentSrc || image.src
  const svg = /\.svg(?:[?#]|$)|^data:image\/svg/i.test(src)
  return {
    kind: 'image',
    rect,
    src,
    alt: image.alt,
    naturalWidth: image.naturalWidth,
    naturalHeight: image.naturalHeight,
    opacity: opacityOf(slide.page, image),
    capture: svg ? addCapture(slide.page, image.getBoundingClientRect(), false) : undefined,
  }
}
