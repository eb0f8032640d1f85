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
  it('cuts a long block beside the sentence that leads into it, the sentence staying with its first piece and notes with their unit', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `step_${i}()`)
    const notes = (line: number): Unit => ({ kind: 'notes', blocks: [], notes: [{ type: 'paragraph', inlines: [{ type: 'text', value: `aside ${line}` }] }], weight: 0, line })
    const code: Unit = { kind: 'own', blocks: [{ type: 'code', lang: 'python', value: lines.join('\n') }], notes: [], weight: 6, line: 50, chunk: { index: 1, total: 1, what: 'code', from: 1, to: 20, of: 20 } }
    const units = [notes(44), notes(46), point(48, { leadIn: true }), code, notes(52)]
    const [group] = packUnits(units)
    expect(group!.units).toHaveLength(units.length)
    const split = packWithHints(units, 'Topic', new Map([[slideKey('Topic', group!), { split: 1, step: 'sm' }]]))
    expect(split).toHaveLength(2)
    expect(split[0]!.units.map(unit => unit.line)).toEqual([44, 46, 48, 50])
    expect(split[0]!.units.at(-1)!.chunk).toMatchObject({ from: 1, to: 10 })
    expect(split[1]!.units.map(unit => unit.line)).toEqual([50, 52])
    expect(split[1]!.units[0]!.chunk).toMatchObject({ from: 11, to: 20 })
    expect(split.map(part => part.step)).toEqual([undefined, 'sm'])
  })
  it('cuts split code after an object closes rather than before its closing bracket, numbering lines past a blank one', () => {
    const lines = ['app = make_app()', 'app.debug = True', '', 'books = [', '  {"id": 0},', '  {"id": 1},', '  {"id": 2},', '  {"id": 3},', '  {"id": 4},', ']', '', '@app.route("/")', 'def home():', '  return "hi"', '', '@app.route("/books")', 'def books_all():', '  return books']
    const code: Unit = { kind: 'own', blocks: [{ type: 'code', lang: 'python', value: lines.join('\n') }], notes: [], weight: 6, line: 60, chunk: { index: 1, total: 1, what: 'code', from: 4, to: 20, of: 20 } }
    const split = packWithHints([code], 'Topic', new Map([[slideKey('Topic', packUnits([code])[0]!), { split: 1 }]]))
    const shown = split.map(group => group.units[0]!.blocks[0]!.type === 'code' ? group.units[0]!.blocks[0]!.value.split('\n') : [])
    expect(shown[0]!.at(-1)).toBe(']')
    expect(shown[1]![0]).toBe('@app.route("/")')
    expect(split.map(group => group.units[0]!.chunk)).toMatchObject([{ from: 4, to: 13 }, { from: 15, to: 21 }])
  })
})
