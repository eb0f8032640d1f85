import type { Unit } from '../../scripts/plan/to-units'
import { describe, expect, it } from 'vitest'
import { packUnits, partition } from '../../scripts/plan/pack-units'

const flow = (weight: number, extra: Partial<Unit> = {}): Unit => ({ kind: 'flow', blocks: [{ type: 'paragraph', inlines: [] }], notes: [], weight, ...extra })

describe('partition', () => {
  it('uses as few groups as fit and balances them', () => {
    expect(partition([1, 1, 1, 1, 1, 1, 1, 1], 6).map(group => group.length)).toEqual([4, 4])
    expect(partition([1, 1, 1], 6)).toEqual([[0, 1, 2]])
  })

  it('puts an item heavier than the capacity alone', () => {
    expect(partition([2, 9, 2], 6)).toEqual([[0], [1], [2]])
  })

  it('returns nothing for nothing', () => {
    expect(partition([], 6)).toEqual([])
  })
})

describe('packUnits', () => {
  it('never separates a lead-in from what it introduces', () => {
    const units = [flow(1), flow(1), flow(1), flow(1), flow(1, { leadIn: true }), flow(3)]
    const groups = packUnits(units)
    const lead = groups.findIndex(group => group.units.includes(units[4]!))
    expect(groups[lead]!.units).toContain(units[5])
  })

  it('keeps a lead-in with the whole run of code blocks after it, and the next example\'s files off its slide', () => {
    const code = (lines: number): Unit => ({ kind: 'flow', blocks: [{ type: 'code', lang: 'toml', value: Array.from({ length: lines }, (_, i) => `k${i} = ${i}`).join('\n') }], notes: [], weight: 3 })
    const lead: Unit = { kind: 'notes', blocks: [], notes: [{ type: 'paragraph', inlines: [] }], weight: 0, leadIn: true }
    const [first, second, declared, next] = [code(5), code(5), code(7), code(3)]
    const units = [flow(1), lead, first!, second!, flow(1, { leadIn: true }), declared!, flow(1, { leadIn: true }), next!, code(3)]
    const groups = packUnits(units)
    const of = (unit: Unit) => groups.findIndex(group => group.units.includes(unit))
    expect(of(first!)).toBe(of(second!))
    expect(of(declared!)).not.toBe(of(next!))
    expect(groups[of(first!)]!.units).toContain(lead)
  })

  it('gives units that need it a slide of their own', () => {
    const code = flow(6, { kind: 'own' })
    const groups = packUnits([flow(1), code, flow(1)])
    expect(groups.map(group => group.kind)).toEqual(['flow', 'own', 'flow'])
  })

  it('keeps notes-only units with a slide that shows something', () => {
    const note: Unit = { kind: 'notes', blocks: [], notes: [{ type: 'paragraph', inlines: [] }], weight: 0 }
    const groups = packUnits([note, flow(1)])
    expect(groups).toHaveLength(1)
    expect(groups[0]!.units).toEqual([note, expect.anything()])
  })

  it('starts a new slide at a heading inside the section and remembers it', () => {
    const heading: Unit = { kind: 'heading', blocks: [], notes: [], weight: 0, heading: 'Detail' }
    const groups = packUnits([flow(1), heading, flow(1)])
    expect(groups.map(group => group.heading)).toEqual([undefined, 'Detail'])
  })
})

describe('packUnits: a lone point', () => {
  const point = (text: string, extra: Partial<Unit> = {}): Unit => ({ kind: 'flow', blocks: [{ type: 'points', ordered: false, items: [{ inlines: [{ type: 'text', value: text }], children: [] }] }], notes: [], weight: 1, ...extra })
  const code: Unit = { kind: 'own', blocks: [{ type: 'code', value: 'print(1)' }], notes: [], weight: 6 }
  const diagram = (weight: number): Unit => ({ kind: 'flow', blocks: [{ type: 'diagram', diagram: { component: 'StatGrid', props: { stats: [] } } as never, origin: 'detected' }], notes: [], weight })

  it('goes under the code shown alone before it, as its sentence', () => {
    const lone = point('The answer improves the first one')
    const groups = packUnits([code, lone])
    expect(groups).toHaveLength(1)
    expect(groups[0]!.units).toEqual([code, lone])
  })

  it('joins the slide before it that has room, or else the one after it', () => {
    const after = point('A claim after a chart')
    expect(packUnits([diagram(4), { ...code }, after]).at(-1)!.units).toEqual([code, after])
    const first = point('A claim before a full slide')
    const groups = packUnits([first, { ...code, kind: 'own' }, diagram(4)])
    expect(groups[0]!.units).toEqual([first, code])
  })

  it('stays alone when no neighbour has room, or its neighbour is under another heading', () => {
    const lone = point('Alone')
    const full: Unit = { ...point('One'), blocks: [{ type: 'points', ordered: false, items: ['1', '2', '3', '4', '5', '6'].map(value => ({ inlines: [{ type: 'text', value }], children: [] })) }], weight: 6 }
    expect(packUnits([full, lone]).map(group => group.units)).toEqual([[full], [lone]])
    const solo = { ...diagram(4), kind: 'own' as const }
    expect(packUnits([solo, lone]).map(group => group.units)).toEqual([[solo], [lone]])
    const heading: Unit = { kind: 'heading', blocks: [], notes: [], weight: 0, heading: 'Next' }
    const groups = packUnits([code, heading, lone])
    expect(groups.at(-1)!.units.filter(unit => unit.kind !== 'notes')).toEqual([lone])
  })

  it('stays when its paragraph holds further claims to fill its slide', () => {
    const rich = point('A claim', { reserve: [{ point: { inlines: [{ type: 'text', value: 'Another claim' }], children: [] }, at: 20 }] })
    expect(packUnits([code, rich])).toHaveLength(2)
  })
})
