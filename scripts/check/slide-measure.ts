/**
 * What one slide measured in the browser, in pixels of a 1920x1080 slide: what the page's
 * measuring code (`export/measure/`, run in the page) returns and the check's rules judge.
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
  /**
   * How much of the slide's height is used: from the top of the first to the bottom of the
   * last thing drawn (px of the 1080-line slide), and that span's share of the height.
   */
  fill?: SlideFill
  /** The type step the slide is set at, when it has one (content slides). */
  step?: string
  /**
   * The slide laid out at its type step and at those that can change how it is planned,
   * largest first (the larger ones down to the first it fits at; every smaller one when it
   * does not fit at its own): whether it fits there, how far it overflows, and its fill.
   */
  steps?: StepTrial[]
}

/** The part of a slide's height that something is drawn in. */
export interface SlideFill {
  /** Top of the first thing drawn, in px of the 1080-line slide. */
  top: number
  /** Bottom of the last thing drawn, in px of the 1080-line slide. */
  bottom: number
  /** `(bottom - top) / 1080`, 0 to 1. */
  share: number
}

/** One type step tried in the browser. */
export interface StepTrial {
  /** The step's name (`TYPE_STEPS` of the Slidev contract). */
  step: string
  /** Nothing outside the slide, cut off, or below the layout's padding. */
  fits: boolean
  /** How far the furthest thing reaches outside the slide or is cut off at this step, as the check measures it (absent in measures kept by older runs). */
  overflow?: number
  /** The slide's fill at this step (share of the height). */
  fill: number
}
