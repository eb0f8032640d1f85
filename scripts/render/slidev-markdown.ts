import type { Block, DiagramBlock, Inline } from '../model/deck'
import type { BlockHandlers, BlockOf, InlineHandlers } from '../model/fold'
import { foldBlocks, foldInlines } from '../model/fold'
import { DECK_CLASS, diagramProps } from '../model/slidev-contract'
import { alignmentPoints, formulaScale, readFormulaRows } from '../plan/split-formula'
import { escapeAttribute, escapeLineStart, escapeText, escapeVueCode, joinSoftBreaks, writePreformatted } from './escape'
import { protectMath, renderFencedCode, renderInlineCode } from './slidev-code'
import { renderClickedPoints } from './slidev-points'

/** How image blocks are drawn: a path the deck can load, or a placeholder. */
export type ImageResolver = (block: BlockOf<'image'>) => string | undefined

/** Where rendered Markdown goes: on a slide, or inside the HTML comment that holds the notes. */
export interface RenderContext {
  notes?: boolean
  /** Inside an HTML element written out (a divider's lead): Markdown is not read there, so text is escaped as HTML (no backslashes) and code is written as `<code>`. */
  html?: boolean
}

/** Options for {@link renderBlocks}. */
export interface RenderBlockOptions extends RenderContext {
  resolveImage?: ImageResolver
  /** Where each diagram's data sits in the slide's `diagrams` front matter. */
  diagramIndex?: ReadonlyMap<DiagramBlock, number>
  /** Draw diagrams whole, without their own click steps (the slide's points take the clicks). */
  staticDiagrams?: boolean
  /** The last click a list of this slide was shown at (kept across the slide's blocks). */
  clicks?: { last: number }
  /** Draw an image's alt text as its caption (a figure alone on its slide). */
  captions?: boolean
}

/** Lines Slidev's line-based splitter reads as a slide break or a comment, even inside `$$`. */
const RISKY_MATH = /^\s*---|<!--|-->/m

/**
 * Code holding `-->` in the notes would end the comment they live in: it is written as
 * HTML with entities instead.
 */
function endsNotes(value: string, options: RenderContext): boolean {
  return options.notes === true && value.includes('-->')
}

/** Slidev Markdown for each block type. */
const SLIDEV_BLOCKS: BlockHandlers<string, RenderBlockOptions> = {
  paragraph: (block, options) => escapeLineStart(renderInlines(block.inlines, options)),
  heading: (block, options) => `### ${escapeLineStart(renderInlines(block.inlines, options))}`,
  points: (block, options) => renderClickedPoints(block, inlines => escapeLineStart(renderInlines(inlines, options)), options.clicks),
  code: (block, options) => endsNotes(block.value, options)
    ? writePreformatted(block.value)
    : `${block.title && !options.notes ? `<div class="${DECK_CLASS.codeTitle}">${escapeVueCode(block.title)}</div>\n\n` : ''}${renderFencedCode(block.value, block.lang)}`,
  math: (block, options) => {
    if (endsNotes(block.value, options))
      return writePreformatted(block.value)
    if (RISKY_MATH.test(block.value))
      return renderFencedCode(block.value, 'latex')
    const formula = `$$\n${protectMath(forKatex(block.value.trim()))}\n$$`
    return options.notes ? formula : fitFormula(formula, formulaScale(block.value))
  },
  quote: (block, options, fold) => block.callout
    ? `<div class="${DECK_CLASS.callout} ${DECK_CLASS.callout}--${block.callout}">\n\n${joinBlocks(fold(block.blocks, options))}\n\n</div>`
    : joinBlocks(fold(block.blocks, options)).split('\n').map(line => (line ? `> ${line}` : '>')).join('\n'),
  table: (block, options) => renderTable(block, options),
  image: (block, options) => renderImage(block, options.resolveImage?.(block), options.captions),
  diagram: (block, options) => renderDiagram(block, options.diagramIndex?.get(block), options.staticDiagrams),
  click: (_block, options) => options.notes ? '[click]' : '',
}

/** The class of a display formula set smaller than its type to fit the slide (`styles/theme.css`, which floors it at the smallest text). */
const MATH_FIT_CLASS = 'deck-math-fit'
/** The custom property that carries the share of its type a fitted formula is set at. */
const MATH_SCALE_PROPERTY = '--deck-math-scale'

/** `eqnarray` and `eqnarray*`, which KaTeX does not know, at the start of a formula's rows. */
const EQNARRAY = /^\\begin\{eqnarray(\*?)\}$/

/** A row of `eqnarray` (`lhs & = & rhs`) as a row of `align` (`lhs &= rhs`): its second alignment point left out. */
function alignRow(row: string): string {
  const second = alignmentPoints(row)[1]
  return second === undefined ? row : `${row.slice(0, second)}${row.slice(second + 1)}`
}

/**
 * A formula's TeX as KaTeX can draw it: an `eqnarray`, which KaTeX does not know, as the
 * `align` (numbered as `eqnarray` is; `align*` for `eqnarray*`) that draws it alike, or
 * `aligned` when something stands before or after it; any other formula as it is.
 */
function forKatex(tex: string): string {
  const formula = readFormulaRows(tex)
  const star = EQNARRAY.exec(formula.begin.trim())?.[1]
  if (star === undefined)
    return tex
  const environment = formula.prefix.trim() || formula.suffix.trim() ? 'aligned' : `align${star}`
  const rows = formula.rows.map(row => `${alignRow(row.text)}${row.separator}`).join('')
  return `${formula.prefix}\\begin{${environment}}${rows}\\end{${environment}}${formula.suffix}`
}

/** A display formula set at `scale` of its type (see `formulaScale`), or as it is at 1. */
function fitFormula(formula: string, scale: number): string {
  return scale < 1 ? `<div class="${MATH_FIT_CLASS}" style="${MATH_SCALE_PROPERTY}: ${scale}">\n\n${formula}\n\n</div>` : formula
}

/** Renders blocks as Slidev Markdown, separated by blank lines. */
export function renderBlocks(blocks: readonly Block[], options: RenderBlockOptions = {}): string {
  return joinBlocks(foldBlocks(blocks, SLIDEV_BLOCKS, options))
}

function joinBlocks(parts: readonly string[]): string {
  return parts.filter(Boolean).join('\n\n')
}

const SAFE_URL = /^(?:https?:|mailto:|#|\.{0,2}\/|[^:]*$)/i
const COMMENT_MARK = /<!--|-->/
/** What Slidev reads as a click marker anywhere in the notes, even inside backticks. */
const CLICK_MARK = /\[click/i

/** Slidev Markdown for each inline type: everything the author wrote is escaped. */
const SLIDEV_INLINES: InlineHandlers<string, RenderContext> = {
  text: (inline, context) => context.html === true ? escapeVueCode(joinSoftBreaks(inline.value)) : escapeText(inline.value),
  strong: (inline, context, fold) => wrap('strong', fold(inline.children, context).join('')),
  emphasis: (inline, context, fold) => wrap('em', fold(inline.children, context).join('')),
  delete: (inline, context, fold) => wrap('del', fold(inline.children, context).join('')),
  code: (inline, context) => needsHtml(inline.value, context) ? htmlCode(inline.value) : renderInlineCode(inline.value),
  math: (inline, context) => needsHtml(inline.value, context) ? htmlCode(inline.value) : `$${protectMath(inline.value.trim())}$`,
  break: () => '<br>',
  tag: (inline, context, fold) => `<${inline.tag}>${fold(inline.children, context).join('')}</${inline.tag}>`,
  link: (inline, context, fold) => {
    const label = fold(inline.children, context).join('')
    if (!SAFE_URL.test(inline.url.trim()))
      return label
    return `<a href="${escapeAttribute(inline.url.trim())}" target="_blank" rel="noopener">${label}</a>`
  },
}

/**
 * Renders inline content as Slidev Markdown, escaping everything the author wrote. Code
 * or math holding `<!--` or `-->` is written as HTML with entities: raw, it would open
 * or close a comment for Slidev's slide splitter, or end the comment the notes live in.
 */
export function renderInlines(inlines: readonly Inline[], context: RenderContext = {}): string {
  return foldInlines(inlines, SLIDEV_INLINES, context).join('')
}

/** Code inside written-out HTML, or that raw would open or close a comment, or (in the notes) read as a click marker. */
function needsHtml(value: string, context: RenderContext): boolean {
  return context.html === true || COMMENT_MARK.test(value) || (context.notes === true && CLICK_MARK.test(value))
}

function htmlCode(value: string): string {
  return `<code>${escapeVueCode(value)}</code>`
}

/** Wraps text in a tag with its leading and trailing spaces left outside; whitespace alone stays as it is. */
function wrap(tag: string, inner: string): string {
  const trimmed = inner.trim()
  if (!trimmed)
    return inner
  const lead = inner.slice(0, inner.length - inner.trimStart().length)
  const tail = inner.slice(inner.trimEnd().length)
  return `${lead}<${tag}>${trimmed}</${tag}>${tail}`
}

function renderTable(block: BlockOf<'table'>, options: RenderContext): string {
  const width = Math.max(block.header.length, ...block.rows.map(row => row.length))
  const cell = (inlines: Inline[] | undefined) => renderInlines(inlines ?? [], options).replace(/\n/g, ' ') || ' '
  const row = (cells: Inline[][]) => `| ${Array.from({ length: width }, (_, i) => cell(cells[i])).join(' | ')} |`
  const rule = Array.from({ length: width }, (_, i) => {
    const align = block.align[i]
    return align === 'center' ? ':---:' : align === 'right' ? '---:' : align === 'left' ? ':---' : '---'
  })
  return [row(block.header), `| ${rule.join(' | ')} |`, ...block.rows.map(row)].join('\n')
}

function renderImage(block: BlockOf<'image'>, resolved: string | undefined, captions = false): string {
  const caption = captions && block.alt.trim() ? `<figcaption class="${DECK_CLASS.caption}">${renderInlines([{ type: 'text', value: block.alt }])}</figcaption>` : ''
  if (resolved)
    return `<figure class="${DECK_CLASS.figure}"><img src="${escapeAttribute(resolved)}" alt="${escapeAttribute(block.alt)}">${caption}</figure>`
  const host = block.remote ? hostOf(block.src) : ''
  return `<ImagePlaceholder alt="${escapeAttribute(block.alt)}" source="${escapeAttribute(host || block.src)}" />`
}

/**
 * A diagram component bound to its data in the slide's front matter (data stays out of
 * the template, so nothing in it is read as Vue or Markdown), and its caption.
 */
function renderDiagram(block: DiagramBlock, index: number | undefined, staticDiagram = false): string {
  if (index === undefined)
    return ''
  const caption = block.caption ? `\n\n<p class="${DECK_CLASS.caption}">${renderInlines([{ type: 'text', value: block.caption }])}</p>` : ''
  return `<${block.diagram.component} v-bind="${diagramProps(index)}"${staticDiagram ? ' :whole="true"' : ''} />${caption}`
}

function hostOf(url: string): string {
  try {
    return new URL(url.startsWith('//') ? `https:${url}` : url).host
  }
  catch {
    return ''
  }
}
