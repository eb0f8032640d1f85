/** Slide canvas in CSS pixels; PNGs are taken at twice this (1920x1080). */
export const CANVAS = { width: 960, height: 540, scale: 2 }
