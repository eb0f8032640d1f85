/** What `measureInPage` needs from outside the page: the canvas, the print view's selectors and the rules of what counts as text. */
export interface MeasureOptions {
  /** Slide height in CSS pixels; results are scaled to 1080 lines. */
  canvasHeight: number
  /** Source of a `u`-flag pattern matching characters that draw nothing (`INVISIBLE_CHARS` of `visible-text.ts`). */
  invisible: string
  /** Elements whose text is body text (`BODY_TEXT` of `limits.ts`). */
  bodyText: string
  /** Elements whose text is held only to the smallest-text limit (`SMALL_TEXT` of `limits.ts`). */
  smallText: string
  /** One slide of the print view (`PRINT_VIEW.slide` of the Slidev contract). */
  slide: string
  /** A slide's layout root (`PRINT_VIEW.layout`). */
  layout: string
  /** The type steps, largest first, by name and class (`TYPE_STEPS` of the Slidev contract): a slide at one is tried at the others that can change its plan. */
  steps: readonly { name: string, className: string }[]
  /** The slides to measure (0-based, in order); every slide when not given. */
  only?: readonly number[]
}
