import type { Block, Deck, DiagramBlock, Slide } from '../model/deck'
import type { LayoutName, SectionPosition, SlideFrontmatter } from '../model/slidev-contract'
import type { ImageResolver, RenderBlockOptions } from './slidev-markdown'
import { MESSAGES, SANS_FONT } from '../model/messages'
import { DECK_CLASS, DEV_HEADMATTER, LAYOUT, SLIDE_CANVAS, TYPE_STEPS } from '../model/slidev-contract'
import { escapeLineStart, escapeText } from './escape'
import { renderFrontmatter } from './frontmatter'
import { formatSeconds } from './render-script'
import { renderBlocks, renderInlines } from './slidev-markdown'

/** Options for {@link renderSlidev}. */
export interface RenderOptions {
  /** Path of the project (our Slidev theme) relative to the folder of `slides.md`. */
  themePath?: string
  /** Where an image block's picture can be loaded from, relative to `slides.md`; none draws a placeholder. */
  resolveImage?: ImageResolver
  /** A `<style>` the deck needs beyond the theme (the emoji font's pieces), put on the first slide; it applies to every slide. */
  deckStyle?: string
}

/** A favicon inside the page, so the deck asks no CDN for one. */
const FAVICON = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1e3a5f"/><rect x="7" y="9" width="18" height="3" rx="1.5" fill="#f59e0b"/><rect x="7" y="15" width="14" height="3" rx="1.5" fill="#fff"/><rect x="7" y="21" width="10" height="3" rx="1.5" fill="#fff"/></svg>')}`

/**
 * Renders a planned deck as Slidev Markdown: the headmatter, one slide per planned
 * slide with its layout, and the notes as the slide's closing comment.
 * The only code that knows Slidev syntax.
 */
export function renderSlidev(deck: Deck, options: RenderOptions = {}): string {
  return renderSlides(deck, options).join('\n')
}

/**
 * Renders each slide of a planned deck as its part of `slides.md` (from its opening `---`
 * to the blank line before the next one): {@link renderSlidev} joins them with a newline.
 */
export function renderSlides(deck: Deck, { themePath = './', resolveImage, deckStyle }: RenderOptions = {}): string[] {
  let elapsed = 0
  const slides = deck.slides.map((slide, index) => {
    elapsed += slide.seconds ?? 0
    const diagrams = slide.kind === 'content' ? slide.blocks.filter((block): block is DiagramBlock => block.type === 'diagram') : []
    const diagramIndex = new Map(diagrams.map((block, i) => [block, i]))
    const frontmatter = {
      ...(index === 0 ? headmatter(deck, themePath) : {}),
      ...slideFrontmatter(slide),
      ...stepClass(slide),
      ...(diagrams.length > 0 ? { diagrams: diagrams.map(block => block.diagram.props) } : {}),
      ...budget(slide, elapsed),
      ...(slide.id === undefined ? {} : { origin: slide.id }),
    }
    const clicked = slide.kind === 'content' && slide.blocks.some(block => block.type === 'points' && block.items.some(item => item.click !== undefined))
    const captions = slide.kind === 'content' && slide.layout === LAYOUT.picture
    const rendered = renderBody(slide, { resolveImage, diagramIndex, staticDiagrams: clicked, clicks: { last: 0 }, captions })
    const body = closeStrayComment(rendered)
    const notes = [timeLine(slide, elapsed, deck), renderNotes(slide.notes)].filter(Boolean).join('\n\n')
    const comment = notes || body !== rendered ? `\n\n<!--\n${notes}\n-->` : ''
    const style = index === 0 && deckStyle ? `${deckStyle}\n\n` : ''
    return `---\n${renderFrontmatter(frontmatter)}\n---\n\n${style}${body}${comment}\n`
  })
  return slides
}

/**
 * The deck's settings. Slidev compiles the title as a Vue template (it is also slide 1's
 * title in the go-to list and the overview) and renders `info` as HTML, so both are
 * escaped as slide text; the browser tab reads the title back as Markdown text, so it
 * still shows the title as written. Under `present --watch` nothing of the dev server
 * edits the deck or reaches outside it: drawings stay in the page, no MCP server, no editor.
 */
function headmatter(deck: Deck, themePath: string): Record<string, unknown> {
  return {
    theme: themePath,
    title: escapeText(deck.meta.title),
    ...(deck.meta.author ? { author: deck.meta.author } : {}),
    ...(deck.meta.subtitle ? { info: escapeText(deck.meta.subtitle) } : {}),
    lang: deck.meta.lang,
    colorSchema: 'auto',
    aspectRatio: '16/9',
    canvasWidth: SLIDE_CANVAS.width,
    routerMode: 'hash',
    favicon: FAVICON,
    fonts: { sans: SANS_FONT[deck.meta.lang], mono: 'JetBrains Mono', provider: 'none' },
    exportFilename: 'slides',
    transition: 'fade',
    mdc: false,
    drawings: { persist: false },
    ...DEV_HEADMATTER,
    ...(deck.meta.duration ? { duration: `${Math.max(1, Math.round(deck.meta.duration.seconds / 60))}min`, timer: 'countdown' } : {}),
  }
}

/** The layout a slide is drawn with (its front matter's `layout`). */
export function slideLayout(slide: Slide): LayoutName {
  return slideFrontmatter(slide).layout
}

function slideFrontmatter(slide: Slide): SlideFrontmatter {
  switch (slide.kind) {
    case 'cover':
      return { layout: LAYOUT.cover }
    case 'agenda':
      return { layout: LAYOUT.agenda, ...(slide.part ? { part: `${slide.part.index}/${slide.part.total}` } : {}) }
    case 'section':
      return { layout: LAYOUT.section, sectionIndex: slide.index, sectionTotal: slide.total }
    case 'statement':
      return { layout: LAYOUT.statement, variant: slide.variant, ...(slide.section ? { section: slide.section } : {}), ...position(slide.sectionNumber) }
    case 'content':
      return {
        layout: slide.layout ?? slide.variant ?? contentLayout(slide),
        ...(slide.section && slide.section !== slide.title ? { section: slide.section } : {}),
        ...(slide.part ? { part: `${slide.part.index}/${slide.part.total}` } : {}),
        ...position(slide.sectionNumber),
      }
    case 'closing':
      return { layout: LAYOUT.end }
  }
}

/** `diagram` for a slide that is about its diagram, `code` for one that is about its code, else `content`. */
function contentLayout(slide: Extract<Slide, { kind: 'content' }>): typeof LAYOUT.diagram | typeof LAYOUT.code | typeof LAYOUT.content {
  const kinds = slide.blocks.map(block => block.type)
  const points = slide.blocks.reduce((sum, block) => sum + (block.type === 'points' ? block.items.length : 0), 0)
  if (kinds.includes('diagram') && kinds.every(kind => kind === 'diagram' || kind === 'points') && points <= 2)
    return LAYOUT.diagram
  if (kinds.includes('code') && kinds.every(kind => kind === 'code' || kind === 'points') && points <= 1)
    return LAYOUT.code
  return LAYOUT.content
}

/** The class of a content slide's type step (a slide planned without one: the smaller step when it is tight). */
function stepClass(slide: Slide): Pick<SlideFrontmatter, 'class'> {
  const step = slide.kind === 'content' && slide.typeStep ? TYPE_STEPS.find(candidate => candidate.name === slide.typeStep) : undefined
  if (step)
    return { class: step.className }
  return slide.tight ? { class: DECK_CLASS.tight } : {}
}

function position(number: { index: number, total: number } | undefined): SectionPosition {
  return number ? { sectionIndex: number.index, sectionTotal: number.total } : {}
}

function renderBody(slide: Slide, options: RenderBlockOptions): string {
  if (slide.kind === 'statement')
    return `<p class="${DECK_CLASS.statement}">${renderInlines(slide.text)}</p>`
  const title = `# ${escapeLineStart(renderInlines([{ type: 'text', value: slide.title }]))}`
  switch (slide.kind) {
    case 'cover':
      return [title, slide.subtitle && `<p class="${DECK_CLASS.subtitle}">${renderInlines([{ type: 'text', value: slide.subtitle }])}</p>`, slide.author && `<p class="${DECK_CLASS.author}">${renderInlines([{ type: 'text', value: slide.author }])}</p>`].filter(Boolean).join('\n\n')
    case 'agenda':
      return `${title}\n\n${slide.items.map((item, index) => `${slide.start + index}. ${escapeLineStart(renderInlines([{ type: 'text', value: item }]))}`).join('\n')}`
    case 'section':
      return [title, ...(slide.lead ?? []).map(point => `<p class="${DECK_CLASS.lead}">${renderInlines(point, { html: true })}</p>`)].join('\n\n')
    case 'content':
      return [title, renderBlocks(slide.blocks, options)].filter(Boolean).join('\n\n')
    case 'closing':
      return [title, slide.questions.length > 0 ? slide.questions.map((question, index) => `${index + 1}. ${renderInlines(question)}`).join('\n') : ''].filter(Boolean).join('\n\n')
  }
}

/**
 * Code may hold `<!--` with no `-->` after it. Slidev finds a slide's notes with a
 * pattern over the raw slide, and its slide splitter tracks comments line by line: a
 * stray opener would swallow the notes, or the next slide. An empty comment after the
 * body closes it; it shows nothing. Such a slide always gets a notes comment after it,
 * so the closing comment is never taken for the notes.
 */
export function closeStrayComment(body: string): string {
  return body.lastIndexOf('<!--') > body.lastIndexOf('-->') ? `${body}\n\n<!-- -->` : body
}

/**
 * Renders notes so that nothing in them can end the HTML comment they live in, and so
 * that the article's own text never reads as a click marker (`[click]`).
 */
function renderNotes(notes: readonly Block[]): string {
  const verbatim = new Set<Block['type']>(['click', 'code', 'math'])
  return notes.map((block) => {
    const text = renderBlocks([block], { notes: true })
    return verbatim.has(block.type) ? text : text.replace(/\[(click(?::\d+)?\])/gi, '&#91;$1')
  }).filter(Boolean).join('\n\n')
}

/** The slide's time in the plan, for the presenter view's pace (none when the talk is not timed). */
function budget(slide: Slide, elapsed: number): Pick<SlideFrontmatter, 'budget'> {
  return slide.seconds === undefined ? {} : { budget: { seconds: Math.round(slide.seconds), endsAt: Math.round(elapsed) } }
}

/** The slide's time budget for the speaker: this slide's time, and where the talk should be when it ends. */
function timeLine(slide: Slide, elapsed: number, deck: Deck): string {
  const total = deck.meta.duration?.seconds
  if (slide.seconds === undefined || total === undefined)
    return ''
  return MESSAGES[deck.meta.lang].timeLine(formatSeconds(slide.seconds), formatSeconds(elapsed), formatSeconds(total))
}
