import type { Block, DiagramBlock, Inline, Point } from '../plan/types'
import type { RenderContext } from './inline-markdown'
import { bundledLanguages } from 'shiki'
import { escapeAttribute, escapeLineStart, fenceFor } from './escape-markdown'
import { escapeHtml, protectMath, renderInlines } from './inline-markdown'

/** How image blocks are drawn: a path the deck can load, or a placeholder. */
export type ImageResolver = (block: Extract<Block, { type: 'image' }>) => string | undefined

/** Lines Slidev's line-based splitter reads as a slide break or a comment, even inside `$$`. */
const RISKY_MATH = /^\s*---|<!--|-->/m

/** Options for {@link renderBlocks}. */
export interface RenderBlockOptions extends RenderContext {
  resolveImage?: ImageResolver
  /** Where each diagram's data sits in the slide's `diagrams` front matter. */
  diagramIndex?: ReadonlyMap<DiagramBlock, number>
  /** Draw diagrams whole, without their own click steps (the slide's points take the clicks). */
  staticDiagrams?: boolean
  /** The last click a list of this slide was shown at (kept across the slide's blocks). */
  clicks?: { last: number }
}

/** Renders blocks as Slidev Markdown, separated by blank lines. */
export function renderBlocks(blocks: readonly Block[], options: RenderBlockOptions = {}): string {
  return blocks.map(block => renderBlock(block, options)).filter(Boolean).join('\n\n')
}

function renderBlock(block: Block, options: RenderBlockOptions): string {
  switch (block.type) {
    case 'paragraph':
      return escapeLineStart(renderInlines(block.inlines, options))
    case 'heading':
      return `### ${escapeLineStart(renderInlines(block.inlines, options))}`
    case 'points':
      return renderClickedPoints(block, options)
    case 'code':
      return options.notes && block.value.includes('-->') ? `<pre><code>${escapeHtml(block.value)}</code></pre>` : renderCode(block.value, block.lang)
    case 'math':
      if (options.notes && block.value.includes('-->'))
        return `<pre><code>${escapeHtml(block.value)}</code></pre>`
      return RISKY_MATH.test(block.value) ? renderCode(block.value, 'latex') : `$$\n${protectMath(block.value.trim())}\n$$`
    case 'quote':
      return renderBlocks(block.blocks, options).split('\n').map(line => (line ? `> ${line}` : '>')).join('\n')
    case 'table':
      return renderTable(block, options)
    case 'image':
      return renderImage(block, options.resolveImage?.(block))
    case 'diagram':
      return renderDiagram(block, options.diagramIndex?.get(block), options.staticDiagrams)
    case 'click':
      return options.notes ? '[click]' : ''
  }
}

/**
 * A list whose points appear on clicks when presenting: each run of points sharing a
 * click is its own list inside `<v-click>` (numbering carried on), in order, so click
 * N shows the Nth run; a run that shares the click of the run before it (in another
 * list) shows with it (`at="+0"`). Points without a click show at once.
 */
function renderClickedPoints(block: Extract<Block, { type: 'points' }>, context: RenderBlockOptions): string {
  const start = block.start ?? 1
  const runs: { click?: number, from: number, items: Point[] }[] = []
  block.items.forEach((item, index) => {
    const last = runs.at(-1)
    if (last && last.click === item.click)
      last.items.push(item)
    else
      runs.push({ click: item.click, from: index, items: [item] })
  })
  const clicks = context.clicks ?? { last: 0 }
  return runs.map((run) => {
    const list = renderPoints(run.items, block.ordered, start + run.from, 0, context)
    if (run.click === undefined)
      return list
    const same = run.click === clicks.last
    clicks.last = run.click
    return `<v-click${same ? ' at="+0"' : ''}>\n\n${list}\n\n</v-click>`
  }).join('\n\n')
}

function renderPoints(items: readonly Point[], ordered: boolean, start: number, depth: number, context: RenderContext): string {
  const indent = '  '.repeat(depth)
  return items.map((item, index) => {
    const marker = ordered ? `${start + index}.` : '-'
    const text = escapeLineStart(renderInlines(item.inlines, context)) || '&nbsp;'
    const line = `${indent}${marker} ${text}`
    const childIndent = depth + (ordered ? Math.ceil((marker.length + 1) / 2) : 1)
    const children = item.children.length > 0 ? `\n${renderPoints(item.children, item.childrenOrdered ?? false, 1, childIndent, context)}` : ''
    return line + children
  }).join('\n')
}

const CODE_LANG = /^[\w#+.-]+$/

/** A language Shiki can highlight, or `text`. */
export function codeLanguage(lang: string | undefined): string {
  const name = lang?.trim().toLowerCase()
  if (!name || !CODE_LANG.test(name))
    return 'text'
  return name in bundledLanguages ? name : 'text'
}

function renderCode(value: string, lang: string | undefined): string {
  const fence = fenceFor(value)
  return `${fence}${codeLanguage(lang)}\n${value.replace(/\n+$/, '')}\n${fence}`
}

function renderTable(block: Extract<Block, { type: 'table' }>, options: RenderContext): string {
  const width = Math.max(block.header.length, ...block.rows.map(row => row.length))
  const cell = (inlines: Inline[] | undefined) => renderInlines(inlines ?? [], options).replace(/\n/g, ' ') || ' '
  const row = (cells: Inline[][]) => `| ${Array.from({ length: width }, (_, i) => cell(cells[i])).join(' | ')} |`
  const rule = Array.from({ length: width }, (_, i) => {
    const align = block.align[i]
    return align === 'center' ? ':---:' : align === 'right' ? '---:' : align === 'left' ? ':---' : '---'
  })
  return [row(block.header), `| ${rule.join(' | ')} |`, ...block.rows.map(row)].join('\n')
}

function renderImage(block: Extract<Block, { type: 'image' }>, resolved: string | undefined): string {
  if (resolved)
    return `<figure class="deck-figure"><img src="${escapeAttribute(resolved)}" alt="${escapeAttribute(block.alt)}"></figure>`
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
  const caption = block.caption ? `\n\n<p class="deck-caption">${renderInlines([{ type: 'text', value: block.caption }])}</p>` : ''
  return `<${block.diagram.component} v-bind="$frontmatter.diagrams[${index}]"${staticDiagram ? ' :whole="true"' : ''} />${caption}`
}

function hostOf(url: string): string {
  try {
    return new URL(url.startsWith('//') ? `https:${url}` : url).host
  }
  catch {
    return ''
  }
}
