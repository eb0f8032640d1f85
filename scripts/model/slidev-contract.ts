/**
 * The agreement between our code and what runs in the browser: Slidev's runtime (its
 * routes and the print view's markup) and our theme (the layouts in `layouts/*.vue`, the
 * props they read from a slide's front matter, and the classes our styles know). The
 * renderer writes these names, the layouts declare their props with these types, and the
 * code that drives the browser finds slides with these selectors: a name changes here, or
 * the type checker says where it is still used.
 *
 * Ground floor: no imports, nothing here runs in the page (functions passed to the page
 * get these strings as arguments).
 */

/** The slide canvas in CSS pixels (`canvasWidth` of the headmatter, 16:9). */
export const SLIDE_CANVAS = { width: 960, height: 540 } as const

/** Routes of the built deck (hash router: `routerMode: hash`), appended to the site's URL. */
export const ROUTES = {
  /** Every slide on one page, all clicks shown: what is measured, printed and captured. */
  print: '?print=true#/print',
  /** Slide `n` (1-based) in the audience view. */
  slide: (n: number) => `#/${n}`,
  /** Slide `n` (1-based) in the presenter view: current and next slide, notes, timer. */
  presenter: (n: number) => `#/presenter/${n}`,
} as const

/** Selectors of Slidev's print view (`ROUTES.print`). */
export const PRINT_VIEW = {
  /** The element around the slides' list. */
  container: '#print-container',
  /** The list of slides, each in a {@link PRINT_VIEW}`.slide`. */
  content: '#print-content',
  /** One slide, at the canvas size. */
  slide: '.print-slide-container',
  /** Slidev's placeholder while a slide's component is still loading. */
  loading: '.slidev-slide-loading',
  /** A slide's layout root (every layout's outer element). */
  layout: '.slidev-layout',
} as const

/** The theme's layouts (`layouts/<name>.vue`), by the name a slide's `layout:` gives. */
export const LAYOUT = {
  cover: 'cover',
  agenda: 'agenda',
  section: 'section',
  statement: 'statement',
  content: 'content',
  /** A content slide about its diagram. */
  diagram: 'diagram',
  /** A content slide about its code. */
  code: 'code',
  summary: 'summary',
  end: 'end',
} as const

/** A layout's name. */
export type LayoutName = typeof LAYOUT[keyof typeof LAYOUT]

/** Classes the renderer puts on slides and their parts, which the theme's styles and the fit check know. */
export const DECK_CLASS = {
  /** On a slide (front matter `class`): the smaller type step, for a slide that overflowed. */
  tight: 'deck-tight',
  /** A section's short opening, on its divider. */
  lead: 'deck-lead',
  /** A picture of the article. */
  figure: 'deck-figure',
  /** A diagram's caption (its source): held to the smallest-text limit only. */
  caption: 'deck-caption',
  /** A statement slide's text: body text. */
  statement: 'statement',
  /** The cover's subtitle. */
  subtitle: 'subtitle',
  /** The cover's author. */
  author: 'author',
} as const

/** A class of {@link DECK_CLASS}. */
export type DeckClass = typeof DECK_CLASS[keyof typeof DECK_CLASS]

/** Where a slide stands in the talk: `sectionIndex / sectionTotal`, shown as `03 / 06` (section, content and statement layouts). */
export interface SectionPosition {
  sectionIndex?: number
  sectionTotal?: number
}

/** Props of `layouts/agenda.vue`. */
export interface AgendaProps {
  /** `2/3` when the agenda spans several slides. */
  part?: string
}

/** Props of `layouts/section.vue`: the divider of section `sectionIndex` of `sectionTotal`. */
export type SectionProps = SectionPosition

/** Props of `layouts/content.vue`, `code.vue` and `diagram.vue`: the running header. */
export interface ContentProps {
  /** The section's title, when the slide's title is a subsection. */
  section?: string
  sectionIndex?: number
  sectionTotal?: number
  /** `2/3` when a topic spans several slides. */
  part?: string
}

/** How a statement slide shows its text. */
export type StatementVariant = 'statement' | 'quote'

/** Props of `layouts/statement.vue`. */
export interface StatementProps {
  variant?: StatementVariant
  section?: string
  sectionIndex?: number
  sectionTotal?: number
}

/** Props of `layouts/summary.vue`. */
export interface SummaryProps {
  section?: string
  part?: string
}

/** What a slide's front matter says beside its layout's props. */
export interface SlideExtras {
  /** Extra classes on the slide's layout root. */
  class?: DeckClass
  /** Props of the slide's diagrams, in order: the body binds diagram `i` with {@link diagramProps}. */
  diagrams?: unknown[]
}

/** A slide's front matter: its layout and that layout's props (the headmatter comes on top of slide 1's). */
export type SlideFrontmatter = SlideExtras & (
  | { layout: typeof LAYOUT.cover }
  | ({ layout: typeof LAYOUT.agenda } & AgendaProps)
  | ({ layout: typeof LAYOUT.section } & SectionProps)
  | ({ layout: typeof LAYOUT.statement } & StatementProps)
  | ({ layout: typeof LAYOUT.content | typeof LAYOUT.code | typeof LAYOUT.diagram | typeof LAYOUT.summary } & ContentProps)
  | { layout: typeof LAYOUT.end }
)

/** The expression in a slide's body that binds diagram `index`'s props from its front matter (`v-bind="..."`). */
export function diagramProps(index: number): string {
  return `$frontmatter.diagrams[${index}]`
}
