import type { Diagram } from '../../../diagrams/types'
import type { Block, Deck, Lang, Slide } from '../../model/deck'
import type { IrDeck, IrItem, IrSlide, IrText } from './ir'
import type { TextContext } from './normalize-text'
import type { Embedded } from './read-print-view'
import type { DeckSpec, LayoutKind, PlaceholderKind, Shape, SlideSpec, TextShape, ThemeSpec } from './spec'
import { Buffer } from 'node:buffer'
import { SANS_FONT } from '../../model/messages'
import { notesText } from '../../render/notes-text'
import { pptxNotes } from '../../render/pptx-notes'
import { fontPair, parseColor } from './css-values'
import { boxShapes, frameOf } from './normalize-box'
import { normalizeDiagram } from './normalize-diagram'
import { normalizeTable } from './normalize-table'
import { layoutText } from './normalize-text'

/** What the page gave of the deck: its IR, its images' bytes and the captured PNGs. */
export interface NormalizeInput {
  ir: IrDeck
  images: ReadonlyMap<string, Embedded>
  pngs: ReadonlyMap<string, string>
  /** The planned deck: the slides' kinds, titles, diagrams' data and notes. */
  deck: Deck
}

/** Language tags of the runs, by the deck's language. */
const RUN_LANG: Record<Lang, string> = { 'zh-CN': 'zh-CN', 'en': 'en-US', 'ja': 'ja-JP' }

/** The master's layout of each kind of slide. */
const LAYOUT_OF: Record<Slide['kind'], LayoutKind> = {
  cover: 'Cover',
  agenda: 'Agenda',
  section: 'Section',
  content: 'Content',
  statement: 'Statement',
  closing: 'Closing',
}

/** The placeholder a slide's title fills, by layout. */
const TITLE_PLACEHOLDER: Record<LayoutKind, PlaceholderKind> = {
  Cover: 'ctrTitle',
  Agenda: 'title',
  Section: 'title',
  Content: 'title',
  Statement: 'title',
  Closing: 'title',
}

/** Colours the theme falls back to when the page does not say (`styles/theme.css`). */
const FALLBACK_THEME = { ink: '1F2933', muted: '5B6776', paper: 'FBFAF7', primary: '1E3A5F', primarySoft: 'E6EDF5', accent: 'D97706', accentSoft: 'FDF3E3', band: '1E3A5F' }

/** Class of the text a statement slide shows (it has no heading): its title. */
const STATEMENT_CLASS = /\bstatement\b/

/** The deck's palette and fonts, from the theme's custom properties as the page computed them. */
export function themeOf(properties: Record<string, string>, lang: Lang): ThemeSpec {
  const color = (name: string, fallback: string) => parseColor(properties[name])?.color ?? fallback
  const eastAsian = SANS_FONT[lang]
  const body = fontPair(properties['--deck-font'] || eastAsian, eastAsian)
  return {
    ink: color('--deck-ink', FALLBACK_THEME.ink),
    muted: color('--deck-muted', FALLBACK_THEME.muted),
    paper: color('--deck-paper', FALLBACK_THEME.paper),
    primary: color('--deck-primary', FALLBACK_THEME.primary),
    primarySoft: color('--deck-primary-soft', FALLBACK_THEME.primarySoft),
    accent: color('--deck-accent', FALLBACK_THEME.accent),
    accentSoft: color('--deck-accent-soft', FALLBACK_THEME.accentSoft),
    band: color('--deck-band', FALLBACK_THEME.band),
    fonts: { heading: body, body, mono: fontPair(properties['--deck-mono'] || 'monospace', eastAsian) },
    lang: RUN_LANG[lang],
  }
}

/** The diagrams a slide's content shows, in order (what the page's diagrams are drawn from). */
function slideDiagrams(slide: Slide | undefined): Diagram[] {
  const from = (blocks: readonly Block[]): Diagram[] => blocks.flatMap(block => (block.type === 'diagram' ? [block.diagram] : block.type === 'quote' ? from(block.blocks) : []))
  return slide?.kind === 'content' ? from(slide.blocks) : []
}

/** The text the slide's title placeholder takes: its first top-level heading, else a statement slide's statement. */
function titleItem(items: readonly IrItem[]): IrText | undefined {
  const texts = items.filter((item): item is IrText => item.kind === 'text')
  return texts.find(item => item.tag === 'h1') ?? texts.find(item => STATEMENT_CLASS.test(item.className))
}

/** One slide of the page as a slide of shapes. */
function normalizeSlide(slide: IrSlide, index: number, input: NormalizeInput, context: TextContext, theme: ThemeSpec): SlideSpec {
  const model = input.deck.slides[index]
  const layout = LAYOUT_OF[model?.kind ?? 'content']
  const backgroundPng = slide.backgroundCapture ? input.pngs.get(slide.backgroundCapture) : undefined
  const paint = parseColor(slide.background) ?? { color: theme.paper, alpha: 1 }
  const title = titleItem(slide.items)
  const diagrams = slideDiagrams(model)
  const shapes: Shape[] = slide.items.flatMap((item): Shape[] => {
    switch (item.kind) {
      case 'box':
        return boxShapes(item, context, input.pngs)
      case 'text': {
        const laid = layoutText(item.paragraphs, context)
        if (!laid)
          return []
        const shape: TextShape = { kind: 'text', name: item === title ? 'Title' : item.tag, frame: laid.frame, paragraphs: laid.paragraphs, anchor: 't', wrap: laid.wraps, geometry: 'rect', radius: 0 }
        if (item === title)
          shape.placeholder = TITLE_PLACEHOLDER[layout]
        return [shape]
      }
      case 'image': {
        const data = input.images.get(item.src)
        const fallback = item.capture ? input.pngs.get(item.capture) : undefined
        const svg = data?.mime === 'image/svg+xml' ? Buffer.from(data.base64, 'base64').toString('utf8') : undefined
        const picture = svg ? (fallback ? { mime: 'image/png', base64: fallback } : undefined) : data
        return picture ? [{ kind: 'picture', name: 'image', frame: frameOf(item.rect), data: picture, svg, alt: item.alt, transparency: Math.round((1 - item.opacity) * 100) }] : []
      }
      case 'formula': {
        const png = input.pngs.get(item.capture)
        return png ? [{ kind: 'picture', name: 'formula', frame: frameOf(item.rect), data: { mime: 'image/png', base64: png }, alt: item.tex, transparency: 0 }] : []
      }
      case 'table': {
        const table = normalizeTable(item, context)
        return table ? [table] : []
      }
      case 'diagram':
        return normalizeDiagram(item, item.index >= 0 ? diagrams[item.index] : undefined, { text: context, pngs: input.pngs, paper: paint.color, group: `diagram-${index + 1}-${item.index}` })
    }
    return []
  })
  const notes = model?.notes ?? []
  return {
    layout,
    background: backgroundPng ? { picture: { mime: 'image/png', base64: backgroundPng } } : { paint },
    shapes,
    notes: pptxNotes(notes),
    notesText: notesText(notes),
  }
}

/**
 * Judges the page's IR of a deck into a native PowerPoint deck: each slide on its
 * layout of the master, its background, and its boxes, text (the title in the title
 * placeholder), pictures, formulas, tables and diagrams as shapes where the browser
 * drew them, and its notes with their bold. Pure: the same input gives the same deck.
 */
export function normalizeDeck(input: NormalizeInput): DeckSpec {
  const { deck } = input
  const theme = themeOf(input.ir.theme, deck.meta.lang)
  const context: TextContext = { lang: theme.lang, eastAsian: SANS_FONT[deck.meta.lang] }
  return {
    title: deck.meta.title,
    author: deck.meta.author,
    subject: deck.meta.subtitle,
    theme,
    slides: input.ir.slides.map((slide, index) => normalizeSlide(slide, index, input, context, theme)),
  }
}
