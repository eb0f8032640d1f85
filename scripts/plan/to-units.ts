import type { BlockContent, Blockquote, Code, List, ListItem, Paragraph, RootContent, Table } from 'mdast'
import type { DiagramName } from '../../diagrams/types'
import type { Block, CalloutKind, DiagramBlock, Inline, Lang, Point } from '../model/deck'
import type { BlockHandlers } from '../model/fold'
import type { DiagramEntry } from '../parse/diagram-schema'
import type { D2lCodeData } from '../parse/dialects/d2l-code'
import type { DiagramBlockData } from '../parse/read-diagram-blocks'
import type { Clause } from './claim-clauses'
import type { LedList } from './claim-title'
import type { DetectContext } from './diagrams/context'
import type { ScoredPoint } from './pick-points'
import { toString } from 'mdast-util-to-string'
import { foldBlocks } from '../model/fold'
import { MESSAGES } from '../model/messages'
import { answerPoint } from './answer-point'
import { asidesIn, isReaderAside } from './asides'
import { LONG_ITEM, LONG_PARAGRAPH, MAX_CODE_LINES, MAX_LIST_DEPTH, MAX_POINTS, MAX_RESERVE, MAX_TABLE_ROWS, MIN_POINT_SCORE, POINT_LENGTH, RESERVE_SCORE, SHARED_CODE_LINES, SHORT_QUOTE, SUMMARY_CLAIMS } from './budget'
import { subtract } from './claim-candidates'
import { isDeletable } from './claim-clauses'
import { joinPieces } from './claim-pieces'
import { setsUpClause } from './claim-rules'
import { restatesTitle, titleListLeads } from './claim-title'
import { excerptCode, isOutputDump, isSetupCode, MAX_CODE_SLIDES } from './code-excerpt'
import { codeTitle } from './code-title'
import { detectFormulaChain } from './diagrams/detect-flow-chain'
import { detectStepFlow } from './diagrams/detect-step-flow'
import { detectTermCards } from './diagrams/detect-term-cards'
import { detectParagraphDiagram } from './diagrams/rules'
import { inlineText, toInlines, trimInlines } from './inlines'
import { aheadPoint, explainingPoint, leadClaim, leadInCaption, leadLabel, onlyPointsAhead, turnStart } from './lead-claim'
import { measureText } from './measure-text'
import { claimsOf, dropSpacesBetweenWide, scorePoints, toPoint } from './pick-points'
import { isForTheReader, LEAD_IN_END, LEANING_FAULTS, pointFaults, pointsAhead, pointsBack } from './point-faults'
import { POINT_MARKERS } from './point-markers'
import { splitSentences } from './sentences'
import { isAnswersTitle, isOutputLabel, isReaderTitle } from './special-sections'
import { splitFormula } from './split-formula'
import { imagesOf, isDisplayMath, isImageOnly, listBlocks, paragraphBlock, tableBlock, toNoteBlocks } from './to-blocks'

/**
 * A piece of a section as it will be presented: what the slide shows, what the notes
 * say, and how much room it takes (in points).
 */
export interface Unit {
  /** `flow` shares a slide; `own` needs a slide of its own; `statement` is a slide of one large statement; `notes` is shown nowhere but the notes; `heading` starts a new topic. */
  kind: 'flow' | 'own' | 'statement' | 'notes' | 'heading'
  blocks: Block[]
  notes: Block[]
  weight: number
  /** Introduces the next unit ("as follows:"): both go on the same slide. */
  leadIn?: boolean
  /** Illustrates the unit before it (a figure after its paragraph): both go on the same slide. */
  follows?: boolean
  /** Explains the code shown just before it ("上面代码中…", "In the code above…"): it goes on that code's slide, never on the next one's. */
  explains?: boolean
  /** For `heading` units: the heading's text. */
  heading?: string
  /** For `statement` units: the text to show large. */
  statement?: { text: Inline[], variant: 'statement' | 'quote' }
  /** For `notes` units: what they would show if their slide had nothing else to show. */
  fallback?: Block[]
  /**
   * For paragraphs: further claims it makes, best first, that its slide may show when it
   * has room (see `fillPoints`); each with where it starts in the paragraph, for order.
   */
  reserve?: ReservePoint[]
  /** With a reserve: where each point shown starts in the paragraph's text. */
  shownAt?: number[]
  /** For parts of a code block or table split over several slides. */
  chunk?: { index: number, total: number, what: 'code' | 'table', from: number, to: number, of: number }
  line?: number
}

/** A claim of a paragraph not shown at first (see {@link Unit}`.reserve`). */
export interface ReservePoint {
  point: Point
  /** Where the point starts in its paragraph's text. */
  at: number
}

/** Context for {@link toUnits}. */
export interface UnitOptions {
  lang: Lang
  /** Diagrams: detection context, components the author placed here, images replaced by diagrams. */
  diagrams?: DiagramOptions
  /** The article's own summary: each paragraph shows its claims (up to {@link SUMMARY_CLAIMS}), not one sentence. */
  summary?: boolean
  /** Images (by their source as written) that cannot be shown: left out of the slides, named in the notes. */
  unavailableImages?: ReadonlySet<string>
  /** The title of the next section, when these nodes end a section ({@link isBridge}). */
  nextTitle?: string
  /** The nodes open under their section's heading, the title of their slides: a first paragraph may name what it names (`opensSection` in `claim-candidates.ts`). */
  headed?: boolean
  /** The title of the slides these nodes are shown on, when a heading of the article gives it (`title` in `claim-candidates.ts`). */
  title?: string
  /** The nodes have no heading of their own: a claim that leads into a list titles the list's slides ({@link titleListLeads}). */
  titleLeads?: boolean
  /** The deck's title, on the cover just before these nodes: a point that only says it again stays in the notes ({@link restatesTitle}). */
  coverTitle?: string
}

/** How diagrams are found and placed while units are made. */
export interface DiagramOptions {
  context: DetectContext
  /** Components the author placed in this part: detection does not add more of them. */
  suppressed: ReadonlySet<DiagramName>
  /** Diagrams that replace an image, by the image's source as written. */
  images: ReadonlyMap<string, DiagramBlock[]>
  /** Image sources whose diagrams were used, so unused ones can be reported. */
  used: Set<string>
}

/** The callout kinds GitHub's alerts give. */
const CALLOUT_KINDS = new Set<string>(['note', 'tip', 'important', 'warning', 'caution'] satisfies CalloutKind[])
const LEADS_INTO = new Set(['list', 'code', 'table', 'math', 'blockquote'])

/**
 * Turns the block nodes of a section into units: each paragraph shows its key points
 * (its whole text goes to the notes), lists keep their nesting within the budget,
 * code and tables are split to fit, quotes and bold-only paragraphs become statements,
 * formulas and figures are shown as they are. A paragraph ending with a colon stays
 * with what it introduces. A heading written for the page's reader (`isReaderTitle`:
 * tasks, quizzes, further reading; answers right after one) and what lies under it go to the notes, and so do a
 * code cell's variants for other frameworks, copies of code shown before and a banner
 * picture that opens the part, and a paragraph that only leads into code kept in the notes.
 */
export function toUnits(nodes: readonly RootContent[], options: UnitOptions): Unit[] {
  const units: Unit[] = []
  const shownCode: Set<string>[] = []
  const lists: LedList[] = []
  let readerDepth = 0
  // Nodes nested in a list or a quote open under no heading of their own.
  const nested = { ...options, headed: false }
  nodes.forEach((node, index) => {
    if (node.type === 'heading' && (readerDepth === 0 || node.depth <= readerDepth))
      readerDepth = isReaderTitle(toString(node)) || (readerDepth === node.depth && isAnswersTitle(toString(node))) ? node.depth : 0
    const bridge = index === nodes.length - 1 && options.nextTitle !== undefined && isBridge(node, options.nextTitle)
    if (readerDepth > 0 || isVariantOf(node, nodes[index - 1]) || repeatsCode(node, shownCode) || (index === 0 && isBanner(node)) || bridge) {
      units.push({ kind: 'notes', blocks: [], notes: toNoteBlocks(node), weight: 0, line: node.position?.start.line })
      return
    }
    const next = nodes[index + 1]
    const previous = units.at(-1)
    const underHeading = (index === 0 && options.headed === true) || previous?.kind === 'heading'
    const lead = units.length - 1
    units.push(...nodeUnits(node, { next, before: nodes[index - 1], underHeading }, nested, previous))
    if (node.type === 'list' && nodes[index - 1]?.type === 'paragraph' && previous?.leadIn)
      lists.push({ lead, end: units.length })
  })
  const out = units.map((unit, index): Unit => (introducesNotes(unit, units[index + 1]) ? { kind: 'notes', blocks: [], notes: unit.notes, weight: 0, line: unit.line } : unit))
  return options.titleLeads ? titleListLeads(out, lists, options.lang) : out
}

/**
 * Whether a paragraph only introduces code that stays in the notes (a listing shown before,
 * a dump): what leads into nothing shown stays in the notes with it, never on the slide
 * of whatever comes next.
 */
function introducesNotes(unit: Unit, next: Unit | undefined): boolean {
  return unit.leadIn === true && unit.blocks.every(block => block.type === 'points') && next?.kind === 'notes' && next.blocks.length === 0 && next.notes.some(block => block.type === 'code')
}

/** Shortest part of the next section's title (measureText units) that a paragraph must name to lead into it. */
const MIN_BRIDGE_NAME = 4

/**
 * Whether the last paragraph of a section only leads into the next one: it names the next
 * section's title, or the longer part of a title written `topic：claim` ("…OpenAI的玩法很直接，
 * 直接产品化，让大家随便玩" before "产品化开放：让大家随便玩"). Its text stays in the notes.
 */
function isBridge(node: RootContent, nextTitle: string): boolean {
  if (node.type !== 'paragraph')
    return false
  const text = toString(node).replace(/\s+/g, '').toLowerCase()
  return nextTitle.split(/[:：—–]/).map(part => part.replace(/\s+/g, '').toLowerCase()).some(part => measureText(part) >= MIN_BRIDGE_NAME && text.includes(part))
}

/** What names a decorative picture at the head of a page (its alt text or file name): a banner, a cover or hero image, a thumbnail, a logo. */
const BANNER = /\b(?:banner|hero|cover|header|thumbnail|logo|chapter[ _-]?image|lesson[ _-]?image)s?\b/i

/** Whether a part opens with a decorative picture alone (`![chapter image](./images/11-lesson-banner.png)`): it repeats the title, so it goes to the notes. */
function isBanner(node: RootContent): boolean {
  return node.type === 'paragraph' && isImageOnly(node) && node.children.every(child => child.type !== 'image' || BANNER.test(`${child.alt ?? ''} ${child.url.split(/[?#]/)[0]}`))
}

/** Share of a code block's lines (trimmed, any case) found in one shown before it that makes it a copy: a listing shown again or a program run twice, not an example changed to teach by contrast. */
const NEAR_COPY = 0.9
/** Fewest distinct lines a code block needs before it can count as a near copy (short snippets repeat by nature). */
const MIN_COPY_LINES = 5
/** Fewest distinct lines, each as long as {@link MIN_QUOTED_LINE}, a short block needs to count as lines quoted from a listing before it when every one of them is in it. */
const MIN_QUOTED_LINES = 3
/** Shortest line (trimmed characters) that counts towards {@link MIN_QUOTED_LINES}: `}` or `return x` repeat by nature. */
const MIN_QUOTED_LINE = 16

/**
 * Whether a code block nearly repeats one shown before it in the same part (a second run
 * of the same program's output, the same listing with one line changed), or quotes lines
 * of it ("These three lines extract the name and make the call:" and three lines of the
 * listing before): the slide shows the first, the notes keep both. Records the block's
 * lines when it is not a copy.
 */
function repeatsCode(node: RootContent, shown: Set<string>[]): boolean {
  if (node.type !== 'code' || node.lang === 'deck-diagram')
    return false
  const lines = new Set(node.value.split('\n').map(line => line.trim().toLowerCase()).filter(line => line !== ''))
  const quoted = [...lines].filter(line => line.length >= MIN_QUOTED_LINE).length >= MIN_QUOTED_LINES && shown.some(before => [...lines].every(line => before.has(line)))
  if (quoted)
    return true
  if (lines.size < MIN_COPY_LINES)
    return false
  const copy = shown.some(before => [...lines].filter(line => before.has(line)).length >= NEAR_COPY * lines.size)
  if (!copy)
    shown.push(lines)
  return copy
}

/** The frameworks a code cell is written for, as the parser read them (d2l's `#@tab`). */
function frameworksOf(node: RootContent | undefined): readonly string[] | undefined {
  return node?.type === 'code' ? (node.data as D2lCodeData | undefined)?.frameworks : undefined
}

/**
 * Whether a code block is the same cell as the one right before it, written for another
 * framework (`#@tab pytorch` after an mxnet cell): the slide shows the first, the notes all.
 */
function isVariantOf(node: RootContent, previous: RootContent | undefined): boolean {
  const mine = frameworksOf(node)
  const theirs = frameworksOf(previous)
  return mine !== undefined && theirs !== undefined && !mine.some(name => theirs.includes(name))
}

/** The nodes beside the one being made into units. */
interface Neighbours {
  next: RootContent | undefined
  before: RootContent | undefined
  /** The node is the first under a heading: its section's, one among the nodes, or a bold label that heads what follows. */
  underHeading: boolean
}

function nodeUnits(node: RootContent, { next, before, underHeading }: Neighbours, options: UnitOptions, previous: Unit | undefined): Unit[] {
  const line = node.position?.start.line
  switch (node.type) {
    case 'paragraph':
      return paragraphUnits(node, next, options, previous, underHeading)
    case 'list':
      return listUnits(node, options, previous?.leadIn ? previous.weight : 0, previous ? plainNotes(previous) : '')
    case 'code': {
      const placed = (node.data as DiagramBlockData | undefined)?.diagram
      if (node.lang === 'deck-diagram')
        return placed ? [diagramUnit(authorDiagram(placed), line)] : []
      return codeUnits(node, line, namedInCode(previous, next), before, options.lang)
    }
    case 'math':
      return mathUnits(node.value, options, line)
    case 'table':
      return tableUnits(node, line)
    case 'blockquote':
      return quoteUnits(node, options)
    case 'heading':
      return [{ kind: 'heading', blocks: [], notes: toNoteBlocks(node), weight: 0, heading: inlineText(toInlines(node.children)).replace(/\s+/g, ' ').trim() || undefined, line }]
    case 'html':
    case 'footnoteDefinition':
      return [{ kind: 'notes', blocks: [], notes: toNoteBlocks(node), weight: 0, line }]
    default:
      return []
  }
}

function paragraphUnits(node: Paragraph, next: RootContent | undefined, { lang, diagrams, summary, unavailableImages, title, coverTitle }: UnitOptions, previous: Unit | undefined, underHeading: boolean): Unit[] {
  const line = node.position?.start.line
  if (isDisplayMath(node))
    return mathUnits(inlineText(toInlines(node.children)), { lang, diagrams }, line)
  const figures: Unit[] = imagesOf(node).flatMap((image): Unit[] => {
    const replacements = image.type === 'image' ? diagrams?.images.get(image.src) : undefined
    if (image.type === 'image' && !replacements && unavailableImages?.has(image.src))
      return [{ kind: 'notes', blocks: [], notes: [{ type: 'paragraph', inlines: missingFigureNote(image.alt, image.src, lang) }], weight: 0, line }]
    if (!replacements || image.type !== 'image')
      return [{ kind: 'flow', blocks: [image], notes: [], weight: 4, follows: true, line }]
    diagrams!.used.add(image.src)
    return replacements.map(block => ({ ...diagramUnit(block, line), follows: true }))
  })
  if (isImageOnly(node))
    return figures
  const paragraph = paragraphBlock(node)
  if (paragraph.type !== 'paragraph' || inlineText(paragraph.inlines).trim() === '')
    return figures
  const text = inlineText(paragraph.inlines)
  if (isForTheReader(text, lang))
    return [{ kind: 'notes', blocks: [], notes: [paragraph], weight: 0, line }, ...figures]
  const answered = answerPoint(previous?.notes.at(-1), paragraph.inlines, lang)
  if (answered)
    return [{ kind: 'flow', blocks: [{ type: 'points', ordered: false, items: [{ inlines: answered, children: [] }] }], notes: [paragraph], weight: 1, line }, ...figures]
  const detected = diagrams ? detectParagraphDiagram(text, diagrams.context, diagrams.suppressed) : undefined
  if (detected)
    figures.unshift({ ...diagramUnit({ type: 'diagram', diagram: detected, origin: 'detected', line }, line), follows: true })
  if (next?.type === 'code' && labelOf(node, lang) !== undefined)
    return [captionUnit(paragraph, line), ...figures]
  if (isBoldLabel(paragraph.inlines) && next !== undefined && next.type !== 'heading')
    return [{ kind: 'heading', blocks: [], notes: [paragraph], weight: 0, heading: labelText(paragraph.inlines), line }, ...figures]
  if (isBoldStatement(paragraph.inlines))
    return [{ kind: 'statement', blocks: [], notes: [paragraph], weight: 0, statement: { text: dropSpacesBetweenWide(trimInlines(paragraph.inlines)), variant: 'statement' }, line }, ...figures]
  const leadsInto = next !== undefined && (LEADS_INTO.has(next.type) || (next.type === 'paragraph' && (isImageOnly(next) || isDisplayMath(next)))) && !isSetupCell(next, node)
  const introduces = LEAD_IN_END.test(text) && leadsInto
  const figureShown = figureBeside(figures, next, previous, unavailableImages)
  const pointsAtFigure = (inlines: readonly Inline[]) => !figureShown && POINT_MARKERS[lang].figureReference.test(inlineText(inlines))
  const asideEnd = asideOpeningEnd(text, lang)
  const points = (summary
    ? scorePoints(paragraph.inlines, { lang, max: SUMMARY_CLAIMS, threshold: MIN_POINT_SCORE, minSecondValue: -Infinity })
    : scorePoints(paragraph.inlines, { lang, max: !introduces && measureText(text) > LONG_PARAGRAPH ? 2 : 1, opensSection: underHeading, title })).filter(point => !pointsAtFigure(point.inlines) && point.pieces.every(([, end]) => end <= asideEnd))
  const leadIn = introduces || (leadsInto && introducesNext(text, next!, lang))
  const ahead = leadIn && next?.type === 'code' ? aheadPoint(paragraph.inlines, lang) : undefined
  const turn = leadIn && next?.type === 'code' ? turnStart(paragraph.inlines, lang) : undefined
  const restated = (inlines: readonly Inline[]) => coverTitle !== undefined && restatesTitle(inlineText(inlines), coverTitle, lang)
  const claims = points.filter(point => point.score >= MIN_POINT_SCORE && (!ahead || point.pieces.every(([, end]) => end <= ahead.piece[0])) && (turn === undefined || point.pieces[0]![0] >= turn) && !restated(point.inlines))
  const formula = next?.type === 'math' || (next?.type === 'paragraph' && isDisplayMath(next))
  const caption = leadIn && !ahead && claims.length === 0 && (next?.type === 'code' || formula) ? leadInCaption(paragraph.inlines, lang, POINT_LENGTH, { completed: formula })?.inlines : undefined
  const explaining = !leadIn && claims.length === 0 && showsCode(previous) ? explainingPoint(paragraph.inlines, lang) : undefined
  const beside = caption ?? explaining
  // The sentence that leads into a list ("这些操作系统非常轻量化，并提供以下功能：") says what its items are: shown after the paragraph's claims.
  const listLead = introduces && next?.type === 'list' ? leadInCaption(paragraph.inlines, lang) : undefined
  const listed = listLead && claims.every(point => point.pieces.every(([, end]) => end <= listLead.piece[0])) ? [{ inlines: listLead.inlines, score: MIN_POINT_SCORE, pieces: [listLead.piece] }] : []
  const shown: ScoredPoint[] = ahead
    ? [...claims, { inlines: ahead.inlines, score: MIN_POINT_SCORE, pieces: [ahead.piece] }]
    : beside ? [{ inlines: beside, score: MIN_POINT_SCORE, pieces: [[0, text.length]] }] : [...claims, ...listed]
  const reserve = introduces || ahead || beside ? [] : reservePoints(paragraph.inlines, shown, lang)
  const explains = (!leadIn && showsCode(previous) && pointsBack(text, lang)) || undefined
  if (shown.length === 0) {
    const whole = points[0]?.inlines ?? wholeSentencePoint(paragraph.inlines, lang)
    const weak = whole && !pointsAtFigure(whole) && !restated(whole) ? whole : undefined
    const fallback: Block[] = weak ? [{ type: 'points', ordered: false, items: [{ inlines: weak, children: [] }] }] : []
    return [{ kind: 'notes', blocks: [], notes: [paragraph], weight: 0, fallback, explains, leadIn: leadIn || undefined, line }, ...figures]
  }
  return [{
    kind: 'flow',
    blocks: [{ type: 'points', ordered: false, items: shown.map(point => ({ inlines: point.inlines, children: [] })) }],
    notes: [paragraph],
    weight: shown.length,
    leadIn: leadIn || undefined,
    explains,
    ...(reserve.length > 0 ? { reserve, shownAt: shown.map(point => point.pieces[0]![0]) } : {}),
    line,
  }, ...figures]
}

/**
 * Whether a figure is shown beside a paragraph: its own, the picture right after it (when
 * it can be shown), or what the slide before it shows. A point that points at a figure
 * ("下图展示了…", "the figure below shows…") is shown only then.
 */
function figureBeside(figures: readonly Unit[], next: RootContent | undefined, previous: Unit | undefined, unavailable: ReadonlySet<string> | undefined): boolean {
  const pictured = (unit: Unit | undefined) => unit?.blocks.some(block => block.type === 'image' || block.type === 'diagram') ?? false
  if (figures.some(pictured) || pictured(previous))
    return true
  return next?.type === 'paragraph' && isImageOnly(next) && imagesOf(next).every(image => image.type !== 'image' || !unavailable?.has(image.src))
}

/**
 * Whether a paragraph right before a block introduces it without a colon: its last
 * sentence points ahead ("所以下面的代码是无效的", "The fix looks like this"), or the block is
 * code and the paragraph does not open by pointing back at what came before (the
 * sentence before a listing says what it shows: "另一种方法是将this当作第二个参数").
 */
function introducesNext(text: string, next: RootContent, lang: Lang): boolean {
  return pointsAhead(text, lang) || (next.type === 'code' && next.lang !== 'deck-diagram' && !pointsBack(text, lang))
}

/** Whether a unit shows a code block (a listing a paragraph after it may explain). */
function showsCode(unit: Unit | undefined): boolean {
  return unit?.blocks.some(block => block.type === 'code') ?? false
}

/**
 * The claims a paragraph makes besides those it shows, best first: each a good point on
 * its own (scored at least {@link RESERVE_SCORE}, no fault a reader would see), from a
 * part of the paragraph no shown point draws on.
 */
function reservePoints(inlines: readonly Inline[], shown: readonly ScoredPoint[], lang: Lang): ReservePoint[] {
  const ranked = scorePoints(inlines, { lang, max: shown.length + MAX_RESERVE, threshold: RESERVE_SCORE, minSecondValue: -Infinity, order: 'score' })
  const taken = (point: ScoredPoint) => shown.some(other => other.pieces.some(([a, b]) => point.pieces.some(([c, d]) => a < d && c < b)))
  return ranked
    .filter(point => !taken(point) && point.score >= RESERVE_SCORE && pointFaults(inlineText(point.inlines), lang).length === 0)
    .slice(0, MAX_RESERVE)
    .map(point => ({ point: { inlines: point.inlines, children: [] }, at: point.pieces[0]![0] }))
}

/** Where the source goes in a message, while the message is split around it. */
const SOURCE_SLOT = '\u0000'

/** The note for a figure that cannot be shown: its caption and its source as written, the source as code (a name, not a link to follow). */
function missingFigureNote(caption: string, source: string, lang: Lang): Inline[] {
  const [before = '', after = ''] = MESSAGES[lang].missingFigure(caption, SOURCE_SLOT).split(SOURCE_SLOT)
  return [{ type: 'text', value: before }, { type: 'code', value: source }, { type: 'text', value: after }]
}

/**
 * A bold label right before a code block (`**Output**`, `**Response 1**`): in the notes,
 * as the code shows it as its label ({@link labelOf}); never a point or a heading over what
 * follows.
 */
function captionUnit(paragraph: Block, line: number | undefined): Unit {
  return { kind: 'notes', blocks: [], notes: [paragraph], weight: 0, line }
}

/** What ends a sentence: a bold paragraph ending so is a statement, not a label. */
const SENTENCE_END = /[。.!！?？]$/
/** Longest label with a colon (measureText units, its colon left out) before a code block: `Response 1:`, `运行结果：`. */
const MAX_COLON_LABEL = 12
/** Most words of an English label with a colon: a longer run is a sentence leading into the code. */
const MAX_LABEL_WORDS = 3
/** A label's colon at its end. */
const LABEL_COLON = /\s*[:：]$/

/**
 * The label a paragraph right before a code block gives it: a bold label (`**Response 1**`,
 * `**Output**`), or a few words ending with a colon (`Response 1:`, `运行结果：`) that neither
 * point ahead (`代码如下：`, `as follows:`) nor open an example (`For example:`). It is the
 * listing's label, shown above it, never a point of its own.
 */
function labelOf(node: RootContent | undefined, lang: Lang): string | undefined {
  if (node?.type !== 'paragraph')
    return undefined
  const inlines = toInlines(node.children)
  const text = labelText(inlines)
  if (isBoldLabel(inlines))
    return text
  const label = text.replace(LABEL_COLON, '')
  const markers = POINT_MARKERS[lang]
  const short = measureText(label) <= MAX_COLON_LABEL && (lang !== 'en' || label.split(' ').length <= MAX_LABEL_WORDS)
  if (label === text || label === '' || !short || SENTENCE_END.test(label) || markers.forwardReference.test(label) || markers.example.test(label) || markers.danglingEnd.test(label))
    return undefined
  return label
}

/** A label's text as a title shows it: its runs of spaces and line breaks one space. */
function labelText(inlines: readonly Inline[]): string {
  return inlineText(inlines).replace(/\s+/g, ' ').trim()
}

/** Longest bold label (measureText units) read as a subheading. */
const MAX_LABEL_HEADING = 24

/**
 * Whether a paragraph is a bold label that heads what follows it, as a subheading would
 * (`**（1）全局环境**`, `**Step 2: Train**`): wholly bold, short, no sentence's end.
 */
export function isBoldLabel(inlines: readonly Inline[]): boolean {
  const text = inlineText(inlines).trim()
  return text !== '' && inlines.every(inline => inline.type === 'strong' || (inline.type === 'text' && inline.value.trim() === '')) && measureText(text) <= MAX_LABEL_HEADING && !SENTENCE_END.test(text)
}

/** Whether a paragraph (or a point) is one bold statement: bold covers nearly all its text. */
export function isBoldStatement(inlines: readonly Inline[]): boolean {
  const text = inlineText(inlines)
  const bold = inlines.filter(inline => inline.type === 'strong').map(inline => inlineText([inline]).replace(/\s/g, '')).join('')
  return measureText(text) >= 8 && bold.length >= text.replace(/\s/g, '').length * 0.9
}

/** The text of each block type that can lead into a list ("three steps:"): paragraphs only. */
const LEAD_BLOCKS: BlockHandlers<string> = {
  paragraph: block => inlineText(block.inlines),
  heading: () => '',
  points: () => '',
  quote: () => '',
  table: () => '',
  code: () => '',
  math: () => '',
  image: () => '',
  diagram: () => '',
  click: () => '',
}

function plainNotes(unit: Unit): string {
  return foldBlocks(unit.notes, LEAD_BLOCKS).join(' ')
}

function listUnits(list: List, options: UnitOptions, leadWeight: number, leadText: string): Unit[] {
  const line = list.position?.start.line
  if (isNavigationList(list) || outlinesLesson(leadText, options.lang))
    return [{ kind: 'notes', blocks: [], notes: listBlocks(list), weight: 0, line }]
  if (list.children.some(isComplexItem))
    return stepUnits(list, options)
  const flow = options.diagrams && !options.diagrams.suppressed.has('FlowChain') ? detectStepFlow(list, leadText) : undefined
  if (flow)
    return [{ kind: 'flow', blocks: [{ type: 'diagram', diagram: { component: 'FlowChain', props: flow }, origin: 'detected', line }], notes: listBlocks(list), weight: 4, line }]
  const cards = options.diagrams && !options.diagrams.suppressed.has('TermCards') ? detectTermCards(list, options.lang) : undefined
  if (cards) {
    return chunkCards(cards.terms).map(({ terms, from }) => ({
      kind: 'flow',
      blocks: [{ type: 'diagram', diagram: { component: 'TermCards', props: { terms } }, origin: 'detected', line }],
      notes: listBlocks(list, list.children.slice(from, from + terms.length), (list.start ?? 1) + from),
      weight: Math.min(MAX_POINTS, 2 + Math.ceil(terms.length / 2)),
      line,
    }))
  }
  const start = list.ordered ? (list.start ?? 1) : undefined
  const items = list.children.map(item => itemPoint(item, options.lang, 1))
  const shown = items.map(item => list.ordered || !isForTheReader(inlineText(item.inlines), options.lang))
  const units: Unit[] = []
  let chunk: { items: Point[], indices: number[], weight: number } = { items: [], indices: [], weight: 0 }
  const flush = () => {
    if (chunk.indices.length === 0)
      return
    const first = chunk.indices[0]!
    const notes = listBlocks(list, chunk.indices.map(i => list.children[i]!), (list.start ?? 1) + first)
    if (chunk.items.length === 0)
      units.push({ kind: 'notes', blocks: [], notes, weight: 0, line })
    else
      units.push({ kind: 'flow', blocks: [{ type: 'points', ordered: Boolean(list.ordered), start: start !== undefined ? start + first : undefined, items: chunk.items }], notes, weight: chunk.weight, line })
    chunk = { items: [], indices: [], weight: 0 }
  }
  let budget = Math.max(1, MAX_POINTS - leadWeight)
  items.forEach((item, index) => {
    if (!shown[index]) {
      chunk.indices.push(index)
      return
    }
    let point = trimPoint(item, budget)
    if (chunk.items.length > 0 && countPoints(point) > budget - chunk.weight) {
      flush()
      budget = MAX_POINTS
      point = trimPoint(item, budget)
    }
    chunk.items.push(point)
    chunk.indices.push(index)
    chunk.weight += countPoints(point)
  })
  flush()
  return units
}

/**
 * Whether the paragraph that leads into a list says the list outlines the lesson for its
 * reader ("In this lesson, you will learn:", "本课将介绍："; `LanguagePack.outlines`): the
 * lesson's contents and goals, which the agenda gives, stay in the notes.
 */
function outlinesLesson(leadText: string, lang: Lang): boolean {
  return LEAD_IN_END.test(leadText.trim()) && POINT_MARKERS[lang].outline?.test(leadText) === true
}

/** A link within the page or its site, not to another site: a heading's anchor, a relative path. */
const LOCAL_LINK = /^(?:#|\.{0,2}\/|(?![a-z][a-z\d+.-]*:)[^/])/i

/**
 * Whether a list only points the page's reader to parts of the page or its site (a table
 * of contents: each item one link, to an anchor or a relative path, and nothing else):
 * the agenda already shows the talk's parts, so it stays in the notes.
 */
function isNavigationList(list: List): boolean {
  return list.children.length > 0 && list.children.every((item) => {
    const [only, ...rest] = item.children
    if (rest.length > 0 || only?.type !== 'paragraph')
      return false
    const parts = only.children.filter(child => child.type !== 'text' || child.value.trim() !== '')
    return parts.length === 1 && parts[0]!.type === 'link' && LOCAL_LINK.test(parts[0]!.url)
  })
}

function chunkCards<T>(terms: T[]): { terms: T[], from: number }[] {
  const count = Math.ceil(terms.length / MAX_POINTS)
  const size = Math.ceil(terms.length / count)
  return Array.from({ length: count }, (_, i) => ({ terms: terms.slice(i * size, (i + 1) * size), from: i * size }))
}

/**
 * A formula: as it is, or as a FlowChain when it is one row that adds up three or more
 * terms (the formula stays in the notes); a formula too tall for a slide is cut at its
 * row breaks into parts of the same environment (`splitFormula`), each weighing as much
 * of a slide as its height takes, and starting at its own line.
 */
function mathUnits(value: string, { diagrams }: UnitOptions, line: number | undefined): Unit[] {
  const parts = splitFormula(value)
  const chain = parts.length === 1 && parts[0]!.of === 1 && diagrams && !diagrams.suppressed.has('FlowChain') ? detectFormulaChain(value) : undefined
  if (chain)
    return [{ ...diagramUnit({ type: 'diagram', diagram: { component: 'FlowChain', props: chain }, origin: 'detected', line }, line), notes: [{ type: 'math', value }] }]
  return parts.map(part => ({ kind: 'flow', blocks: [{ type: 'math', value: part.value }], notes: [], weight: part.weight, line: line === undefined ? undefined : line + part.lineOffset }))
}

/** The diagram block for a diagram the author placed (in the sidecar or a diagram block). */
export function authorDiagram(entry: DiagramEntry): DiagramBlock {
  return { type: 'diagram', diagram: entry.diagram, caption: entry.caption, origin: 'author' }
}

const WHOLE_SLIDE = new Set<DiagramName>(['DerivationGraph', 'OrgStructure', 'MindMap'])

/** A unit that shows one diagram: graphs and mind maps take a slide of their own, a timeline leaves room for one point. */
export function diagramUnit(block: DiagramBlock, line: number | undefined): Unit {
  const weight = WHOLE_SLIDE.has(block.diagram.component) ? MAX_POINTS : block.diagram.component === 'Timeline' ? 5 : 4
  return { kind: 'flow', blocks: [block], notes: [], weight, line }
}

function isComplexItem(item: ListItem): boolean {
  return item.children.some(child => !['paragraph', 'list', 'heading'].includes(child.type))
    || item.children.filter(child => child.type === 'paragraph').length > 1
}

/** A list whose items hold code, tables or several paragraphs: each item becomes a step. */
function stepUnits(list: List, options: UnitOptions): Unit[] {
  const units: Unit[] = []
  list.children.forEach((item, index) => {
    const [head, ...rest] = item.children
    const number = list.ordered ? (list.start ?? 1) + index : undefined
    const body: BlockContent[] = head?.type === 'paragraph' ? rest as BlockContent[] : item.children as BlockContent[]
    if (head?.type === 'paragraph' && body.length > 0 && onlyPointsAhead(toInlines(head.children), options.lang)) {
      // "1. Add the following code:": its block shows what it says.
      units.push({ kind: 'notes', blocks: [], notes: [{ type: 'points', ordered: number !== undefined, start: number, items: [{ inlines: trimInlines(toInlines(head.children)), children: [] }] }], weight: 0, line: head.position?.start.line })
    }
    else if (head?.type === 'paragraph') {
      const inlines = trimInlines(toInlines(head.children))
      const point = leadPoint(inlines, options.lang)
      units.push({
        kind: 'flow',
        blocks: [{ type: 'points', ordered: number !== undefined, start: number, items: [{ inlines: point, children: [] }] }],
        notes: [{ type: 'points', ordered: number !== undefined, start: number, items: [{ inlines, children: [] }] }],
        weight: 1,
        leadIn: body.length > 0 && ['code', 'table', 'math'].includes(body[0]!.type) ? true : undefined,
        line: head.position?.start.line,
      })
    }
    units.push(...toUnits(body, options))
  })
  return units
}

/** The point a list item shows: its lead, clipped; nested items down to {@link MAX_LIST_DEPTH}. */
function itemPoint(item: ListItem, lang: Lang, depth: number): Point {
  const paragraphs = item.children.filter((child): child is Paragraph => child.type === 'paragraph')
  const inlines = paragraphs[0] ? trimInlines(toInlines(paragraphs[0].children)) : [{ type: 'text' as const, value: toString(item).trim() }]
  const checked = item.checked === true ? '☑ ' : item.checked === false ? '☐ ' : ''
  const lists = item.children.filter((child): child is List => child.type === 'list')
  const children = depth < MAX_LIST_DEPTH ? lists.flatMap(list => list.children.map(child => itemPoint(child, lang, depth + 1))) : []
  const lead = leadPoint(inlines, lang)
  return { inlines: checked ? [{ type: 'text', value: checked }, ...lead] : lead, children, ...(lists[0]?.ordered ? { childrenOrdered: true } : {}) }
}

/**
 * The opening of a text as a point: its first sentence (and the next ones while they
 * fit), its claim compressed when too long ({@link leadClaim}); when no part of it makes
 * a point within the budget, its whole first sentence (less its leading connectives and
 * fillers; with the next one when it only sets that one up), never cut (up to
 * {@link LONG_ITEM} times the budget), else its label (`term: …`), else the whole first
 * sentence all the same.
 */
export function leadPoint(inlines: readonly Inline[], lang: Lang, budget = POINT_LENGTH): Inline[] {
  const claim = leadClaim(inlines, lang, budget)
  if (claim)
    return claim
  const { text, sentences } = claimsOf(inlines, lang, budget, { item: true })
  const first = sentences[0]
  // A first sentence that only sets up the next ("Looking from a different angle, let's assume…") is shown with it.
  const last = first && sentences[1] && setsUp(first, text, lang) ? sentences[1] : first
  const [start, end] = first ? [first[0]!.core, last!.at(-1)!.body] : [0, text.length]
  const whole = toPoint(inlines, text, [[start, end]], lang)
  if (measureText(text.slice(start, end)) <= budget * LONG_ITEM)
    return whole
  return leadLabel(inlines, lang) ?? whole
}

/**
 * A paragraph's first sentence whole (less its leading connectives and fillers), when no
 * clause of it fits a point but the sentence reads on its own (not a lone condition or
 * supposition, "Seen from afar, suppose…") and is at most
 * {@link LONG_ITEM} times the budget: what a heading that would otherwise stand bare shows.
 */
export function wholeSentencePoint(inlines: readonly Inline[], lang: Lang, budget = POINT_LENGTH): Inline[] | undefined {
  const { text, sentences } = claimsOf(inlines, lang, budget, { item: true })
  const first = sentences[0]
  if (!first || setsUp(first, text, lang))
    return undefined
  const [start, end] = [first[0]!.core, first.at(-1)!.body]
  const pieces = subtract([[start, end]], asidesIn(text, start, end).filter(aside => isReaderAside(text, aside, lang)))
  const shown = joinPieces(text, pieces)
  if (measureText(shown) > budget * LONG_ITEM || pointFaults(shown, lang).length > 0)
    return undefined
  return toPoint(inlines, text, pieces, lang)
}

/** Whether a sentence only sets up the one after it: a condition or a supposition with no main clause ("Seen from afar, suppose…", "如果…，"). */
function setsUp(clauses: readonly Clause[], text: string, lang: Lang): boolean {
  return clauses.every(clause => isDeletable(clause) || setsUpClause(clause, text, lang))
}

function trimPoint(point: Point, budget: number): Point {
  let left = budget - 1
  const children: Point[] = []
  for (const child of point.children) {
    if (left <= 0)
      break
    const trimmed = trimPoint(child, left)
    children.push(trimmed)
    left -= countPoints(trimmed)
  }
  return { ...point, children }
}

/** Points a point takes on a slide: itself and its nested points. */
export function countPoints(point: Point): number {
  return 1 + point.children.reduce((sum, child) => sum + countPoints(child), 0)
}

/**
 * A code block, given the node before it (its label, or the text that makes its imports
 * the subject): shown whole when short; long program output or a log, and code that only
 * sets the program up ({@link isSetupCell}), stay in the notes (a talk shows no dumps);
 * long code is shown in at most {@link MAX_CODE_SLIDES} windows ({@link excerptCode}), each a
 * slide of its own, the whole block in the notes (the slide says which lines it shows:
 * `labelExcerpt` in plan-content.ts).
 */
function codeUnits(node: Code, line: number | undefined, named: readonly string[], before: RootContent | undefined, lang: Lang): Unit[] {
  const lines = codeLines(node)
  const codeLang = node.lang ?? undefined
  const title = codeTitle(node.meta) ?? labelOf(before, lang)
  const whole: Block = { type: 'code', lang: codeLang, value: lines.join('\n'), ...(title ? { title } : {}) }
  if (isOutputDump(codeLang, lines, labelsOutput(before), SHARED_CODE_LINES) || isSetupCell(node, before))
    return [{ kind: 'notes', blocks: [], notes: [whole], weight: 0, line }]
  if (lines.length <= SHARED_CODE_LINES)
    return [{ kind: 'flow', blocks: [whole], notes: [], weight: codeWeight(lines.length), line }]
  const windows = excerptCode(lines, { max: MAX_CODE_LINES, named })
  const excerpt = windows.reduce((sum, window) => sum + window.lines.length, 0) < lines.length
  return windows.map((window, index) => {
    const to = window.from + window.lines.length - 1
    return {
      kind: 'own',
      blocks: [{ type: 'code', lang: codeLang, value: window.lines.join('\n'), ...(title ? { title } : {}) }],
      notes: excerpt && index === 0 ? [whole] : [],
      weight: MAX_POINTS,
      chunk: { index: index + 1, total: windows.length, what: 'code', from: window.from, to, of: lines.length },
      line,
    } satisfies Unit
  })
}

/** The load of a code block's frame (its padding and margins) on a slide, in points. */
const CODE_FRAME_WEIGHT = 0.5
/** The load of a line of code on a slide, in points: a slide that holds {@link MAX_POINTS} points holds {@link MAX_CODE_LINES} lines. */
const CODE_LINE_WEIGHT = MAX_POINTS / MAX_CODE_LINES

/** Loads are counted in halves of a point, so that sums of them are exact and packing compares them exactly. */
const LOAD_STEP = 0.5

/** The load of a short code block on a slide: its frame and its lines ("var x = 1" weighs less than ten lines), to the nearest {@link LOAD_STEP}. */
function codeWeight(lines: number): number {
  return Math.round((CODE_FRAME_WEIGHT + lines * CODE_LINE_WEIGHT) / LOAD_STEP) * LOAD_STEP
}

/** A code block's lines, less the blank ones at its end. */
function codeLines(node: Code): string[] {
  return node.value.replace(/\n+$/, '').split('\n')
}

/** Words that say a text is about loading modules itself (an article on `import` shows its imports). */
const IMPORT_WORDS = /\b(?:imports?|importing|require|includes?|modules?|packages?)\b|导入|引入|模块|包/i

/** Whether a node is a code block that only sets its program up ({@link isSetupCode}) and the text before it does not make that its subject: it stays in the notes. */
function isSetupCell(node: RootContent, before: RootContent | undefined): boolean {
  return node.type === 'code' && isSetupCode(codeLines(node)) && !speaksOfImports(before)
}

/** Whether the node before a code block speaks of imports, modules or packages: its setup code is then its subject. */
function speaksOfImports(node: RootContent | undefined): boolean {
  return node !== undefined && IMPORT_WORDS.test(toString(node))
}

/** Whether a node is a short paragraph that labels the code after it as output (`**Output**`). */
function labelsOutput(node: RootContent | undefined): boolean {
  return node?.type === 'paragraph' && isOutputLabel(toString(node))
}

/** Names the text around a code block gives in code (`search_courses`): the lines holding them matter. */
function namedInCode(previous: Unit | undefined, next: RootContent | undefined): string[] {
  const fromNotes = (previous?.notes ?? []).flatMap(block => block.type === 'paragraph' ? block.inlines : []).flatMap(inline => inline.type === 'code' ? [inline.value] : [])
  const fromNext = next?.type === 'paragraph' ? next.children.flatMap(child => child.type === 'inlineCode' ? [child.value] : []) : []
  return [...new Set([...fromNotes, ...fromNext].map(name => name.replace(/\(.*$/, '').trim()).filter(name => /^[\w.$-]{3,}$/.test(name)))]
}

function tableUnits(node: Table, line: number | undefined): Unit[] {
  const table = tableBlock(node)
  if (table.rows.length <= 3 && table.header.length <= 4)
    return [{ kind: 'flow', blocks: [table], notes: [], weight: 4, line }]
  const total = Math.ceil(table.rows.length / MAX_TABLE_ROWS)
  const size = Math.ceil(table.rows.length / total)
  return Array.from({ length: total }, (_, index) => ({
    kind: 'own' as const,
    blocks: [{ ...table, rows: table.rows.slice(index * size, (index + 1) * size) }],
    notes: [],
    weight: MAX_POINTS,
    chunk: total > 1 ? { index: index + 1, total, what: 'table' as const, from: index * size + 1, to: Math.min(table.rows.length, (index + 1) * size), of: table.rows.length } : undefined,
    line,
  }))
}

/** An emoji that opens a quote: the author's aside (`> 💁 …`, `> 🎓 …`), not a quotation. */
const ASIDE_MARK = /^\s*\p{Extended_Pictographic}/u
/** What ends a question. */
const QUESTION_END = /[?？]\s*$/

/**
 * Where a paragraph's points must end: for an aside the author marked with an emoji
 * (`✅ 这种程序架构被称为事件循环。许多应用程序…`), the end of its first sentence, which sets
 * what the aside is about (the sentences after it go on about that, not about the
 * slide's topic: shown alone, "`loop`监听来自用户界面组件的消息" would read as a fact about
 * Arduino's `loop`), or of the answer after it when it asks a question (`✅ Q: …? A: …`);
 * for any other paragraph its end.
 */
function asideOpeningEnd(text: string, lang: Lang): number {
  if (!ASIDE_MARK.test(text))
    return text.length
  const [first, second] = splitSentences(text, lang)
  const opening = first && QUESTION_END.test(first.text) ? second ?? first : first
  return opening ? opening.start + opening.text.length : text.length
}

/**
 * A quote: a short one on the slide, a long one a statement of its own (a long aside marked
 * with an emoji a note of its opening: {@link asideUnit}), one for the reader
 * in the notes; its figures (an image alone in a paragraph of the quote) are shown after it
 * as figures of their own, and its other blocks as they would be outside it.
 */
function quoteUnits(node: Blockquote, options: UnitOptions): Unit[] {
  const line = node.position?.start.line
  const paragraphs = node.children.filter((child): child is Paragraph => child.type === 'paragraph' && !isImageOnly(child))
  const others = node.children.filter(child => child.type !== 'paragraph' || isImageOnly(child))
  const inlines = paragraphs.flatMap((paragraph, index) => [...(index > 0 ? [{ type: 'break' as const }] : []), ...trimInlines(toInlines(paragraph.children))])
  const notes = toNoteBlocks({ ...node, children: paragraphs })
  const units: Unit[] = []
  if (paragraphs.length > 0 && isForTheReader(inlineText(inlines), options.lang))
    return [{ kind: 'notes', blocks: [], notes, weight: 0, line }, ...toUnits(others, options)]
  const title = titleOf(node)
  if (title !== undefined && !calloutOf(node))
    return [{ kind: 'heading', blocks: [], notes: toNoteBlocks({ ...node, children: node.children.slice(0, 1) }), weight: 0, heading: title, line }, ...toUnits(node.children.slice(1), options)]
  const callout = calloutOf(node)
  if (callout && paragraphs.length > 0) {
    units.push({ kind: 'flow', blocks: [{ type: 'quote', callout, blocks: paragraphs.map(paragraphBlock) }], notes, weight: 2, line })
    units.push(...toUnits(others, options))
    return units
  }
  if (paragraphs.length > 0 && ASIDE_MARK.test(inlineText(inlines)) && measureText(inlineText(inlines)) > SHORT_QUOTE) {
    units.push(asideUnit(inlines, notes, options.lang, line))
    units.push(...toUnits(others, options))
    return units
  }
  if (paragraphs.length > 0) {
    if (measureText(inlineText(inlines)) <= SHORT_QUOTE)
      units.push({ kind: 'flow', blocks: [{ type: 'quote', blocks: paragraphs.map(paragraphBlock) }], notes, weight: 2, line })
    else
      units.push(quoteStatement(inlines, notes, options.lang, line))
  }
  units.push(...toUnits(others, options))
  return units
}

/** The emoji an aside opens with, with the spaces around it. */
const ASIDE_OPENING = /^[\s\p{Extended_Pictographic}\uFE0F]+/u

/**
 * A long aside the author set apart with an emoji (`> 💁 CPU 使用取指-译码-执行周期…`): a
 * note beside the slide's points showing its opening ({@link leadPoint}: what the aside is
 * about), never a quotation slide of its own; in the notes when it says nothing, or when
 * its opening leans on the text before it ("🎓 这两款设备的CPU都是ARM处理器…", "💁 Some
 * laptops also use this kind of…").
 */
function asideUnit(inlines: Inline[], notes: Block[], lang: Lang, line: number | undefined): Unit {
  const excerpt = leadPoint(breaksAsSpaces(inlines), lang)
  const opening = splitSentences(inlineText(inlines).replace(ASIDE_OPENING, ''), lang)[0]?.text ?? ''
  if (inlineText(excerpt).trim() === '' || pointFaults(opening, lang).some(fault => LEANING_FAULTS.has(fault)))
    return { kind: 'notes', blocks: [], notes, weight: 0, line }
  return { kind: 'flow', blocks: [{ type: 'quote', callout: 'note', blocks: [{ type: 'paragraph', inlines: excerpt }] }], notes, weight: 2, line }
}

/**
 * The title of a quote that opens with a bold label over more blocks (`> **🧮 Show Me The
 * Math**` over its paragraphs and figure): an aside with a heading of its own, read as a
 * subsection, its blocks shown as any others are. `undefined` for any other quote.
 */
function titleOf(node: Blockquote): string | undefined {
  const [first, ...rest] = node.children
  if (first?.type !== 'paragraph' || rest.length === 0)
    return undefined
  const inlines = toInlines(first.children)
  return isBoldLabel(inlines) ? labelText(inlines) : undefined
}

/** The callout kind the parser read from a GitHub alert (`> [!TIP]`), if the quote is one. */
function calloutOf(node: Blockquote): CalloutKind | undefined {
  const kind = (node.data as { callout?: string } | undefined)?.callout
  return kind && CALLOUT_KINDS.has(kind) ? kind as CalloutKind : undefined
}

/**
 * A long quote as a statement slide of its excerpt ({@link quoteExcerpt}); a quote with no
 * sentence that makes a point stays in the notes, never an empty statement.
 */
function quoteStatement(inlines: Inline[], notes: Block[], lang: Lang, line: number | undefined): Unit {
  const excerpt = quoteExcerpt(inlines, lang)
  if (inlineText(excerpt).trim() === '')
    return { kind: 'notes', blocks: [], notes, weight: 0, line }
  return { kind: 'statement', blocks: [], notes, weight: 0, statement: { text: excerpt, variant: 'quote' }, line }
}

function quoteExcerpt(inlines: Inline[], lang: Lang): Inline[] {
  const points = scorePoints(breaksAsSpaces(inlines), { lang, max: 2, budget: POINT_LENGTH * 1.5 })
  return points.flatMap((point, index) => [...(index > 0 ? [{ type: 'text' as const, value: ' … ' }] : []), ...point.inlines])
}

/** A quote's text with the breaks between its paragraphs read as spaces, for picking its points. */
function breaksAsSpaces(inlines: readonly Inline[]): Inline[] {
  return inlines.map(inline => (inline.type === 'break' ? { type: 'text', value: ' ' } : inline))
}
