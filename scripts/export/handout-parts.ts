import type { Deck } from '../model/deck'
import { FONT_STACK, MESSAGES } from '../model/messages'
import { PRINT_VIEW } from '../model/slidev-contract'
import { slideLabel } from '../plan/deck-outline'
import { measureText } from '../plan/measure-text'
import { escapeHtmlText } from '../render/escape'
import { notesHtml } from '../render/notes-html'
import { notesText } from '../render/notes-text'
import { CANVAS } from './canvas'

/** Slides a handout page holds: 1 (large slide, notes beneath) or 2-3 (slide beside its notes). */
export type HandoutPerPage = 1 | 2 | 3

/** What the handout adds to the deck's print view: a style sheet, a title block and each slide's notes. */
export interface HandoutParts {
  css: string
  header: string
  notes: string[]
  perPage: HandoutPerPage
}

/** The colour emoji family every font stack ends with (declared when the deck has emoji). */
const EMOJI_FACE = 'Deck Emoji'

/** Width of the A4 text area in CSS pixels (210 mm less 2 x 15 mm margins, at 96 px an inch). */
const A4_TEXT_WIDTH = 680

/**
 * Notes that fit beside a slide on half an A4 page (two slides a page), in units of
 * `measureText` (a CJK character, 0.4 of an English word): about 23 lines of 22 units in
 * the notes column at 9 pt.
 */
export const HALF_PAGE_NOTES = 500
/** Share of the text width a slide takes: the whole with its notes beneath, more than half beside short notes (two a page), less beside three. */
const SLIDE_SHARE: Record<HandoutPerPage, number> = { 1: 1, 2: 0.56, 3: 0.46 }

/** Share of slides whose notes may run past half a page before the handout gives each slide a page. */
const LONG_NOTES_SHARE = 0.25

/**
 * How many slides a handout page holds when not asked: two (each slide beside its notes)
 * when the notes are short enough, one (the slide large, its notes beneath) only when
 * more than a quarter of the slides have notes longer than half a page.
 */
export function handoutPerPageFor(deck: Deck): HandoutPerPage {
  const long = deck.slides.filter(slide => measureText(notesText(slide.notes)) > HALF_PAGE_NOTES).length
  return long > deck.slides.length * LONG_NOTES_SHARE ? 1 : 2
}

/**
 * The handout's parts, laid out on A4 portrait around the deck's own slides (which stay
 * vector text): a title block, each slide's number, title and notes (the article's
 * text), the deck's title at the top of each page and page numbers at the bottom. The
 * title and the slides' headings become the PDF's bookmarks.
 */
export function renderHandoutParts(deck: Deck, perPage: HandoutPerPage = 1): HandoutParts {
  const { meta } = deck
  const byline = [meta.subtitle, meta.author].filter(Boolean).map(text => escapeHtmlText(text!)).join(' · ')
  const header = `<header class="handout-title"><h1>${escapeHtmlText(meta.title)}</h1>${byline ? `<p>${byline}</p>` : ''}<p class="count">${MESSAGES[meta.lang].handoutSummary(deck.slides.length)}</p></header>`
  const notes = deck.slides.map((slide, index) => `<h2><span class="number">${index + 1}</span> ${escapeHtmlText(slideLabel(slide, 120))}</h2>\n${notesHtml(slide.notes)}`)
  return { css: handoutCss(meta.title, perPage, FONT_STACK[meta.lang]), header, notes, perPage }
}

function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, match => `\\${match}`).replace(/\s+/g, ' ')}"`
}

function handoutCss(title: string, perPage: HandoutPerPage, faces: readonly string[]): string {
  const side = perPage > 1
  const slideWidth = Math.round(A4_TEXT_WIDTH * SLIDE_SHARE[perPage])
  const zoom = (slideWidth / CANVAS.width).toFixed(4)
  const font = [...faces.map(face => `'${face}'`), 'sans-serif', `'${EMOJI_FACE}'`].join(', ')
  return `@page {
  size: A4 portrait;
  margin: 16mm 15mm 15mm 15mm;
  @top-left { content: ${cssString(title)}; font: 8pt ${font}; color: #6b7280; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 8pt ${font}; color: #6b7280; }
}
html.print, html.print body, html.print #app, html.print #page-root, html.print ${PRINT_VIEW.container}, html.print ${PRINT_VIEW.content} { background: #fff !important; color-scheme: light; }
html.print #app, html.print #page-root, html.print ${PRINT_VIEW.container}, html.print ${PRINT_VIEW.content} { height: auto !important; max-height: none !important; overflow: visible !important; }
html.print ${PRINT_VIEW.content} {
  ${side ? `display: grid; grid-template-columns: ${slideWidth}px 1fr; column-gap: 5mm; align-items: start;` : 'display: block;'}
}
html.print ${PRINT_VIEW.content} > ${PRINT_VIEW.slide} {
  zoom: ${zoom};
  break-after: auto;
  break-inside: avoid;
  border: 1px solid #9ca3af;
  border-radius: 6px;
  box-shadow: none;
}
html.print ${PRINT_VIEW.content} > ${PRINT_VIEW.slide}.handout-break { break-before: page; }
.handout-title { margin: 0 0 6mm; padding-bottom: 3mm; border-bottom: 1.5pt solid #1e3a5f; font-family: ${font}; color: #1f2937; }
.handout-title h1 { margin: 0 0 1mm; font-size: 18pt; line-height: 1.3; font-weight: 700; color: #1e3a5f; }
.handout-title p { margin: 0; font-size: 10pt; color: #4b5563; }
.handout-title .count { font-size: 8.5pt; margin-top: 1mm; }
.handout-notes { margin: ${side ? '0 0 7mm' : '4mm 0 8mm'}; font-family: ${font}; font-size: ${side ? 9 : 10.5}pt; line-height: 1.65; color: #1f2937; text-align: justify; line-break: strict; }
.handout-notes h2 { margin: 0 0 2mm; font-size: ${side ? 10 : 12}pt; line-height: 1.4; font-weight: 700; color: #111827; break-after: avoid; }
.handout-notes h2 .number { display: inline-block; min-width: 7mm; margin-right: 2mm; padding: 0 1.5mm; border-radius: 1mm; background: #1e3a5f; color: #fff; font-size: 0.8em; text-align: center; }
.handout-notes h4 { margin: 3mm 0 1mm; font-size: 1em; font-weight: 700; }
.handout-notes p { margin: 0 0 2.2mm; orphans: 2; widows: 2; }
.handout-notes ul, .handout-notes ol { margin: 0 0 2.2mm; padding-left: 6mm; }
.handout-notes ul { list-style: disc; }
.handout-notes ol { list-style: decimal; }
.handout-notes li { margin: 0.5mm 0; }
.handout-notes blockquote { margin: 0 0 2.2mm; padding-left: 3mm; border-left: 1pt solid #9ca3af; color: #374151; }
.handout-notes pre { margin: 0 0 2.2mm; padding: 2mm 3mm; background: #f3f4f6; border-radius: 1mm; font: 8pt/1.5 'JetBrains Mono', monospace; white-space: pre-wrap; word-break: break-all; text-align: left; }
.handout-notes code { font-family: 'JetBrains Mono', monospace; font-size: 0.9em; }
.handout-notes table { border-collapse: collapse; margin: 0 0 2.2mm; font-size: 0.9em; }
.handout-notes th, .handout-notes td { border: 0.5pt solid #d1d5db; padding: 0.8mm 2mm; text-align: left; }
.handout-notes strong { font-weight: 700; }
.handout-notes .nobr { white-space: nowrap; }
.handout-notes .alt { color: #6b7280; font-style: italic; }
`
}
