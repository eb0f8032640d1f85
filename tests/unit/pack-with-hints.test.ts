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

  it('keeps a lead-in with the code it introduces when the slide must split: a whole block goes on over slides, an excerpt shows fewer lines', () => {
    const lines = Array.from({ length: 16 }, (_, i) => `step_${i}()`)
    const code = (extra: Partial<Unit>): Unit => ({ kind: 'own', blocks: [{ type: 'code', lang: 'python', value: lines.join('\n') }], notes: [], weight: 6, line: 41, ...extra })
    const lead = point(40, { leadIn: true })
    const whole = [lead, code({})]
    const split = packWithHints(whole, 'Topic', new Map([[slideKey('Topic', packUnits(whole)[0]!), { split: 1 }]]))
    expect(split.map(group => group.units.map(unit => unit.line))).toEqual([[40, 41], [41]])
    const excerpt = [lead, code({ chunk: { index: 1, total: 1, what: 'code', from: 1, to: 16, of: 40 }, notes: [{ type: 'code', lang: 'python', value: 'all 40 lines' }] })]
    const shrunk = packWithHints(excerpt, 'Topic', new Map([[slideKey('Topic', packUnits(excerpt)[0]!), { split: 1 }]]))
    expect(shrunk.map(group => group.units.map(unit => unit.line))).toEqual([[40, 41]])
    expect(shrunk[0]!.units[1]!.chunk).toMatchObject({ from: 1, of: 40 })
    expect(shrunk[0]!.units[1]!.chunk!.to).toBeLessThan(16)
    expect(shrunk[0]!.units[1]!.notes).toEqual([{ type: 'code', lang: 'python', value: 'all 40 lines' }])
  })
})
