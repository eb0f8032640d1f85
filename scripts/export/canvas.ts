import { SLIDE_CANVAS, SLIDE_SCALE } from '../model/slidev-contract'

/** Slide canvas in CSS pixels; PNGs are taken at twice this (1920x1080). */
export const CANVAS = { ...SLIDE_CANVAS, scale: SLIDE_SCALE }
