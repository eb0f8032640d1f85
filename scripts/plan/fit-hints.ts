import type { TypeStepName } from '../model/slidev-contract'
import type { Group } from './pack-units'
import type { Unit } from './to-units'
import { splitCode } from './code-excerpt'
import { packUnits, partition, weightOf } from './pack-units'

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
 * The later parts keep the type step the hint set (the split was judged at it); the first
 * has the hint's own key.
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
    return hint.step ? parts.map((part, index) => (index === 0 ? part : { ...part, step: hint.step })) : parts
  })
}

function soloDiagrams(group: Group): Group[] {
  const diagrams = group.units.filter(isDiagram)
  const rest = group.units.filter(unit => !diagrams.includes(unit))
  if (diagrams.length === 0 || rest.every(unit => unit.blocks.length === 0))
    return [group]
  return [{ ...group, units: rest }, ...diagrams.map(unit => ({ ...group, units: [unit] }))]
}

/**
 * Cuts a group into about `parts` slides of even load, between the units it shows (text
 * that goes to the notes only stays with the unit it belongs to); a unit heavier than a
 * slide's share (a long code block, table or list beside the sentence that leads into it)
 * is cut into pieces first, so the sentence stays with the first piece instead of taking a
 * slide of its own while the block still overflows.
 */
function splitGroup(group: Group, parts: number): Group[] {
  const clusters = clusterUnits(cutHeavyUnits(group.units, parts))
  if (clusters.length < 2)
    return [group]
  const loads = clusters.map(cluster => Math.max(1, weightOf(cluster)))
  const total = loads.reduce((sum, load) => sum + load, 0)
  const split = partition(loads, Math.max(...loads, Math.ceil(total / parts)))
  return split.length > 1 ? split.map(indices => ({ ...group, units: indices.flatMap(i => clusters[i]!) })) : [group]
}

/** Whether a unit shows something on the slide (not only notes or a heading). */
function shows(unit: Unit): boolean {
  return unit.blocks.length > 0
}

/**
 * The units, each that shows more than a slide's share of `parts` cut into as many pieces
 * as that share needs (its weight shared out); the only unit that shows is cut into `parts`.
 */
function cutHeavyUnits(units: readonly Unit[], parts: number): Unit[] {
  const shown = units.filter(shows)
  const share = Math.max(1, Math.ceil(weightOf(shown) / parts))
  return units.flatMap((unit) => {
    if (!shows(unit) || (shown.length > 1 && unit.weight <= share))
      return [unit]
    const pieces = splitUnit(unit, shown.length > 1 ? Math.min(parts, Math.ceil(unit.weight / share)) : parts)
    return pieces.length > 1 ? pieces.map(piece => ({ ...piece, weight: Math.ceil(unit.weight / pieces.length) })) : pieces
  })
}

/**
 * The units in runs a cut may not fall inside: each unit that shows something, with the
 * notes-only units after it; a heading or a sentence that leads into what follows goes with
 * the next unit, as do notes before the first unit that shows. (Packing's `glue` is not
 * used here: it keeps a run of code after a lead-in together, so the pieces of a block cut
 * to fit would stay on one slide.)
 */
function clusterUnits(units: readonly Unit[]): Unit[][] {
  const clusters: Unit[][] = []
  let waiting: Unit[] = []
  for (const unit of units) {
    if (shows(unit)) {
      clusters.push([...waiting, unit])
      waiting = []
    }
    else if (clusters.length === 0 || unit.leadIn || unit.kind === 'heading') {
      waiting.push(unit)
    }
    else {
      clusters.at(-1)!.push(unit)
    }
  }
  if (waiting.length > 0 && clusters.length > 0)
    clusters.at(-1)!.push(...waiting)
  return clusters.length > 0 ? clusters : [waiting]
}

/**
 * Share of an even part's lines that a part of split code may hold beyond it, so the cut
 * can fall where a statement or an object ends (after a list's closing bracket, not before).
 */
const CODE_CUT_SLACK = 0.25

/** Cuts one unit into parts: code between lines, a table between rows, a list between items. */
export function splitUnit(unit: Unit, parts: number): Unit[] {
  const [block, ...rest] = unit.blocks
  if (!block || rest.length > 0)
    return [unit]
  if (block.type === 'code') {
    const lines = block.value.split('\n')
    const even = Math.ceil(lines.length / parts)
    const chunks = splitCode(lines, even + Math.ceil(even * CODE_CUT_SLACK), Math.min(parts, lines.length))
    const from = unit.chunk?.from ?? 1
    let at = 0
    return chunks.map((chunk, index) => {
      while (lines[at]?.trim() === '')
        at++
      const start = from + at
      const piece: Unit = { ...unit, blocks: [{ ...block, value: chunk.join('\n') }], notes: index === 0 ? unit.notes : [], chunk: { index: 1, total: 1, what: 'code', from: start, to: start + chunk.length - 1, of: unit.chunk?.of ?? lines.length } }
      at += chunk.length
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
