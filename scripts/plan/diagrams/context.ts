/** What detection remembers while reading a section: the year last written, for dates like `3月`. */
export interface DetectContext {
  year?: number
}
