import type { ContentSlide, Lang, SectionSlide, Slide } from '../model/deck'
import type { TalkFeature } from './talk-features'
import { foldSection } from './fold-section'
import { slideSeconds } from './plan-timing'
import { shownText, talkContext, talkFeatures } from './talk-features'
import TALK_WEIGHTS from './talk-weights.json'

/** Content slides a section needs in the talk to keep its divider: a divider over one slide says nothing that slide's header does not. */
const MIN_DIVIDED_SLIDES = 2

/** How far the talk's spoken time may run over the minutes asked for, as a share of them. */
const OVER_BUDGET = 0.1

/** A slide the talk can keep or leave out, with its features. */
export interface FeatureRow {
  slide: Slide
  /** Its number among the deck's slides (0-based). */
  index: number
  features: Record<TalkFeature, number>
  shown: string
}

/**
 * The features of every slide that carries the article's content (content slides,
 * statements, dividers that show their section's lead), in order.
 */
export function slideFeatureRows(slides: readonly Slide[], title: string, articleText: string, lang: Lang): FeatureRow[] {
  const context = talkContext(slides, title, articleText, lang)
  const choosable = slides.flatMap((slide, index) => (isChoosable(slide) ? [{ slide, index, section: sectionOf(slide) }] : []))
  return choosable.map(({ slide, index, section }) => {
    const siblings = choosable.filter(other => other.section === section)
    const place = { order: siblings.findIndex(other => other.index === index), count: siblings.length }
    return { slide, index, features: talkFeatures(slide, { place, intro: section <= 1 }, context), shown: shownText(slide) }
  })
}

/** How much a slide matters to the talk: the fitted model's weights over its features. */
export function scoreSlide(features: Readonly<Record<TalkFeature, number>>, weights: Readonly<Record<string, number>> = TALK_WEIGHTS.weights): number {
  return Object.entries(features).reduce((sum, [name, value]) => sum + value * (weights[name] ?? 0), 0)
}

/** What {@link selectTalk} is given. */
export interface TalkOptions {
  minutes: number
  lang: Lang
  /** The article's title and text, for the features. */
  title: string
  articleText: string
}

/** A talk chosen from a deck: its slides in order, and the rest for backup slides. */
export interface ChosenTalk {
  talk: Slide[]
  backup: Slide[]
  /** Sections (their number, 1-based) with no slide in the talk. */
  droppedSections: Set<number>
}

/**
 * Chooses the slides of a talk of `minutes`: the cover, agenda and closing; the article's
 * conclusion; every section folded into one slide while the folds fit (`fold-section.ts`:
 * the talk keeps the article's outline); then the content slides that matter most (by
 * {@link scoreSlide}) while their spoken time fits, first each section's best in place of
 * its fold (best sections first), then the rest by score (each with what it goes on
 * from: {@link prerequisitesOf}); then the one slide that brings
 * the talk nearest its length (at most {@link OVER_BUDGET} over), with the dividers of the
 * sections they belong to, in the article's order. The others are the backup slides, in
 * order, each marked (its divider's notes go to its section's first backup slide). A deck
 * that already fits is kept whole. Pure.
 */
export function selectTalk(slides: readonly Slide[], options: TalkOptions): ChosenTalk {
  const seconds = slides.map(slide => slideSeconds(slide, options.lang))
  const target = options.minutes * 60
  const all = seconds.reduce((a, b) => a + b, 0)
  if (all <= target * (1 + OVER_BUDGET))
    return { talk: [...slides], backup: [], droppedSections: new Set() }
  const rows = slideFeatureRows(slides, options.title, options.articleText, options.lang)
  const scores = new Map(rows.map(row => [row.index, scoreSlide(row.features)]))
  const folds = foldsOf(slides, rows, scores, options.lang)
  const fixed = slides.reduce((sum, slide, index) => sum + (isStructural(slide) && slide.kind !== 'section' ? seconds[index]! : 0), 0)
  const dividers = new Map(slides.flatMap((slide, index) => (slide.kind === 'section' && !isChoosable(slide) ? [[slide.index, seconds[index]!]] : [])))
  const kept = new Set<number>()
  const open = new Set<number>()
  const folded = new Set<number>()
  let used = fixed
  const needs = prerequisitesOf(rows)
  // A slide comes with what it goes on from ({@link prerequisitesOf}) that is not in the talk yet, in the article's order.
  const bringing = (row: FeatureRow) => {
    const out = new Map<number, FeatureRow>()
    const visit = (each: FeatureRow) => {
      if (kept.has(each.index) || out.has(each.index))
        return
      needs.get(each.index)?.forEach(visit)
      out.set(each.index, each)
    }
    visit(row)
    return [...out.values()]
  }
  // A section's first slide in the talk brings its divider and takes the place of its fold.
  const costOfRows = (brought: readonly FeatureRow[]) => {
    const sections = new Set(brought.map(each => sectionOf(each.slide)).filter(section => !open.has(section)))
    const opening = [...sections].reduce((sum, section) => sum + (dividers.get(section) ?? 0) - (folded.has(section) ? folds.get(section)!.seconds : 0), 0)
    return brought.reduce((sum, each) => sum + seconds[each.index]!, opening)
  }
  const costOf = (row: FeatureRow) => costOfRows(bringing(row))
  const take = (row: FeatureRow) => {
    const brought = bringing(row)
    used += costOfRows(brought)
    for (const each of brought) {
      kept.add(each.index)
      folded.delete(sectionOf(each.slide))
      open.add(sectionOf(each.slide))
    }
  }
  const ranked = [...rows].sort((a, b) => scores.get(b.index)! - scores.get(a.index)! || a.index - b.index)
  const bestOfSection = ranked.filter((row, position) => ranked.findIndex(other => sectionOf(other.slide) === sectionOf(row.slide)) === position)
  // The article's conclusion first (a talk ends on it).
  for (const row of conclusionOf(ranked)) {
    if (used + costOf(row) <= target)
      take(row)
  }
  // Then every other section folded into one slide, best sections first, while the folds fit: the talk keeps the article's outline.
  for (const row of bestOfSection) {
    const fold = folds.get(sectionOf(row.slide))
    if (fold && !open.has(sectionOf(row.slide)) && used + fold.seconds <= target) {
      folded.add(sectionOf(row.slide))
      used += fold.seconds
    }
  }
  // Then each section's best slide in place of its fold, then the rest by score, while they fit.
  for (const row of [...bestOfSection, ...ranked]) {
    if (!kept.has(row.index) && used + costOf(row) <= target)
      take(row)
  }
  // One more slide when it brings the talk nearer its length without running over by more than the margin.
  const nearer = rows.flatMap((row) => {
    const total = used + costOf(row)
    return !kept.has(row.index) && total <= target * (1 + OVER_BUDGET) ? [{ row, miss: Math.abs(total - target) }] : []
  }).sort((a, b) => a.miss - b.miss)[0]
  if (nearer && nearer.miss < target - used)
    take(nearer.row)
  return split(slides, kept, open, new Map([...folded].map(section => [section, folds.get(section)!.slide])))
}

/** A topic's title numbered in a sequence of its section: what comes before the number (`Step `, `（`), and the number (`Step 2 - …`, `（2）构造函数`). */
const NUMBERED_TITLE = /^(\D{0,8})(\d{1,3})(?!\d)/u

/**
 * What each slide goes on from, so that the talk never starts in the middle of it: a later
 * part of a topic split over slides goes on from the topic's first part; the first slide of
 * a numbered topic (`Step 2 - …`, `（2）构造函数`) from the first slide of the topic numbered
 * one less in its section (the number after the same words), and the first of the sequence
 * from the topic right before it that introduces the sequence (`Function.prototype.bind()`
 * over `（1）每一次返回一个新函数`).
 */
function prerequisitesOf(rows: readonly FeatureRow[]): Map<number, FeatureRow[]> {
  const needs = new Map<number, FeatureRow[]>()
  const topics: { title: string, section: number, first: FeatureRow, words?: string, number?: number }[] = []
  for (const row of rows) {
    const slide = row.slide
    if (slide.kind !== 'content')
      continue
    const section = sectionOf(slide)
    const topic = topics.at(-1)
    if (topic?.title === slide.title) {
      if (topic.section === section && slide.part && slide.part.index > 1)
        needs.set(row.index, [topic.first])
      continue
    }
    const numbered = NUMBERED_TITLE.exec(slide.title)
    const words = numbered?.[1]
    const number = numbered ? Number(numbered[2]) : undefined
    if (number !== undefined) {
      const before = topic?.section === section ? topic : undefined
      const previous = number > 1
        ? topics.findLast(other => other.section === section && other.words === words && other.number === number - 1)
        : before && before.words !== words ? before : undefined
      if (previous)
        needs.set(row.index, [previous.first])
    }
    topics.push({ title: slide.title, section, first: row, words, number })
  }
  return needs
}

/** A section folded into one slide, and the time it takes. */
interface Fold {
  slide: ContentSlide
  seconds: number
}

/** Each section's fold (`fold-section.ts`), for the sections after the introduction that have a point to show. */
function foldsOf(slides: readonly Slide[], rows: readonly FeatureRow[], scores: ReadonlyMap<number, number>, lang: Lang): Map<number, Fold> {
  const folds = new Map<number, Fold>()
  for (const section of new Set(rows.map(row => sectionOf(row.slide)))) {
    if (section === 0)
      continue
    const divider = slides.find((slide): slide is SectionSlide => slide.kind === 'section' && slide.index === section)
    const own = rows.filter(row => sectionOf(row.slide) === section).map(row => ({ slide: row.slide, score: scores.get(row.index)! }))
    const slide = foldSection(own, divider, lang)
    if (slide)
      folds.set(section, { slide, seconds: slideSeconds(slide, lang) })
  }
  return folds
}

/**
 * The slide that concludes the article, if it has one: the best slide of the last section
 * that sums up (its slides planned as a summary: `小结`, `Conclusion`, `Key takeaways`).
 */
function conclusionOf(ranked: readonly FeatureRow[]): FeatureRow[] {
  const summaries = ranked.filter(row => row.slide.kind === 'content' && row.slide.variant === 'summary')
  const last = Math.max(...summaries.map(row => sectionOf(row.slide)))
  return summaries.filter(row => sectionOf(row.slide) === last).slice(0, 1)
}

/** Cuts the deck into the talk (kept slides, structure, dividers of open sections, folds of folded sections where those sections begin) and the backup slides. */
function split(slides: readonly Slide[], kept: ReadonlySet<number>, open: ReadonlySet<number>, folds: ReadonlyMap<number, ContentSlide>): ChosenTalk {
  const talk: Slide[] = []
  const backup: Slide[] = []
  let carried: Slide['notes'] = []
  let carriedInTalk: Slide['notes'] = []
  const inTalk = new Map<number, number>()
  for (const index of kept)
    inTalk.set(sectionOf(slides[index]!), (inTalk.get(sectionOf(slides[index]!)) ?? 0) + 1)
  const toTalk = (slide: Slide) => {
    talk.push(carriedInTalk.length > 0 ? { ...slide, notes: [...carriedInTalk, ...slide.notes] } : slide)
    carriedInTalk = []
  }
  const foldsLeft = new Map(folds)
  slides.forEach((slide, index) => {
    const section = sectionOf(slide)
    const fold = foldsLeft.get(section)
    if (fold && slide.kind !== 'cover' && slide.kind !== 'agenda' && slide.kind !== 'closing') {
      toTalk(fold)
      foldsLeft.delete(section)
    }
    // The divider of a section in the talk (its lead not chosen on its own merits): over two or more slides, or its notes go to the next.
    if (slide.kind === 'section' && !kept.has(index) && open.has(section)) {
      if ((inTalk.get(section) ?? 0) < MIN_DIVIDED_SLIDES)
        carriedInTalk = [...carriedInTalk, ...slide.notes]
      else
        toTalk(slide)
      return
    }
    if (kept.has(index) || (isStructural(slide) && slide.kind !== 'section')) {
      toTalk(slide)
      return
    }
    if (slide.kind === 'section') {
      carried = [...carried, ...slide.notes]
      return
    }
    backup.push({ ...slide, notes: [...carried, ...slide.notes], backup: true })
    carried = []
  })
  if (carried.length > 0 && backup.length > 0)
    backup[backup.length - 1] = { ...backup.at(-1)!, notes: [...backup.at(-1)!.notes, ...carried] }
  const droppedSections = new Set(slides.map(sectionOf).filter(section => section > 0 && !open.has(section) && !folds.has(section)))
  return { talk: renumberParts(talk), backup: renumberParts(backup), droppedSections }
}

/**
 * Numbers the parts of a topic among the slides that are still together (`2/3` of a topic
 * whose other parts went elsewhere would point at slides that are not there): a run of
 * content slides of one title is numbered anew, and a part alone has no number.
 */
function renumberParts(slides: readonly Slide[]): Slide[] {
  const out = [...slides]
  for (let start = 0; start < out.length;) {
    const first = out[start]!
    let end = start + 1
    while (first.kind === 'content' && first.part && end < out.length && out[end]!.kind === 'content' && (out[end] as typeof first).part && (out[end] as typeof first).title === first.title)
      end++
    if (first.kind === 'content' && first.part) {
      for (let index = start; index < end; index++) {
        const { part: _part, ...rest } = out[index] as typeof first
        out[index] = end - start > 1 ? { ...rest, part: { index: index - start + 1, total: end - start } } : rest
      }
    }
    start = end
  }
  return out
}

/** The cover, agenda, dividers and closing: the talk's frame, not its content. */
function isStructural(slide: Slide): boolean {
  return slide.kind === 'cover' || slide.kind === 'agenda' || slide.kind === 'closing' || (slide.kind === 'section' && !slide.lead)
}

/** Slides the talk may keep or leave out: what carries the article's content. */
function isChoosable(slide: Slide): boolean {
  return slide.kind === 'content' || slide.kind === 'statement' || (slide.kind === 'section' && slide.lead !== undefined)
}

/** The number of the section a slide belongs to (0: the introduction before the first section). */
function sectionOf(slide: Slide): number {
  if (slide.kind === 'section')
    return slide.index
  return (slide.kind === 'content' || slide.kind === 'statement') ? slide.sectionNumber?.index ?? 0 : 0
}
