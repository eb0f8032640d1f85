import type { MindMapData } from '../../diagrams/types'
import type { AgendaSlide, Block, ContentSlide, Deck, DiagramBlock, Inline, Slide, StatementSlide } from '../model/deck'
import type { ParsedArticle } from '../parse'
import type { DiagramEntry } from '../parse/diagram-schema'
import type { FitHints } from './fit-hints'
import type { PlanContentOptions } from './plan-content'
import type { DiagramPlan } from './plan-diagrams'
import type { TalkOptions } from './select-talk'
import type { Section } from './split-sections'
import { toString } from 'mdast-util-to-string'
import { MESSAGES } from '../model/messages'
import { MAX_AGENDA_ITEMS, MAX_POINTS } from './budget'
import { chooseLayouts } from './choose-layout'
import { detectLanguage } from './detect-language'
import { buildMindMap } from './diagrams/build-mind-map'
import { extractMeta } from './extract-meta'
import { sectionTitleOf } from './fold-section'
import { inlineText } from './inlines'
import { partition } from './pack-units'
import { planContent } from './plan-content'
import { fillMindMaps, imagesIn, planDiagrams } from './plan-diagrams'
import { planRecap } from './plan-recap'
import { planTiming } from './plan-timing'
import { selectTalk } from './select-talk'
import { assignSlideIds } from './slide-ids'
import { extractQuestions, isQuestionsTitle, isSummaryTitle, readerTitles } from './special-sections'
import { splitSections } from './split-sections'
import { toNoteBlocks } from './to-blocks'
import { countPoints } from './to-units'

/** With more sections than this, a section of a single slide gets no divider: its slide's header says where the talk is. */
const MAX_DIVIDED_SECTIONS = 6

/** Options for {@link planDeck}. */
export interface PlanOptions {
  /** What the fit check asked of slides that did not fit, by slide key. */
  fit?: FitHints
  /** Length of the talk in minutes (default: estimated from the spoken text). */
  minutes?: number
  /** Images (by their source as written) that cannot be shown: left out of the slides, named in the notes. */
  unavailableImages?: ReadonlySet<string>
}

/**
 * Plans a deck from a parsed article: a cover (title, subtitle, author), an agenda of
 * the sections, a divider per section that says where the talk is (in long articles,
 * only for sections of more than one slide; every slide's header says it too), the sections'
 * content slides, the article's summary as a summary slide, and a closing slide with
 * the questions the article leaves to its readers. Every sentence of the article is
 * on a slide or in its notes, in the article's order; every slide has its share of the
 * talk's time. Pure: no I/O.
 */
export function planDeck(article: ParsedArticle, { fit = new Map(), minutes, unavailableImages }: PlanOptions = {}): Deck {
  const outline = splitSections(article.tree)
  const text = toString(article.tree)
  const lang = detectLanguage(text, article.frontMatter.lang)
  const { title, subtitle, author } = article.sidecar
  const meta = { ...extractMeta(article.frontMatter, outline, article.path, text), ...(title ? { title } : {}), ...(subtitle ? { subtitle } : {}), ...(author ? { author } : {}) }
  const words = MESSAGES[lang]
  const diagrams = planDiagrams(article.sidecar.diagrams ?? [])

  nameUntitled(outline.sections, words.untitled)
  const questions = outline.sections.findLast(section => isQuestionsTitle(section.titleText))
  const forReader = readerTitles(outline.sections.map(section => section.titleText))
  const sections = outline.sections.filter((section, index) => section !== questions && !forReader[index])
  const [first, ...rest] = outline.intro
  const greeting = first?.type === 'paragraph' && meta.author !== undefined && toString(first).includes(meta.author)
  const replacedTitle = outline.title && outline.title.text !== meta.title ? [paragraph(words.originalTitle(outline.title.text))] : []

  const slides: Slide[] = [{
    kind: 'cover',
    title: meta.title,
    subtitle: meta.subtitle,
    author: meta.author,
    notes: [...replacedTitle, ...(greeting ? toNoteBlocks(first) : [])],
    line: outline.title?.line,
  }]
  if (sections.length > 1)
    slides.push(...planAgenda(sections.map(section => section.titleText), words.agenda))
  const introTitle = sections.length > 0 && !sections.some(section => section.titleText.toLowerCase() === words.intro.toLowerCase()) ? words.intro : meta.title
  const introNodes = greeting ? rest : outline.intro
  const topic: TopicOptions = { lang, fit, unavailableImages }
  const intro = planContent(introNodes, { ...topic, title: introTitle, titleByClaim: sections.length === 0, coverTitle: meta.title, ...diagrams.forTopic(introTitle, introNodes) })
  // An introduction that shows nothing (course logistics, a pointer to the videos) makes no slide: its words go to the notes of the slide before.
  const quiet = takeEmpty(intro)
  slides.at(-1)!.notes = [...slides.at(-1)!.notes, ...quiet]
  slides.push(...intro)
  const mindMap = buildMindMap(meta.title, sections.filter(section => !isSummaryTitle(section.titleText)))
  const dropped = new Set<number>()
  for (const section of outline.sections) {
    if (section === questions)
      continue
    const index = sections.indexOf(section)
    if (index < 0) {
      keepInNotes(slides, section)
      continue
    }
    const sectionNumber = sections.length > 1 ? { index: index + 1, total: sections.length } : undefined
    const content = planSection(section, { ...topic, nextTitle: sections[index + 1]?.titleText }, diagrams, mindMap).map(slide => ({ ...slide, sectionNumber }))
    const divided = sectionNumber !== undefined && (sections.length <= MAX_DIVIDED_SECTIONS || content.length > 1)
    const heading = paragraph(section.titleText, true)
    const lead = divided ? takeLead(content, section.titleText) : undefined
    const silent = takeEmpty(content)
    if (!lead && content.length === 0) {
      // Nothing of the section reaches a slide (a table of contents, a pointer to the previous lesson, the lesson's goals): no divider or title over nothing.
      const last = slides.at(-1)!
      last.notes = [...last.notes, heading, ...silent]
      dropped.add(index)
      continue
    }
    if (divided) {
      slides.push({ kind: 'section', title: section.titleText, index: index + 1, total: sections.length, notes: [heading, ...(lead?.notes ?? []), ...silent], line: section.line, ...(lead ? { lead: lead.points } : {}) })
    }
    else {
      const titled = content[0]!.kind === 'content' && content[0]!.title === section.titleText
      content[0] = { ...content[0]!, notes: [...(titled ? [] : [heading]), ...silent, ...content[0]!.notes] }
    }
    slides.push(...content)
  }
  slides.push({
    kind: 'closing',
    title: words.closing,
    questions: questions ? extractQuestions(questions.nodes, lang) : [],
    notes: questions ? [paragraph(questions.titleText, true), ...sectionNotes(questions)] : [],
    line: questions?.line,
  })
  fillMindMaps(slides, mindMap)
  const numbered = dropped.size > 0 ? dropSections(slides, sections.map(section => section.titleText), dropped, words.agenda) : slides
  const talkSections = sections.filter((_, index) => !dropped.has(index))
  const chosen = minutes === undefined ? numbered : planTalk(numbered, talkSections.map(section => section.titleText), { minutes, lang, title: meta.title, articleText: article.text })
  const talk = withRecap(chosen, planRecap(chosen, talkSections, meta.title, words.recap))
  const timed = planTiming(chooseLayouts({ meta: { ...meta, lang, source: article.path }, slides: talk, diagnostics: diagrams.diagnostics() }, fit), { minutes })
  return { ...timed, slides: assignSlideIds(timed.slides, article.tree) }
}

/** The slides with the recap (when there is one) right before the closing slide. */
function withRecap(slides: Slide[], recap: ContentSlide | undefined): Slide[] {
  const closing = slides.findIndex(slide => slide.kind === 'closing')
  return recap && closing >= 0 ? [...slides.slice(0, closing), recap, ...slides.slice(closing)] : slides
}

/**
 * The talk of `minutes` (see `selectTalk`): its slides, numbered among the sections it
 * keeps (the agenda lists those), then the backup slides after the closing slide, each
 * with the backup mark before its section in the running header.
 */
function planTalk(slides: Slide[], titles: readonly string[], options: TalkOptions): Slide[] {
  const chosen = selectTalk(slides, options)
  if (chosen.backup.length === 0)
    return slides
  const words = MESSAGES[options.lang]
  const dropped = new Set([...chosen.droppedSections].map(number => number - 1))
  const backup = chosen.backup.map((slide): Slide => {
    if (slide.kind !== 'content' && slide.kind !== 'statement')
      return slide
    const { sectionNumber: _number, ...rest } = slide
    // A backup slide shows its mark in the running header, which the summary's layout has not: it is laid out as content.
    return { ...rest, ...(rest.kind === 'content' ? { variant: undefined } : {}), section: `${words.backup} · ${sectionTitleOf(slide)}` }
  })
  return [...dropSections(chosen.talk, titles, dropped, words.agenda), ...backup]
}

/**
 * Takes sections that show nothing out of the talk's numbering: the agenda lists the
 * others (the notes of the agenda it replaces kept), and every divider and slide is
 * numbered among them.
 */
function dropSections(slides: Slide[], titles: readonly string[], dropped: ReadonlySet<number>, agendaTitle: string): Slide[] {
  const kept = titles.flatMap((title, index) => (dropped.has(index) ? [] : [{ title, index: index + 1 }]))
  const renumber = (old: number) => ({ index: kept.findIndex(entry => entry.index === old) + 1, total: kept.length })
  const agenda = kept.length > 1 ? planAgenda(kept.map(entry => entry.title), agendaTitle) : []
  const out: Slide[] = []
  for (const slide of slides) {
    if (slide.kind === 'agenda') {
      if (slide.part === undefined || slide.part.index === 1)
        out.push(...agenda)
      const holder = out.at(-1)!
      holder.notes = [...holder.notes, ...slide.notes]
      continue
    }
    if (slide.kind === 'section')
      out.push({ ...slide, ...renumber(slide.index) })
    else if ((slide.kind === 'content' || slide.kind === 'statement') && slide.sectionNumber)
      out.push({ ...slide, sectionNumber: renumber(slide.sectionNumber.index) })
    else
      out.push(slide)
  }
  return out
}

/**
 * Keeps a part written for the page's reader (a quiz, an assignment, references, credits:
 * `readerTitles`) out of the talk: its heading and text go to the notes of the slide
 * before it, so the speaker still has every word.
 */
function keepInNotes(slides: Slide[] | (ContentSlide | StatementSlide)[], section: Section): void {
  const last = slides.at(-1)!
  last.notes = [...last.notes, paragraph(section.titleText, true), ...sectionNotes(section)]
}

/** What every topic of a deck is planned with. */
type TopicOptions = Pick<PlanContentOptions, 'lang' | 'fit' | 'unavailableImages' | 'nextTitle'>

/**
 * Folds a divided section's content slides that show nothing (their text all in the notes)
 * into the slide before them: a slide with only a title has nothing to say. Returns the
 * notes of those before any slide that shows something, for the divider.
 */
function takeEmpty(content: (ContentSlide | StatementSlide)[]): Block[] {
  const leading: Block[] = []
  for (let index = 0; index < content.length;) {
    const slide = content[index]!
    if (slide.kind !== 'content' || slide.blocks.length > 0) {
      index++
      continue
    }
    content.splice(index, 1)
    const notes = startsWithTitle(slide) ? slide.notes : [paragraph(slide.title, true), ...slide.notes]
    const before = content[index - 1]
    if (before)
      before.notes = [...before.notes, ...notes]
    else
      leading.push(...notes)
  }
  return leading
}

/** Whether a slide's notes open with its title, as a bold paragraph. */
function startsWithTitle(slide: ContentSlide): boolean {
  const first = slide.notes[0]
  return first?.type === 'paragraph' && inlineText(first.inlines) === slide.title
}

/** Most points a section's opening may have to be shown on its divider instead of a slide of its own. */
const MAX_LEAD_POINTS = 2

/**
 * Takes a section's opening slide when all it shows is one or two short points (its own
 * text before its subsections), so the divider shows them and no slide is left nearly
 * empty. The notes go with the points.
 */
function takeLead(content: (ContentSlide | StatementSlide)[], title: string): { points: Inline[][], notes: Block[] } | undefined {
  const [first, next] = content
  if (first?.kind !== 'content' || first.title !== title || first.part || !next)
    return undefined
  const [block, ...rest] = first.blocks
  if (rest.length > 0 || block?.type !== 'points' || block.ordered || block.items.length > MAX_LEAD_POINTS || block.items.some(item => item.children.length > 0))
    return undefined
  content.shift()
  return { points: block.items.map(item => item.inlines), notes: first.notes.filter(note => note.type !== 'click') }
}

/**
 * Gives sections with an empty heading a title, so no slide is left without one: a
 * subsection takes its section's title, a section "(untitled)".
 */
function nameUntitled(sections: Section[], untitled: string): void {
  for (const section of sections) {
    if (!section.titleText)
      setTitle(section, untitled)
    for (const subsection of section.subsections) {
      if (!subsection.titleText)
        setTitle(subsection, section.titleText)
    }
  }
}

function setTitle(section: Section, title: string): void {
  section.titleText = title
  section.title = [{ type: 'text', value: title }]
}

/** The agenda, split into slides of at most {@link MAX_AGENDA_ITEMS} sections of even size. */
function planAgenda(items: string[], title: string): AgendaSlide[] {
  const groups = partition(items.map(() => 1), MAX_AGENDA_ITEMS)
  return groups.map((indices, index) => ({
    kind: 'agenda',
    title,
    items: indices.map(i => items[i]!),
    start: indices[0]! + 1,
    part: groups.length > 1 ? { index: index + 1, total: groups.length } : undefined,
    notes: [],
  }))
}

/**
 * The slides of a section: its own text, then its subsections' (small ones share a
 * slide). A subsection written for the page's reader (`readerTitles`) goes to the notes
 * of the slide before it; with no slide before it, the section gets one slide whose notes
 * hold it.
 */
function planSection(section: Section, topic: TopicOptions, diagrams: DiagramPlan, mindMap: MindMapData): (ContentSlide | StatementSlide)[] {
  const variant = isSummaryTitle(section.titleText) ? 'summary' as const : undefined
  const extra = variant && !diagrams.hasAuthorDiagram(section.titleText, section.nodes, 'MindMap') ? summaryMindMap(section, mindMap) : {}
  const { nextTitle, ...shared } = topic
  const forReader = readerTitles(section.subsections.map(part => part.titleText))
  const last = section.subsections.findLast((_, index) => !forReader[index])
  const own: (ContentSlide | StatementSlide)[] = planContent(section.nodes, { ...shared, nextTitle: last ? undefined : nextTitle, title: section.titleText, headed: true, variant, ...diagrams.forTopic(section.titleText, section.nodes, extra) })
  const parts: (ContentSlide | StatementSlide)[][] = []
  for (const [index, part] of section.subsections.entries()) {
    const before = [own, ...parts].findLast(slides => slides.length > 0)
    if (forReader[index]) {
      if (before)
        keepInNotes(before, part)
      else
        own.push({ kind: 'content', title: section.titleText, blocks: [], notes: [paragraph(part.titleText, true), ...sectionNotes(part)], line: part.line })
      continue
    }
    const slides = planContent(part.nodes, { ...shared, nextTitle: part === last ? nextTitle : undefined, title: part.titleText, section: section.titleText, headed: true, variant, ...diagrams.forTopic(part.titleText, part.nodes) })
    parts.push(slides.length > 0 ? slides : [{ kind: 'content', title: part.titleText, section: section.titleText, blocks: [], notes: [paragraph(part.titleText, true)], line: part.line } satisfies ContentSlide])
  }
  return [...own, ...mergeSmallParts(parts, section.titleText)]
}

/**
 * The article's outline as a mind map on its summary: in place of the summary's first
 * image (often the author's own mind map, as a picture), else after its text.
 */
function summaryMindMap(section: Section, mindMap: MindMapData): { images?: Map<string, DiagramBlock[]>, placed?: DiagramEntry[] } {
  const diagram = { component: 'MindMap', props: mindMap } as const
  const image = imagesIn(section.nodes)[0]
  if (image)
    return { images: new Map([[image, [{ type: 'diagram', diagram, origin: 'detected' }]]]) }
  return { placed: [{ diagram, section: section.titleText }] }
}

/**
 * Subsections that each fill one small slide share a slide instead, each under its own
 * subheading, as long as the points and subheadings together fit the budget.
 */
function mergeSmallParts(parts: (ContentSlide | StatementSlide)[][], sectionTitle: string): (ContentSlide | StatementSlide)[] {
  const out: (ContentSlide | StatementSlide)[] = []
  let pending: ContentSlide[] = []
  const flush = () => {
    if (pending.length === 1)
      out.push(pending[0]!)
    else if (pending.length > 1)
      out.push(combine(pending, sectionTitle))
    pending = []
  }
  for (const slides of parts) {
    const slide = slides[0]
    if (slides.length !== 1 || slide?.kind !== 'content' || !isSmall(slide)) {
      flush()
      out.push(...slides)
      continue
    }
    if (pending.reduce((sum, other) => sum + roomOf(other), 0) + roomOf(slide) > MAX_POINTS)
      flush()
    pending.push(slide)
  }
  flush()
  return out
}

function isSmall(slide: ContentSlide): boolean {
  return slide.blocks.every(block => block.type === 'points') && roomOf(slide) <= 3
}

function roomOf(slide: ContentSlide): number {
  return 1 + slide.blocks.reduce((sum, block) => sum + (block.type === 'points' ? block.items.reduce((count, item) => count + countPoints(item), 0) : 0), 0)
}

function combine(slides: ContentSlide[], sectionTitle: string): ContentSlide {
  return {
    kind: 'content',
    title: sectionTitle,
    blocks: slides.flatMap(slide => slide.blocks.length > 0 ? [{ type: 'heading', inlines: [{ type: 'text', value: slide.title }] } satisfies Block, ...slide.blocks] : []),
    notes: slides.flatMap(slide => [paragraph(slide.title, true), ...slide.notes]),
    variant: slides[0]!.variant,
    line: slides[0]!.line,
    key: slides[0]!.key,
    tight: slides.some(slide => slide.tight) || undefined,
  }
}

function sectionNotes(section: Section): Block[] {
  return [...section.nodes.flatMap(toNoteBlocks), ...section.subsections.flatMap(sub => [paragraph(sub.titleText, true), ...sectionNotes(sub)])]
}

function paragraph(text: string, strong = false): Block {
  return { type: 'paragraph', inlines: strong ? [{ type: 'strong', children: [{ type: 'text', value: text }] }] : [{ type: 'text', value: text }] }
}
