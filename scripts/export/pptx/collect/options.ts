/** What `collectInPage` needs from outside the page: the print view's selectors, the canvas and the names it marks the page with. */
export interface CollectOptions {
  /** One slide of the print view (`PRINT_VIEW.slide`). */
  slide: string
  /** A slide's layout root (`PRINT_VIEW.layout`). */
  layout: string
  /** Class of our diagrams' figures (`deck-diagram`); the component is the figure's other class, in kebab case. */
  diagramClass: string
  /** Elements never shown (screen-reader text, KaTeX's MathML). */
  hidden: string
  /** Canvas size in CSS pixels: the IR's unit. */
  canvasWidth: number
  canvasHeight: number
  /** Source of a `u`-flag pattern of characters that draw nothing (`INVISIBLE_CHARS`). */
  invisible: string
  /** Attribute put on an element whose background alone is captured (its value is the capture's id). */
  backgroundAttribute: string
  /** The theme's custom properties to read (`--deck-primary` ...). */
  themeProperties: string[]
}
