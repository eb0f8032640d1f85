import type { ContentSlide } from '../../scripts/model/deck'
import { describe, expect, it } from 'vitest'
import { foldSection, MAX_FOLDED_POINTS } from '../../scripts/plan/fold-section'

/** A content slide of section 3 whose first point is `point`. */
function slide(point: string, line: number): ContentSlide {
  return { kind: 'content', title: 'Watering', section: 'Watering', blocks: [{ type: 'points', ordered: false, items: [{ inlines: [{ type: 'text', value: point }], children: [] }, { inlines: [{ type: 'text', value: `${point}, in detail` }], children: [] }] }], notes: [], sectionNumber: { index: 3, total: 5 }, line }
}

const points = (folded: ContentSlide | undefined) => folded?.blocks[0]?.type === 'points' ? folded.blocks[0].items.map(item => item.inlines[0]?.type === 'text' ? item.inlines[0].value : '') : []

describe('a section folded into one slide', () => {
  it('shows the opening point of the section\'s first slide, then of its best other slides, in the article\'s order', () => {
    const slides = ['Water at dawn', 'Drip lines save half', 'Mulch keeps it in', 'Rain barrels fill fast', 'Clay holds water', 'Sand drains'].map((point, index) => slide(point, 10 + index * 5))
    const scores = [0.1, 0.9, 0.2, 0.8, 0.7, 0.3]
    const folded = foldSection(slides.map((each, index) => ({ slide: each, score: scores[index]! })), undefined, 'en')
    expect(points(folded)).toEqual(['Water at dawn', 'Drip lines save half', 'Rain barrels fill fast', 'Clay holds water'])
    expect(points(folded)).toHaveLength(MAX_FOLDED_POINTS)
    expect(folded).toMatchObject({ kind: 'content', title: 'Watering', sectionNumber: { index: 3, total: 5 }, line: 10, folded: 6 })
    expect(JSON.stringify(folded!.notes)).toContain('its 6 slides are in the backup slides')
  })

  it('folds nothing when none of the section\'s slides shows a point', () => {
    const bare: ContentSlide = { ...slide('x', 1), blocks: [] }
    expect(foldSection([{ slide: bare, score: 1 }], undefined, 'en')).toBeUndefined()
  })
})
