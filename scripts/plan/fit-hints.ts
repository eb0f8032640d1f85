import type { TypeStepName } from '../model/slidev-contract'
import type { Group } from './pack-units'
import type { Unit } from './to-units'
import { splitCode } from './code-excerpt'
import { packUnits, partition } from './pack-units'

/** What the fit check asked of one slide: another type step, more slides, or its diagram alone. */
export interface FitHint {
  /** The smallest type step (within the limits); kept for hints written before {@link FitHint}`.step`. */
  tight?: boolean
  /** The type step the browser found the slide fits at (the largest that fits): overrides where the plan starts it. */
  step?: TypeStepName
  /** Whether the step was lowered because the slide overflowed: then it is never raised again. */
  lowered?: boolean
  /** Split the slide's content into this many more slides. */
  split?: number
  /** Give the slide's diagrams a slide of their own. */
  solo?: boolean
}

/** Hints by slide key (see {@link slideKey}). */
export type FitHints = ReadonlyMap<string, FitHint>

/** A slide's identity across re-plans: its topic and the article line its content starts at. */
export function slideKey(topic: string, group: Pick<Group, 'units'>): string {
  return `${topic}@${group.units.find(unit => unit.line !== undefined)?.line ?? 0}`
}

/**
 * Packs a topic's units into slides and applies the fit check's hints. A diagram that
 * must have a slide of its own is taken out before packing, so the text around it is
 * packed again on as few slides as fit, instead of leaving a slide of one point behind.
 */
export function packWithHints(units: readonly Unit[], topic: string, hints: FitHints): Group[] {
  const groups = packUnits(units)
  const solo = new Set(groups.filter(group => hints.get(slideKey(topic, group))?.solo).flatMap(group => group.units.filter(isDiagram)))
  if (solo.size === 0)
    return applyFitHints(groups, topic, hints)
  const alone = units.map((unit, index) => {
    if (solo.has(unit))
      return { ...unit, kind: 'own' as const, follows: false }
    return unit.leadIn && solo.has(units[index + 1]!) ? { ...unit, leadIn: false } : unit
  })
  return applyFitHints(packUnits(alone), topic, hints)
}

function isDiagram(unit: Unit): boolean {
  return unit.blocks.some(block => block.type === 'diagram')
}

/**
 * Applies the fit check's hints to a topic's slides: a slide asked to split is cut into
 * more slides between its units (or, for one long code block, table or list, inside it,
 * between lines, rows or items); a slide whose diagram was too small gets the diagram alone.
 */
export function applyFitHints(groups: Group[], topic: string, hints: FitHints): Group[] {
  if (hints.size === 0)
    return groups
  return groups.flatMap((group) => {
    const hint = hints.get(slideKey(topic, group))
    if (!hint || group.kind === 'statement')
      return [group]
    let parts: Group[] = [group]
    if (hint.solo)
      parts = soloDiagrams(group)
    if (hint.split)
      parts = parts.flatMap(part => splitGroup(part, hint.split! + 1))
    return parts
  })
}

function soloDiagrams(group: Group): Group[] {
  const diagrams = group.units.filter(isDiagram)
  const rest = group.units.filter(unit => !diagrams.includes(unit))
  if (diagrams.length === 0 || rest.every(unit => unit.blocks.length === 0))
    return [group]
  return [{ ...group, units: rest }, ...diagrams.map(unit => ({ ...group, units: [unit] }))]
}

function splitGroup(group: Group, parts: number): Group[] {
  if (group.units.length >= 2) {
    const weights = group.units.map(unit => Math.max(1, unit.weight))
    const total = weights.reduce((sum, weight) => sum + weight, 0)
    const split = partition(weights, Math.max(...weights, Math.ceil(total / parts)))
    if (split.length > 1)
      return split.map(indices => ({ ...group, units: indices.map(i => group.units[i]!) }))
  }
  const [only] = group.units
  return only ? splitUnit(only, parts).map(unit => ({ ...group, units: [unit] })) : [group]
}

/** Cuts one unit into parts: code between lines, a table between rows, a list between items. */
export function splitUnit(unit: Unit, parts: number): Unit[] {
  const [block, ...rest] = unit.blocks
  if (!block || rest.length > 0)
    return [unit]
  if (block.type === 'code') {
    const lines = block.value.split('\n')
    const chunks = splitCode(lines, Math.ceil(lines.length / parts))
    const from = unit.chunk?.from ?? 1
    let start = from
    return chunks.map((chunk, index) => {
      const piece: Unit = { ...unit, blocks: [{ ...block, value: chunk.join('\n') }], notes: index === 0 ? unit.notes : [], chunk: { index: 1, total: 1, what: 'code', from: start, to: start + chunk.length - 1, of: unit.chunk?.of ?? lines.length } }
      start += chunk.length
      return piece
    })
  }
  if (block.type === 'table' && block.rows.length > 1) {
    const size = Math.ceil(block.rows.length / parts)
    const from = unit.chunk?.from ?? 1
    return Array.from({ length: Math.ceil(block.rows.length / size) }, (_, i) => ({
      ...unit,
      blocks: [{ ...block, rows: block.rows.slice(i * size, (i + 1) * size) }],
      chunk: { index: 1, total: 1, what: 'table' as const, from: from + i * size, to: from + Math.min(block.rows.length, (i + 1) * size) - 1, of: unit.chunk?.of ?? block.rows.length },
    }))
  }
  if (block.type === 'points' && block.items.length > 1) {
    const size = Math.ceil(block.items.length / parts)
    return Array.from({ length: Math.ceil(block.items.length / size) }, (_, i) => ({
      ...unit,
      blocks: [{ ...block, items: block.items.slice(i * size, (i + 1) * size), start: block.ordered ? (block.start ?? 1) + i * size : undefined }],
      notes: i === 0 ? unit.notes : [],
      weight: Math.ceil(unit.weight / parts),
    }))
  }
  return [unit]
}
