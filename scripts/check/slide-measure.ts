/**
 * What one slide measured in the browser, in pixels of a 1920x1080 slide: what the page's
 * measuring code (`export/measure-in-page.ts`) returns and the check's rules judge.
 */
export interface SlideMeasure {
  /** 1-based slide number. */
  slide: number
  /** How far text or boxes reach outside the slide, or are cut off inside a box (largest, in px). */
  overflow: number
  /** What overflows, for the report. */
  overflowWhat?: string
  /** Smallest font of any visible text. */
  minFont: number
  /** Smallest font of body text (points, paragraphs, quotes, tables). */
  minBodyFont: number
  /** Text with the smallest font, for the report. */
  minFontWhat?: string
  /** Images that did not load. */
  brokenImages: string[]
}
