import type { SlideFill } from './slide-measure'
import { FILLED_LAYOUTS } from '../model/slidev-contract'

/** How much of the canvas content slides should use (not a limit the check fails on: the deck's look). */
export const FILL_TARGETS = {
  /** A slide with nothing drawn below this share of its height has its lower half empty. */
  halfway: 0.5,
  /** Most content slides, as a share, that may have their lower half empty. */
  maxHalfEmpty: 0.1,
  /** Least median fill of content slides (share of the height between the first and last thing drawn). */
  minMedian: 0.6,
}

/** Height of the measured slide, in px (measurements are scaled to a 1080-line slide). */
const SLIDE_HEIGHT = 1080

/** How a deck's content slides use the canvas. */
export interface FillSummary {
  /** Content slides measured (layouts in `FILLED_LAYOUTS`). */
  slides: number
  /** Median share of the height they fill, 0 to 1. */
  median: number
  /** Numbers of the content slides whose lower half is empty. */
  halfEmpty: number[]
  /** Numbers of the content slides that fill less than half their height: room a neighbour's points could use. */
  sparse: number[]
  /** Whether both targets of {@link FILL_TARGETS} are met. */
  meetsTargets: boolean
}

/** Whether nothing is drawn in a slide's lower half. */
export function isHalfEmpty(fill: SlideFill): boolean {
  return fill.bottom <= SLIDE_HEIGHT * FILL_TARGETS.halfway
}

/** Whether a content slide fills less than half its height (at the type step it has). */
export function isSparse(fill: SlideFill): boolean {
  return fill.share < FILL_TARGETS.halfway
}

/** Whether a slide's layout is one whose fill counts (a content slide, not a divider, statement or cover). */
export function countsForFill(layout: string | undefined): boolean {
  return layout !== undefined && (FILLED_LAYOUTS as readonly string[]).includes(layout)
}

/** The fill of a deck's content slides: median, the slides with an empty lower half, and whether the targets are met. */
export function summarizeFill(slides: readonly { slide: number, layout?: string, fill?: SlideFill }[]): FillSummary {
  const counted = slides.filter(slide => countsForFill(slide.layout) && slide.fill)
  const shares = counted.map(slide => slide.fill!.share).sort((a, b) => a - b)
  const middle = shares.length / 2
  const median = shares.length === 0 ? 0 : shares.length % 2 ? shares[Math.floor(middle)]! : (shares[middle - 1]! + shares[middle]!) / 2
  const halfEmpty = counted.filter(slide => isHalfEmpty(slide.fill!)).map(slide => slide.slide)
  return {
    slides: counted.length,
    median: Math.round(median * 1000) / 1000,
    halfEmpty,
    sparse: counted.filter(slide => isSparse(slide.fill!)).map(slide => slide.slide),
    meetsTargets: counted.length === 0 || (halfEmpty.length <= counted.length * FILL_TARGETS.maxHalfEmpty && median >= FILL_TARGETS.minMedian),
  }
}
