// The deck model every stage shares: parse's output is planned into it, and render and
// export read it. It imports nothing of plan, render or export.

import type { Diagram } from '../../diagrams/types'
import type { Diagnostic } from '../lib/diagnostics'
import type { ContentLayoutName, TypeStepName } from './slidev-contract'

/**
 * Languages the planner distinguishes; the value is the deck's `lang` attribute. A new
 * one needs its messages (`scripts/model/messages.ts`), its detection and its font.
 */
export type Lang = 'zh-CN' | 'en' | 'ja'

/** Inline content: text with the article's own emphasis, links, code and math. */
export type Inline
  = | { type: 'text', value: string }
    | { type: 'strong' | 'emphasis' | 'delete', children: Inline[] }
    | { type: 'code', value: string }
    | { type: 'math', value: string }
    | { type: 'link', url: string, children: Inline[] }
    | { type: 'tag', tag: string, children: Inline[] }
    | { type: 'break' }

/** One point of a list, with its nested points. */
export interface Point {
  inlines: Inline[]
  children: Point[]
  /** Whether the nested points are numbered. */
  childrenOrdered?: boolean
  /** When presenting, the click that shows this point (top-level points only; none: shown at once). */
  click?: number
  /**
   * On a slide of cards: the point cut into the term or figure it opens with (the card's
   * heading) and the rest. `inlines` still holds the whole point.
   */
  card?: { term: Inline[], text: Inline[] }
}

/** Column alignment of a table. */
export type Align = 'left' | 'right' | 'center' | null

/** Content that can appear on a slide or in its notes. */
export type Block
  = | { type: 'points', ordered: boolean, start?: number, items: Point[] }
    | { type: 'paragraph', inlines: Inline[] }
    | { type: 'heading', inlines: Inline[] }
    /** `title`: the file or name the article gives the listing (`title="pyproject.toml"`), shown as its label. */
    /** `excerpt`: the lines shown, when the slide shows part of a longer block (the rest in the notes). */
    | { type: 'code', lang?: string, value: string, title?: string, excerpt?: { from: number, to: number, of: number } }
    | { type: 'table', align: Align[], header: Inline[][], rows: Inline[][][] }
    | { type: 'quote', blocks: Block[], callout?: CalloutKind }
    | { type: 'math', value: string }
    | { type: 'image', src: string, alt: string, title?: string, remote: boolean, line?: number }
    | DiagramBlock
    | ClickMark

/** In notes: what follows is said at the next click of the slide (Slidev's `[click]`). */
export interface ClickMark {
  type: 'click'
}

/** A diagram drawn by one of our components; `origin` says whether a rule found it or the author asked for it. */
export interface DiagramBlock {
  type: 'diagram'
  diagram: Diagram
  caption?: string
  origin: 'detected' | 'author'
  /** For a detected diagram: the article line of the paragraph (or list, or formula) it was read from. */
  line?: number
}

/** Fields every slide has. */
interface SlideBase {
  /** Identity across re-plans, for the fit check's hints (content and statement slides). */
  key?: string
  /** Type stepped down so the slide fits. */
  tight?: boolean
  /** The article's words for this slide, read aloud by the speaker. */
  notes: Block[]
  /** Line in the article where the slide's content starts. */
  line?: number
  /** A backup slide: after the closing slide, outside the talk of `--minutes` and its timer. */
  backup?: boolean
  /** Identity in `slides.md` across runs: the article's section and block it was made from (see `plan/slide-ids.ts`). */
  id?: string
  /** The article's lines the slide was made from, first and last (1-based). */
  span?: { from: number, to: number }
  /** For a slide the speaker wrote or changed in `slides.md`: where it starts there, and what it shows as written. */
  speaker?: SpeakerSlide
  /** Seconds planned for this slide when presenting. */
  seconds?: number
}

/** A slide as the speaker wrote or changed it in `slides.md`. */
export interface SpeakerSlide {
  /** The line of `slides.md` it starts at (1-based). */
  line: number
  /** Its Markdown between the front matter and the notes. */
  content: string
  /** The layout its front matter names, when it names one. */
  layout?: string
}

/** The title slide. */
export interface CoverSlide extends SlideBase {
  kind: 'cover'
  title: string
  subtitle?: string
  author?: string
}

/** The list of sections. */
export interface AgendaSlide extends SlideBase {
  kind: 'agenda'
  title: string
  items: string[]
  /** Number of the first item (agendas longer than a slide's budget are split). */
  start: number
  part?: { index: number, total: number }
}

/** A divider that opens a section and says where the talk is. */
export interface SectionSlide extends SlideBase {
  kind: 'section'
  title: string
  index: number
  total: number
  /** The section's opening point, when it has no more to show on a slide of its own. */
  lead?: Inline[][]
}

/** A slide of content taken from a section. */
export interface ContentSlide extends SlideBase {
  kind: 'content'
  title: string
  /** The section this slide belongs to, for running headers. */
  section?: string
  blocks: Block[]
  /** Part number when a topic is split over several slides (1-based), with the total. */
  part?: { index: number, total: number }
  /** `summary` for the slide(s) of the article's own summary section. */
  variant?: 'summary'
  /** A section folded into this one slide for a talk of `--minutes` (`plan/fold-section.ts`): how many slides of it the backup slides hold. */
  folded?: number
  /** Where the talk is: the number of the slide's section among all sections. */
  sectionNumber?: { index: number, total: number }
  /** How the slide lays out what it shows, chosen from its content (`plan/choose-layout.ts`). */
  layout?: ContentLayoutName
  /** The slide's type step: where the plan starts it, or where the fit check found it fits. */
  typeStep?: TypeStepName
}

/** A callout's kind: GitHub's alerts (`> [!TIP]`). */
export type CalloutKind = 'note' | 'tip' | 'important' | 'warning' | 'caution'

/** One statement shown large: the article's bold-only paragraph, or a long quote. */
export interface StatementSlide extends SlideBase {
  kind: 'statement'
  /** The section this slide belongs to, for running headers. */
  section?: string
  text: Inline[]
  /** `quote` when the statement is a quotation from the article. */
  variant: 'statement' | 'quote'
  /** Where the talk is: the number of the slide's section among all sections. */
  sectionNumber?: { index: number, total: number }
}

/** The last slide: thanks and questions. */
export interface ClosingSlide extends SlideBase {
  kind: 'closing'
  title: string
  /** Questions to the audience, from the article's own questions section. */
  questions: Inline[][]
}

/** Any slide of a deck. */
export type Slide = CoverSlide | AgendaSlide | SectionSlide | ContentSlide | StatementSlide | ClosingSlide

/** What the deck is about, for the headmatter and exports. */
export interface DeckMeta {
  title: string
  subtitle?: string
  author?: string
  lang: Lang
  /** Path of the article the deck was planned from. */
  source: string
  /** Length of the talk in seconds: asked for (`--minutes`) or estimated from the spoken text. */
  duration?: { seconds: number, source: 'minutes' | 'estimate' }
}

/** A planned talk: the typed model the renderer turns into Slidev Markdown. */
export interface Deck {
  meta: DeckMeta
  slides: Slide[]
  /** Problems the planner worked around, with the article's lines. */
  diagnostics: Diagnostic[]
}
