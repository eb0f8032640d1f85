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
