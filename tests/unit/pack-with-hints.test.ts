import type { Unit } from '../../scripts/plan/to-units'
import { describe, expect, it } from 'vitest'
import { packWithHints, slideKey } from '../../scripts/plan/fit-hints'
import { packUnits } from '../../scripts/plan/pack-units'

function point(line: number, extra: Partial<Unit> = {}): Unit {
  return { kind: 'flow', blocks: [{ type: 'points', ordered: false, items: [{ inlines: [{ type: 'text', value: `point ${line}` }], children: [] }] }], notes: [{ type: 'paragraph', inlines: [{ type: 'text', value: `text ${line}` }] }], weight: 1, line, ...extra }
}

const diagram: Unit = { kind: 'flow', blocks: [{ type: 'diagram', diagram: { component: 'DerivationGraph', props: { nodes: [], edges: [] } } as never, origin: 'author' }], notes: [], weight: 6, follows: true, line: 33 }

describe('packWithHints', () => {
  it('takes a diagram that must stand alone out before packing, so the text around it shares slides', () => {
    const units = [point(29), point(31, { leadIn: true }), diagram, point(35)]
    const plain = packUnits(units)
    expect(plain.map(group => group.units.map(unit => unit.line)).slice(0, 2)).toEqual([[29], [31, 33]])
    const key = slideKey('Topic', plain[1]!)
    const groups = packWithHints(units, 'Topic', new Map([[key, { solo: true }]]))
    expect(groups.map(group => group.units.map(unit => unit.line))).toEqual([[29, 31], [33], [35]])
  })

  it('changes nothing without hints', () => {
    const units = [point(29), point(31, { leadIn: true }), diagram, point(35)]
    expect(packWithHints(units, 'Topic', new Map())).toEqual(packUnits(units))
  })

  it('splits one long code block over slides, each part knowing its lines, the block\'s notes once', () => {
    const lines = Array.from({ length: 16 }, (_, i) => `step_${i}()`)
    const code: Unit = { kind: 'own', blocks: [{ type: 'code', lang: 'python', value: lines.join('\n') }], notes: [{ type: 'code', lang: 'python', value: 'all 40 lines' }], weight: 6, line: 41, chunk: { index: 1, total: 1, what: 'code', from: 1, to: 16, of: 40 } }
    const split = packWithHints([code], 'Topic', new Map([[slideKey('Topic', packUnits([code])[0]!), { split: 1 }]]))
    expect(split.map(group => group.units[0]!.chunk)).toMatchObject([{ from: 1, of: 40 }, { to: 16, of: 40 }])
    expect(split.flatMap(group => group.units.flatMap(unit => unit.notes))).toHaveLength(1)
  })
})
