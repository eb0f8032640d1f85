import type { Point } from '../../scripts/model/deck'
import type { Unit } from '../../scripts/plan/to-units'
import { describe, expect, it } from 'vitest'
import { fillPoints } from '../../scripts/plan/fill-points'
import { inlineText } from '../../scripts/plan/inlines'

const point = (text: string): Point => ({ inlines: [{ type: 'text', value: text }], children: [] })
function paragraph(shown: [string, number][], reserve: [string, number][] = []): Unit {
  return {
    kind: 'flow',
    blocks: [{ type: 'points', ordered: false, items: shown.map(([text]) => point(text)) }],
    notes: [],
    weight: shown.length,
    reserve: reserve.map(([text, at]) => ({ point: point(text), at })),
    shownAt: shown.map(([, at]) => at),
  }
}
const texts = (units: Unit[]) => units.flatMap(unit => unit.blocks.flatMap(block => block.type === 'points' ? block.items.map(item => inlineText(item.inlines)) : []))

describe('fillPoints', () => {
  it('adds a paragraph\'s further claims, in its reading order, until the slide shows three', () => {
    const units = [paragraph([['second', 50]], [['third', 90], ['first', 0], ['fourth', 120]])]
    expect(texts(fillPoints(units))).toEqual(['first', 'second', 'third'])
    expect(fillPoints(units)[0]!.weight).toBe(3)
  })

  it('takes from each paragraph in turn', () => {
    const units = [paragraph([['a1', 0]], [['a2', 10], ['a3', 20]]), paragraph([['b1', 0]], [['b2', 10]])]
    expect(texts(fillPoints(units))).toEqual(['a1', 'a2', 'b1'])
    expect(texts(fillPoints(units, { target: 4 }))).toEqual(['a1', 'a2', 'b1', 'b2'])
  })

  it('leaves a slide that already shows enough, and one that shows anything but points', () => {
    const full = [paragraph([['a', 0], ['b', 10], ['c', 20]], [['d', 30]])]
    expect(texts(fillPoints(full))).toEqual(['a', 'b', 'c'])
    const withCode: Unit[] = [paragraph([['a', 0]], [['b', 10]]), { kind: 'flow', blocks: [{ type: 'code', value: 'x' }], notes: [], weight: 3 }]
    expect(texts(fillPoints(withCode))).toEqual(['a'])
  })

  it('stops when no paragraph holds more', () => {
    expect(texts(fillPoints([paragraph([['a', 0]], [['b', 10]])]))).toEqual(['a', 'b'])
    expect(texts(fillPoints([paragraph([['a', 0]])]))).toEqual(['a'])
  })
})
