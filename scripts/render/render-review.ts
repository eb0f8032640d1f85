import type { Diagnostic } from '../lib/diagnostics'
import type { Deck, Slide } from '../model/deck'
import type { ReviewItem } from './review-items'
import { basename } from 'node:path'
import { slideLabel } from '../plan/deck-outline'
import { escapeAttribute, escapeHtmlText } from './escape'
import { slideLayout } from './render-slidev'
import { articleLines, reviewItems } from './review-items'

/** Most lines of the article shown beside one slide (a long span is cut, the lines its items came from kept). */
const MAX_SOURCE_LINES = 40
/** Lines shown around a line an item came from, outside the slide's span. */
const CONTEXT_LINES = 0

/** The page's styles: a row per slide, its picture, what it shows, the article's lines. */
const STYLE = `
:root { color-scheme: light; font: 15px/1.45 system-ui, "Noto Sans", "Noto Sans SC", sans-serif; color: #1f2937; background: #f8fafc; }
body { margin: 0; }
header { padding: 16px 24px; background: #1e3a5f; color: #fff; position: sticky; top: 0; z-index: 1; }
header h1 { margin: 0 0 6px; font-size: 20px; }
header p { margin: 0 0 6px; max-width: 1100px; }
header code { color: #fde68a; }
header nav a { color: #fde68a; margin-right: 4px; }
header label { display: block; margin-top: 6px; }
main { padding: 12px 24px; }
.row { display: grid; grid-template-columns: 400px minmax(300px, 1fr) minmax(300px, 1fr); gap: 16px; padding: 14px 0; border-bottom: 1px solid #cbd5e1; }
.row.flagged { background: linear-gradient(90deg, #fff7ed, transparent 60%); }
body:has(#only:checked) .row:not(.flagged) { display: none; }
.picture img { width: 400px; height: auto; border: 1px solid #cbd5e1; background: #fff; }
.none { color: #64748b; font-style: italic; }
h2 { margin: 0 0 4px; font-size: 17px; }
.number { display: inline-block; min-width: 2em; color: #f59e0b; }
.where { margin: 0 0 6px; color: #64748b; font-size: 13px; }
.warnings { margin: 0 0 6px; padding-left: 18px; color: #b91c1c; }
.items { margin: 0; padding-left: 18px; }
.items li { margin: 2px 0; }
.items li.check { background: #fef3c7; }
.kind { display: inline-block; min-width: 4.5em; color: #64748b; font-size: 12px; text-transform: uppercase; }
.line { font-size: 12px; color: #2563eb; }
.badge { background: #f59e0b; color: #fff; border-radius: 4px; padding: 0 5px; font-size: 12px; }
.source pre { margin: 0; white-space: pre-wrap; word-break: break-word; font: 12.5px/1.45 "JetBrains Mono", monospace; max-height: 420px; overflow: auto; background: #fff; border: 1px solid #e2e8f0; padding: 6px; }
.source b { display: inline-block; width: 3.5em; color: #94a3b8; font-weight: normal; }
.source .used { background: #dbeafe; display: inline-block; width: 100%; }
.source :target { outline: 2px solid #f59e0b; }
.gap { color: #94a3b8; }
`

/** What the review page is made from. */
export interface ReviewInput {
  /** The deck as exported (merged with the speaker's edits). */
  deck: Deck
  article: { path: string, text: string }
  /** Path of `slides.md`, for the speaker's slides' lines. */
  slidesPath: string
  /** Where each slide's picture is, as the page links it (relative path or data URI; none: no picture). */
  pictures: readonly (string | undefined)[]
  /** What the fit check found wrong with each slide. */
  problems: readonly (readonly string[])[]
  /** The run's warnings: each is shown on the slide whose lines it names. */
  diagnostics: readonly Diagnostic[]
}

/** One row of the page: a slide, what it shows and where that came from. */
interface Row {
  number: number
  slide: Slide
  items: ReviewItem[]
  warnings: string[]
  flagged: boolean
}

/**
 * The review page (`exports/review.html`): one row per slide with its picture, what it
 * shows (title, points, charts, code, figures), each linked to the article line it came
 * from, beside those lines of the article; what the planner decided on its own and the
 * warnings of the run marked, and listed at the top, so a speaker checks those first.
 * Static, no script, no request: it opens from the file system.
 */
export function renderReview(input: ReviewInput): string {
  const article = articleLines(input.article.text)
  const lines = input.article.text.split(/\r?\n/)
  const rows = input.deck.slides.map((slide, index): Row => {
    const items = reviewItems(slide, article)
    const warnings = [...(input.problems[index] ?? []), ...slideDiagnostics(slide, input)]
    return { number: index + 1, slide, items, warnings, flagged: warnings.length > 0 || items.some(item => item.check) || slide.speaker !== undefined }
  })
  const flagged = rows.filter(row => row.flagged)
  const articleName = basename(input.article.path)
  const title = escapeHtmlText(input.deck.meta.title)
  return `<!doctype html>
<html lang="${escapeAttribute(input.deck.meta.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review: ${title}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Review: ${title}</h1>
<p>${rows.length} slides from <code>${escapeHtmlText(articleName)}</code>. Each row: the slide, what it shows with the article line each piece came from, and those lines of the article. Marked <span class="badge">check</span>: what the planner decided on its own, your own slides and the run's warnings. Change the deck in <code>slides.md</code>; the next run keeps your changes.</p>
<nav><strong>Check first (${flagged.length}):</strong> ${flagged.map(row => `<a href="#slide-${row.number}">${row.number}</a>`).join(' ') || 'nothing'}</nav>
<label><input type="checkbox" id="only"> show only the slides to check</label>
</header>
<main>
${rows.map(row => renderRow(row, input, lines, articleName)).join('\n')}
</main>
</body>
</html>
`
}

/** The run's warnings that name a line of this slide: in the article within its span, or its line in `slides.md`. */
function slideDiagnostics(slide: Slide, input: ReviewInput): string[] {
  return input.diagnostics.filter((diagnostic) => {
    if (diagnostic.line === undefined)
      return false
    if (diagnostic.file === input.slidesPath)
      return diagnostic.line === slide.speaker?.line
    return diagnostic.file === input.article.path && slide.span !== undefined && diagnostic.line >= slide.span.from && diagnostic.line <= slide.span.to
  }).map(diagnostic => diagnostic.message)
}

function renderRow(row: Row, input: ReviewInput, lines: readonly string[], articleName: string): string {
  const { number, slide } = row
  const picture = input.pictures[number - 1]
  const where = [
    `layout ${slide.speaker?.layout ?? slideLayout(slide)}`,
    slide.span ? `${articleName}:${slide.span.from}-${slide.span.to}` : '',
    slide.speaker !== undefined ? `your slide, slides.md:${slide.speaker.line}` : '',
    slide.backup ? 'backup slide, after the closing (not in the talk)' : '',
  ].filter(Boolean).map(text => escapeHtmlText(text)).join(' · ')
  const used = new Set(row.items.flatMap(item => (item.line === undefined ? [] : [item.line])))
  return `<section class="row${row.flagged ? ' flagged' : ''}" id="slide-${number}">
<div class="picture">${picture ? `<a href="${escapeAttribute(picture)}"><img src="${escapeAttribute(picture)}" alt="slide ${number}" loading="lazy"></a>` : '<div class="none">no picture</div>'}</div>
<div class="shown">
<h2><span class="number">${number}</span> ${escapeHtmlText(slideLabel(slide, 120))}</h2>
<p class="where">${where}</p>
${row.warnings.length > 0 ? `<ul class="warnings">${row.warnings.map(warning => `<li>${escapeHtmlText(warning)}</li>`).join('')}</ul>` : ''}
<ul class="items">${row.items.map(item => renderItem(item, number)).join('')}</ul>
</div>
<div class="source">${renderSource(sourceLines(slide, used, lines.length), lines, used, number)}</div>
</section>`
}

function renderItem(item: ReviewItem, number: number): string {
  const link = item.line !== undefined ? `<a class="line" href="#s${number}-L${item.line}">line ${item.line}</a>` : `<span class="line none">${escapeHtmlText(item.from ?? 'not in the article\'s words')}</span>`
  const check = item.check ? ` <span class="badge">check</span> <em>${escapeHtmlText(item.check)}</em>` : ''
  return `<li class="${item.check ? 'check' : ''}"><span class="kind">${item.kind}</span> ${escapeHtmlText(item.text)} ${link}${check}</li>`
}

/** The article lines shown beside a slide: its span (cut to a limit) and each line an item came from. */
function sourceLines(slide: Slide, used: ReadonlySet<number>, count: number): number[] {
  const shown = new Set<number>()
  if (slide.span) {
    for (let line = slide.span.from; line <= Math.min(slide.span.to, slide.span.from + MAX_SOURCE_LINES - 1); line++)
      shown.add(line)
  }
  for (const line of used) {
    for (let near = line - CONTEXT_LINES; near <= line + CONTEXT_LINES; near++) {
      if (near >= 1 && near <= count)
        shown.add(near)
    }
  }
  return [...shown].sort((a, b) => a - b)
}

function renderSource(shown: readonly number[], lines: readonly string[], used: ReadonlySet<number>, number: number): string {
  if (shown.length === 0)
    return '<p class="none">made by the tool (no lines of the article)</p>'
  const out: string[] = []
  shown.forEach((line, index) => {
    if (index > 0 && line > shown[index - 1]! + 1)
      out.push('<span class="gap">…</span>')
    out.push(`<span id="s${number}-L${line}" class="${used.has(line) ? 'used' : ''}"><b>${line}</b>${escapeHtmlText(lines[line - 1] ?? '')}</span>`)
  })
  return `<pre>${out.join('\n')}</pre>`
}
