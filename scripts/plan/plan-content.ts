import type { RootContent } from 'mdast'
import type { Block, ContentSlide, Lang, StatementSlide } from '../model/deck'
import type { BlockHandlers } from '../model/fold'
import type { DiagramEntry } from '../parse/diagram-schema'
import type { FitHints } from './fit-hints'
import type { Group } from './pack-units'
import type { DiagramOptions, Unit } from './to-units'
import { normalizeText } from '../lib/normalize-text'
import { foldBlocks } from '../model/fold'
import { MESSAGES } from '../model/messages'
import { boldKeyPhrases } from './bold-key-phrases'
import { isClaimTitle } from './claim-title'
import { fillPoints } from './fill-points'
import { packWithHints, slideKey } from './fit-hints'
import { inlineText } from './inlines'
import { lonePoint } from './pack-units'
import { authorDiagram, diagramUnit, isBoldStatement, toUnits } from './to-units'

/** Options for {@link planContent}. */
export interface PlanContentOptions {
  lang: Lang
  /** Title of the topic these nodes belong to. */
  title: string
  /** The section, for the running header, when it differs from the title. */
  section?: string
  variant?: ContentSlide['variant']
  /** How diagrams are found and placed (none: no diagrams). */
  diagrams?: DiagramOptions
  /** Diagrams the author placed on this topic, after a paragraph or at its end. */
  placed?: readonly DiagramEntry[]
  /** What the fit check asked of this topic's slides. */
  fit?: FitHints
  /** Images (by their source as written) that cannot be shown: left out, named in the notes. */
  unavailableImages?: ReadonlySet<string>
  /**
   * The topic has no heading of its own (an article without sections: its title is the
   * article's): when it takes more than one slide, each is titled by its first point when
   * that point is a whole claim short enough for a title, and the article's title goes to
   * the running header.
   */
  titleByClaim?: boolean
  /** The nodes open under the topic's own heading, which titles their slides (not the introduction's). */
  headed?: boolean
  /** The title of the section after these nodes, when they end a section: a last paragraph that names it only leads into it. */
  nextTitle?: string
  /** The deck's title, when these nodes come right after the cover: a point that only says it again stays in the notes. */
  coverTitle?: string
}

/**
 * Plans the slides of one topic (a section, a subsection or the introduction): units
 * from the article's blocks, packed into slides within the budget. Slides of one topic
 * are numbered as parts and keep the topic's title; each carries the article's words
 * for what it shows in its notes.
 */
export function planContent(nodes: readonly RootContent[], options: PlanContentOptions): (ContentSlide | StatementSlide)[] {
  const units = toUnits(nodes, { lang: options.lang, diagrams: options.diagrams, summary: options.variant === 'summary', unavailableImages: options.unavailableImages, nextTitle: options.nextTitle, headed: options.headed, title: options.headed ? options.title : undefined, titleLeads: options.titleByClaim, coverTitle: options.coverTitle })
  const fit = options.fit ?? new Map()
  const groups = packWithHints(placeDiagrams(units, options.placed ?? []), options.title, fit)
  const totals = new Map<string | undefined, number>()
  const statements = new Set(groups.filter(group => group.kind === 'statement' || isLoneBoldPoint(group)))
  for (const group of groups) {
    if (!statements.has(group))
      totals.set(group.heading, (totals.get(group.heading) ?? 0) + 1)
  }
  const seen = new Map<string | undefined, number>()
  const slides = groups.map((group) => {
    const key = slideKey(options.title, group)
    if (group.kind === 'statement')
      return { ...statementSlide(group, options), key }
    if (statements.has(group))
      return { ...boldPointSlide(group, options), key }
    const index = (seen.get(group.heading) ?? 0) + 1
    seen.set(group.heading, index)
    return { ...contentSlide(group, index, totals.get(group.heading) ?? 1, options), key, ...(fit.get(key)?.tight ? { tight: true } : {}) }
  })
  const first = slides[0]
  if (first && (first.kind !== 'content' || first.title !== options.title))
    slides[0] = { ...first, notes: [{ type: 'paragraph', inlines: [{ type: 'strong', children: [{ type: 'text', value: options.title }] }] }, ...first.notes] }
  return slides
}

/**
 * Whether a slide would show one point and nothing else (see `lonePoint`) and the point is
 * the article's own bold sentence: the author's emphasis, alone, is shown as a statement.
 */
function isLoneBoldPoint(group: Group): boolean {
  const point = lonePoint(group)
  return point !== undefined && isBoldStatement(point.inlines)
}

/** The slide of a lone bold point (see {@link isLoneBoldPoint}): a statement, its topic in the running header. */
function boldPointSlide(group: Group, options: PlanContentOptions): StatementSlide {
  return {
    kind: 'statement',
    section: statementSection(group, options),
    text: lonePoint(group)!.inlines,
    variant: 'statement',
    notes: group.units.flatMap(unit => unit.notes),
    line: group.units[0]?.line,
  }
}

/** The running header of a statement slide: the topic, and the subheading it follows. */
function statementSection(group: Group, { title, section }: PlanContentOptions): string {
  return group.heading ? `${section ?? title} · ${group.heading}` : (section ?? title)
}

function statementSlide(group: Group, options: PlanContentOptions): StatementSlide {
  const unit = group.units.find(candidate => candidate.statement)!
  return {
    kind: 'statement',
    section: statementSection(group, options),
    text: unit.statement!.text,
    variant: unit.statement!.variant,
    notes: group.units.flatMap(candidate => candidate.notes),
    line: group.units[0]?.line,
  }
}

/**
 * A content slide of a topic's group of units. Its title is the heading of what it shows:
 * the subheading it lies under, else the topic's title; a later slide of the topic keeps
 * that title, its part (`2/3`) in the running header. Titles never come from what the
 * slide shows (code, captions, alt text, a sentence cut to length); only in a topic with
 * no heading of its own may a slide's first point, a whole claim, be its title
 * ({@link claimTitle}).
 */
function contentSlide(group: Group, index: number, total: number, options: PlanContentOptions): ContentSlide {
  const { lang, title, section, variant } = options
  const units = fillPoints(group.units)
  const steps = revealSteps(units)
  const blocks = mergePoints(units.flatMap((unit) => {
    const shown = labelExcerpt(unit, lang)
    return steps.has(unit) ? shown.map(block => clickPoints(block, steps.get(unit)!)) : shown
  }))
  let marked = 0
  const notes = units.flatMap((unit) => {
    const spoken = boldKeyPhrases(unit.notes, pointTexts(unit.blocks))
    const click = steps.get(unit)
    if (click === undefined || click === marked)
      return spoken
    marked = click
    return [{ type: 'click' as const }, ...spoken]
  })
  const claimed = !group.heading && options.titleByClaim && total > 1 ? claimTitle(blocks, lang) : undefined
  return {
    kind: 'content',
    title: group.heading || claimed?.title || title,
    section: group.heading || claimed ? (section ?? title) : section,
    blocks: claimed?.blocks ?? blocks,
    notes: notes.some(block => block.type !== 'click') ? notes : [...notes, ...describe(units, blocks, lang)],
    part: total > 1 ? { index, total } : undefined,
    variant,
    line: group.units[0]?.line,
    ...(group.step ? { typeStep: group.step } : {}),
  }
}

/**
 * The slide's first point as its title, and the blocks without it: when the point is a
 * whole claim fit for a title ({@link isClaimTitle}), has no
 * nested points, and something else stays on the slide.
 */
function claimTitle(blocks: readonly Block[], lang: Lang): { title: string, blocks: Block[] } | undefined {
  const at = blocks.findIndex(block => block.type === 'points')
  const block = blocks[at]
  if (block?.type !== 'points' || block.ordered)
    return undefined
  const [first, ...rest] = block.items
  const text = first ? inlineText(first.inlines).replace(/\s+/g, ' ').trim() : ''
  if (!first || first.children.length > 0 || !isClaimTitle(text, lang))
    return undefined
  const left = rest.length > 0 ? [...blocks.slice(0, at), { ...block, items: rest }, ...blocks.slice(at + 1)] : [...blocks.slice(0, at), ...blocks.slice(at + 1)]
  return left.length > 0 ? { title: text, blocks: left } : undefined
}

/** Inserts the author's diagrams after the paragraph whose words they name, or at the end. */
function placeDiagrams(units: Unit[], placed: readonly DiagramEntry[]): Unit[] {
  const out = [...units]
  for (const entry of placed) {
    const unit = { ...diagramUnit(authorDiagram(entry), entry.line), follows: true }
    const after = entry.after ? normalizeText(entry.after) : undefined
    let index = after ? out.findIndex(candidate => normalizeText(renderPlain(candidate.notes)).includes(after)) : -1
    if (index < 0) {
      out.push(unit)
      continue
    }
    while (out[index + 1]?.follows)
      index++
    out.splice(index + 1, 0, unit)
  }
  return out
}

/**
 * The text of each block type an author's `after:` can name: paragraphs, headings and
 * the top-level points of lists (a quote's text is not looked into).
 */
const NAMEABLE_BLOCKS: BlockHandlers<string> = {
  paragraph: block => inlineText(block.inlines),
  heading: block => inlineText(block.inlines),
  points: block => block.items.map(item => inlineText(item.inlines)).join(' '),
  quote: () => '',
  table: () => '',
  code: () => '',
  math: () => '',
  image: () => '',
  diagram: () => '',
  click: () => '',
}

function renderPlain(blocks: readonly Block[]): string {
  return foldBlocks(blocks, NAMEABLE_BLOCKS).join(' ')
}

/**
 * A unit's blocks, its code titled with the lines it shows when it shows part of a code
 * block (`lines 12–29 of 40`, after the block's own title): an excerpt, or a part the fit
 * check split off, says so on the slide.
 */
function labelExcerpt(unit: Unit, lang: Lang): Block[] {
  const chunk = unit.chunk
  if (chunk?.what !== 'code' || chunk.to - chunk.from + 1 >= chunk.of)
    return unit.blocks
  const label = MESSAGES[lang].codeExcerpt(chunk.from, chunk.to, chunk.of)
  return unit.blocks.map(block => block.type === 'code' ? { ...block, title: [block.title, label].filter(Boolean).join(' · '), excerpt: { from: chunk.from, to: chunk.to, of: chunk.of } } : block)
}

/** Notes for a slide that shows something the article has no prose for: a code or table part, a figure. */
function describe(units: readonly Unit[], blocks: readonly Block[], lang: Lang): Block[] {
  const words = MESSAGES[lang]
  const lines = units.flatMap((unit) => {
    if (unit.chunk)
      return [unit.chunk.what === 'code' ? words.codeLines(unit.chunk.from, unit.chunk.to, unit.chunk.of) : words.tableRows(unit.chunk.from, unit.chunk.to, unit.chunk.of)]
    return unit.blocks.flatMap((block) => {
      if (block.type === 'image' && block.alt)
        return [words.figure(block.alt)]
      if (block.type === 'code')
        return [words.codeBlock(block.lang ?? 'text', block.value.split('\n').length)]
      if (block.type === 'math')
        return [words.formula]
      if (block.type === 'diagram')
        return [words.figure(String(block.diagram.props.title ?? block.caption ?? block.diagram.component))]
      return []
    })
  })
  const text = lines.length > 0 ? lines.join(' ') : blocks.length > 0 ? words.shown : ''
  return text ? [{ type: 'paragraph', inlines: [{ type: 'text', value: text }] }] : []
}

/**
 * The click at which each unit's points appear when presenting: one click per unit that
 * shows points, in order (a lead-in shares its click with what it introduces), when there
 * are at least two clicks; otherwise none (everything shows at once).
 */
function revealSteps(units: readonly Unit[]): Map<Unit, number> {
  const steps = new Map<Unit, number>()
  let click = 0
  let leading = false
  for (const unit of units) {
    if (!unit.blocks.some(block => block.type === 'points')) {
      leading = leading && unit.blocks.length === 0
      continue
    }
    if (!leading)
      click++
    steps.set(unit, click)
    leading = unit.leadIn === true
  }
  return click < 2 ? new Map() : steps
}

function clickPoints(block: Block, click: number): Block {
  return block.type === 'points' ? { ...block, items: block.items.map(item => ({ ...item, click })) } : block
}

function pointTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap(block => block.type === 'points' ? block.items.map(item => inlineText(item.inlines)) : [])
}

/** Joins neighbouring point lists of the same kind into one list. */
function mergePoints(blocks: readonly Block[]): Block[] {
  const out: Block[] = []
  for (const block of blocks) {
    const last = out.at(-1)
    if (block.type === 'points' && last?.type === 'points' && !block.ordered && !last.ordered) {
      last.items = [...last.items, ...block.items]
      continue
    }
    if (block.type === 'points' && last?.type === 'points' && block.ordered && last.ordered && block.start === (last.start ?? 1) + last.items.length) {
      last.items = [...last.items, ...block.items]
      continue
    }
    out.push(block.type === 'points' ? { ...block, items: [...block.items] } : block)
  }
  return out
}
