/** What detection remembers while reading an article. */
export interface DetectContext {
  /** The year last written, for dates like `3月`. */
  year?: number
  /** The cards of the last StatGrid drawn (see `statKey`), so the next grid does not show them again. */
  shownStats?: string[]
}
