import type { Block, ContentSlide, Inline, Lang, SectionSlide, Slide } from '../model/deck'
import { MESSAGES } from '../model/messages'

/** Points a section folded into one slide shows at most: one from each of its best slides. */
export const MAX_FOLDED_POINTS = 4

/** A slide of the section to fold, with how much it matters to the talk. */
export interface FoldCandidate {
  slide: Slide
  score: number
}

/**
 * A section folded into one slide, for a talk too short for its own slides: under the
 * section's title, the opening point of its first slide (what the section is about), then
 * of each of its best other slides (at most {@link MAX_FOLDED_POINTS} in all, in the
 * article's order), each in the article's words. The
 * notes say those points and where the section's slides went (the backup slides hold
 * them whole). `undefined` when none of its slides shows a point.
 */
export function foldSection(slides: readonly FoldCandidate[], divider: SectionSlide | undefined, lang: Lang): ContentSlide | undefined {
  const withPoints = slides.flatMap(({ slide, score }) => {
    const point = openingPoint(slide)
    return point ? [{ slide, score, point }] : []
  })
  const [opening, ...rest] = withPoints
  const chosen = opening ? [opening, ...rest.sort((a, b) => b.score - a.score).slice(0, MAX_FOLDED_POINTS - 1)] : []
  const points = withPoints.filter(entry => chosen.includes(entry)).map(entry => entry.point)
  const first = slides[0]?.slide
  if (points.length === 0 || !first)
    return undefined
  const notes: Block[] = [
    ...points.map((inlines): Block => ({ type: 'paragraph', inlines })),
    { type: 'paragraph', inlines: [{ type: 'emphasis', children: [{ type: 'text', value: MESSAGES[lang].foldedSection(slides.length) }] }] },
  ]
  const sectionNumber = divider ? { index: divider.index, total: divider.total } : 'sectionNumber' in first ? first.sectionNumber : undefined
  return {
    kind: 'content',
    title: divider?.title ?? sectionTitleOf(first),
    blocks: [{ type: 'points', ordered: false, items: points.map(inlines => ({ inlines, children: [] })) }],
    notes,
    ...(sectionNumber ? { sectionNumber } : {}),
    line: divider?.line ?? first.line,
    folded: slides.length,
  }
}

/** The point a slide opens with: its first list item, its statement, or its divider's lead. */
function openingPoint(slide: Slide): Inline[] | undefined {
  if (slide.kind === 'statement')
    return slide.text
  if (slide.kind === 'section')
    return slide.lead?.[0]
  if (slide.kind !== 'content')
    return undefined
  for (const block of slide.blocks) {
    if (block.type === 'points' && block.items[0])
      return block.items[0].inlines
  }
  return undefined
}

/** The title of the section a slide belongs to, as its running header names it (its own title when it has no header). */
export function sectionTitleOf(slide: Slide): string {
  if ((slide.kind === 'content' || slide.kind === 'statement') && slide.section)
    return slide.section
  return 'title' in slide ? slide.title : ''
}
