import type { Unit } from './to-units'
import { DENSE_POINTS } from './budget'
import { countPoints } from './to-units'

/**
 * Fills a slide of text that shows fewer than `target` points with further claims of its
 * paragraphs (their reserve, best first, one paragraph after another in turn), each put
 * in its paragraph's reading order. A slide that shows anything but points is left as it
 * is.
 */
export function fillPoints(units: readonly Unit[], { target = DENSE_POINTS }: { target?: number } = {}): Unit[] {
  if (!units.every(unit => unit.blocks.every(block => block.type === 'points')))
    return [...units]
  let count = units.reduce((sum, unit) => sum + unit.blocks.reduce((inner, block) => inner + (block.type === 'points' ? block.items.reduce((items, item) => items + countPoints(item), 0) : 0), 0), 0)
  const added = new Map<Unit, number>()
  const open = units.filter(unit => unit.kind === 'flow' && unit.reserve?.length && unit.blocks.length === 1)
  while (count > 0 && count < target && open.length > 0) {
    for (const unit of [...open]) {
      if (count >= target)
        break
      const taken = (added.get(unit) ?? 0) + 1
      added.set(unit, taken)
      count++
      if (taken >= unit.reserve!.length)
        open.splice(open.indexOf(unit), 1)
    }
  }
  return units.map(unit => (added.has(unit) ? withReserve(unit, added.get(unit)!) : unit))
}

function withReserve(unit: Unit, taken: number): Unit {
  const block = unit.blocks[0]!
  if (block.type !== 'points')
    return unit
  const shown = block.items.map((point, index) => ({ point, at: unit.shownAt?.[index] ?? -1 }))
  const items = [...shown, ...unit.reserve!.slice(0, taken)].sort((a, b) => a.at - b.at).map(entry => entry.point)
  return { ...unit, blocks: [{ ...block, items }], weight: unit.weight + taken }
}
