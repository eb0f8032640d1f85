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

/** How many times the canvas a slide is drawn at in its PNG (1920x1080); type sizes at that scale are what the log reports. */
export const SLIDE_SCALE = 2

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
  /** A few short points: larger type, the block centred in the room under the title. */
  focus: 'focus',
  /** Two to four points that each open with a term or a number, as cards side by side. */
  cards: 'cards',
  /** A figure beside its text, the figure as large as its shape allows. */
  figure: 'figure',
  /** A figure alone, over the whole slide, with its caption. */
  picture: 'picture',
  /** A content slide that makes one claim: shown large, like a statement, under its title. */
  claim: 'claim',
  summary: 'summary',
  end: 'end',
} as const

/** A layout's name. */
export type LayoutName = typeof LAYOUT[keyof typeof LAYOUT]

/** The layouts a content slide can have (chosen from its content by `plan/choose-layout.ts`). */
export type ContentLayoutName = typeof LAYOUT.content | typeof LAYOUT.focus | typeof LAYOUT.cards | typeof LAYOUT.figure | typeof LAYOUT.picture | typeof LAYOUT.claim | typeof LAYOUT.code | typeof LAYOUT.diagram | typeof LAYOUT.summary

/**
 * Layouts whose slides are measured for how much of the canvas they use (the fit check's
 * fill): those of content slides that read from the top. Cover, agenda, dividers,
 * statements, claims and the closing are centred or structural and do not count.
 */
export const FILLED_LAYOUTS: readonly LayoutName[] = [LAYOUT.content, LAYOUT.focus, LAYOUT.cards, LAYOUT.figure, LAYOUT.picture, LAYOUT.code, LAYOUT.diagram, LAYOUT.summary]

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
  /** On a card (a point of the cards layout): the term or figure it opens with, as its heading. */
  cardTerm: 'deck-card-term',
  /** A code listing's label: the file or name the article gives it. */
  codeTitle: 'deck-code-title',
  /** A callout (GitHub's `> [!TIP]`); its kind is a second class, `deck-callout--tip`. */
  callout: 'deck-callout',
  /** A statement slide's text: body text. */
  statement: 'statement',
  /** The cover's subtitle. */
  subtitle: 'subtitle',
  /** The cover's author. */
  author: 'author',
} as const

/** A class of {@link DECK_CLASS}. */
export type DeckClass = typeof DECK_CLASS[keyof typeof DECK_CLASS]

/**
 * The type steps of content slides, largest first: the class on the slide's layout root
 * and the sizes it sets, in pixels of the 960x540 canvas (twice that on a 1920x1080
 * slide): body text, the slide's title, code and tables. `styles/theme.css` sets these
 * sizes for each class (`type-steps.test.ts` holds it to this table; `md` is the
 * layout's own), and the plan estimates a slide's height with them (`start-step.ts`).
 * The plan starts a slide at a step; the fit check tries every step in the browser and
 * moves the slide to the largest that fits. The smallest is {@link DECK_CLASS}`.tight`,
 * the step slides that overflowed always had.
 */
export const TYPE_STEPS = [
  { name: 'xl', className: 'deck-step-xl', px: { body: 28, title: 36, code: 21, table: 22 } },
  { name: 'lg', className: 'deck-step-lg', px: { body: 24, title: 34, code: 18, table: 18 } },
  { name: 'md', className: 'deck-step-md', px: { body: 20, title: 32, code: 15, table: 15 } },
  { name: 'sm', className: DECK_CLASS.tight, px: { body: 17, title: 28, code: 13, table: 14 } },
] as const

/** A type step's name. */
export type TypeStepName = typeof TYPE_STEPS[number]['name']

/** A type step's class. */
export type TypeStepClass = typeof TYPE_STEPS[number]['className']

/** Where a type step stands in {@link TYPE_STEPS} (0: the largest), or undefined for no step or an unknown name. */
export function typeStepIndex(step: string | undefined): number | undefined {
  const index = TYPE_STEPS.findIndex(candidate => candidate.name === step)
  return index < 0 ? undefined : index
}

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
  /** Extra classes on the slide's layout root: a content slide's type step. */
  class?: DeckClass | TypeStepClass
  /** Props of the slide's diagrams, in order: the body binds diagram `i` with {@link diagramProps}. */
  diagrams?: unknown[]
  /** The slide's share of the talk, which the presenter view measures the speaker's pace against. */
  budget?: SlideBudget
  /**
   * What the slide was made from (the article's section and block: `引言:2`), stable under
   * edits elsewhere in the article: how a rerun finds the slide in the speaker's `slides.md`.
   */
  origin?: string
}

/** A slide's time in the talk's plan, in whole seconds (the notes' first line says the same). */
export interface SlideBudget {
  /** The slide's own time. */
  seconds: number
  /** Where the talk should be, counted from its start, when the slide ends. */
  endsAt: number
}

/** A slide's front matter: its layout and that layout's props (the headmatter comes on top of slide 1's). */
export type SlideFrontmatter = SlideExtras & (
  | { layout: typeof LAYOUT.cover }
  | ({ layout: typeof LAYOUT.agenda } & AgendaProps)
  | ({ layout: typeof LAYOUT.section } & SectionProps)
  | ({ layout: typeof LAYOUT.statement } & StatementProps)
  | ({ layout: ContentLayoutName } & ContentProps)
  | { layout: typeof LAYOUT.end }
)

/** The expression in a slide's body that binds diagram `index`'s props from its front matter (`v-bind="..."`). */
export function diagramProps(index: number): string {
  return `$frontmatter.diagrams[${index}]`
}

/**
 * Endpoints of the dev server that `present --watch` runs (Slidev's `createServer` on
 * Vite), by where they come from. Each is checked against the installed source by
 * `tests/unit/slidev-contract.test.ts`; `export/serve-dev.ts` refuses them.
 */
export const DEV_ENDPOINTS = {
  /** Vite (launch-editor-middleware): opens `?file=` in the user's editor. Any method. */
  openInEditor: '/__open-in-editor',
  /** Slidev's MCP server (streamable HTTP): reads and edits the slides. Any method. */
  mcp: '/__mcp',
  /** vite-plugin-inspect (only with `slidev --inspect`): Vite's internals. Any method. */
  inspect: '/__inspect',
  /** Slidev: `GET` a slide's data (the presenter view's notes read it), `POST` rewrites `slides.md`. */
  slideData: (n: number) => `/__slidev/slides/${n}.json`,
  /** vite-plugin-vue-server-ref: `POST` sets state shared with every page (`snapshots` and persisted `drawings` are written to disk). */
  serverState: ['/@server-ref/', '/@server-reactive/'],
  /** UnoCSS devtools: `POST` adds classes to the page's CSS. */
  unocssDevtools: '/@unocss-devtools-update',
} as const

/** Paths refused for every method: they launch programs or edit the deck. */
export const REFUSED_DEV_PATHS: readonly string[] = [DEV_ENDPOINTS.openInEditor, DEV_ENDPOINTS.mcp, DEV_ENDPOINTS.inspect]

/**
 * The one write the deck's pages make that presenting needs: the navigation state (slide,
 * click, timer) that the audience window and the presenter view follow. Slidev's client
 * posts it as `{ source, data, timestamp }`, the whole state each time (never a `patch`).
 */
export const NAV_STATE = {
  path: `${DEV_ENDPOINTS.serverState[1]}nav`,
  /** The module Slidev's client imports the state from (`state/shared.ts`). */
  module: 'server-reactive:nav',
  /** The keys of a post. */
  keys: ['source', 'data', 'timestamp'],
} as const

/** Headmatter keys that turn off what writes files or edits the deck from the dev server. */
export const DEV_HEADMATTER = {
  /** Slidev's MCP endpoint answers 403 (`config.mcp === false`). */
  mcp: false,
  /** No editor panel, no dragging elements into the file, no "open in editor" (`__SLIDEV_FEATURE_EDITOR__`). */
  editor: false,
} as const
