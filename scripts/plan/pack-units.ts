import type { Block, Point } from '../model/deck'
import type { TypeStepName } from '../model/slidev-contract'
import type { Unit } from './to-units'
import { MAX_POINTS } from './budget'

/** Units that go on one slide, under the topic heading they belong to. */
export interface Group {
  kind: 'flow' | 'own' | 'statement'
  units: Unit[]
  /** Heading of a deeper level inside the section, when the group follows one. */
  heading?: string
  /** The type step of the slide this group was split from, when the fit check set one: a later part starts at it. */
  step?: TypeStepName
}

/**
 * Packs units into slides: a unit that introduces the next one, or that goes to the
 * notes only, stays with its neighbour; a paragraph that explains the code before it
 * stays with that code; units that need a slide of their own get one;
 * runs of flowing units are split into as few slides as fit {@link MAX_POINTS}, with
 * the load balanced between them (8 points make 4 + 4, not 6 + 2). Splits fall only
 * between units, so never inside a paragraph or a list item.
 */
export function packUnits(units: readonly Unit[], capacity = MAX_POINTS): Group[] {
  const groups: Group[] = []
  let heading: string | undefined
  let run: Unit[][] = []
  const flushRun = () => {
    for (const indices of partition(run.map(weightOf), capacity))
      groups.push({ kind: 'flow', units: indices.flatMap(i => run[i]!), heading })
    run = []
  }
  for (const glued of glue(units, capacity)) {
    const headings = glued.filter(unit => unit.kind === 'heading')
    if (headings.length > 0) {
      flushRun()
      heading = headings.at(-1)!.heading
    }
    const compound = glued.map(unit => (unit.kind === 'heading' ? { ...unit, kind: 'notes' as const } : unit))
    const kind = kindOf(compound)
    if (kind === 'flow') {
      run.push(compound)
      continue
    }
    flushRun()
    groups.push({ kind, units: compound, heading })
  }
  flushRun()
  return joinLoneCode(joinLonePoints(attachNotesOnly(groups), capacity))
}

/**
 * Moves a slide that would show one point and nothing else onto a neighbouring slide of
 * the same heading that has room for it, or that shows code, a diagram or a figure alone
 * (the point becomes the sentence with it; when the figure then comes out too small, the
 * fit check gives it a slide of its own again), the one before first: no slide shows a lone point where the slide
 * beside it could take it.
 */
function joinLonePoints(groups: Group[], capacity: number): Group[] {
  const out = [...groups]
  for (let index = 0; index < out.length; index++) {
    const group = out[index]!
    if (!lonePoint(group))
      continue
    const fits = (other: Group | undefined): other is Group => other !== undefined && other.kind !== 'statement' && other.heading === group.heading
      && ((other.kind === 'flow' && weightOf(other.units) + weightOf(group.units) <= capacity) || isBareFigure(other))
    const previous = out[index - 1]
    const next = out[index + 1]
    if (fits(previous)) {
      out[index - 1] = { ...previous, units: [...previous.units, ...group.units] }
      out.splice(index--, 1)
    }
    else if (fits(next)) {
      out[index + 1] = { ...next, units: [...group.units, ...next.units] }
      out.splice(index--, 1)
    }
  }
  return out
}

/** Most lines of a code block that never gets a slide of its own when the slide before it in its topic can take it. */
const LONE_CODE_LINES = 3

/**
 * Moves a slide that would show only a short code block (`var hello = a.b; hello.m()`) onto
 * the slide before it under the same heading: the step it finishes is there (when the two
 * no longer fit, the fit check splits them again).
 */
function joinLoneCode(groups: Group[]): Group[] {
  const out: Group[] = []
  for (const group of groups) {
    const previous = out.at(-1)
    const blocks = group.units.flatMap(unit => unit.blocks)
    const lone = group.kind !== 'statement' && blocks.length === 1 && blocks[0]!.type === 'code' && blocks[0]!.value.split('\n').length <= LONE_CODE_LINES
    if (lone && previous && previous.kind !== 'statement' && previous.heading === group.heading) {
      out[out.length - 1] = { ...previous, kind: previous.kind === 'own' || group.kind === 'own' ? 'own' : 'flow', units: [...previous.units, ...group.units] }
      continue
    }
    out.push(group)
  }
  return out
}

/** What a slide may show alone and still take one sentence about it (under it or beside it). */
const CAPTIONED = new Set<Block['type']>(['code', 'diagram', 'image'])

/** Whether a group shows one code block, diagram or figure and nothing else (a diagram or figure not asked to stand alone). */
function isBareFigure(group: Group): boolean {
  const blocks = group.units.flatMap(unit => unit.blocks)
  return blocks.length === 1 && CAPTIONED.has(blocks[0]!.type) && (group.kind === 'flow' || blocks[0]!.type === 'code')
}

/** The one point a group shows when it shows nothing else and its paragraphs hold no further claim. */
export function lonePoint(group: Group): Point | undefined {
  const blocks = group.units.flatMap(unit => unit.blocks)
  const only = blocks[0]
  if (group.kind !== 'flow' || blocks.length !== 1 || only?.type !== 'points' || only.items.length !== 1 || group.units.some(unit => unit.reserve?.length))
    return undefined
  const point = only.items[0]!
  return point.children.length === 0 ? point : undefined
}

/**
 * Glues a lead-in or notes-only unit to the unit after it (to the one before, at the
 * end), and a lead-in to the whole run of code blocks after it ("consider the following
 * workspace:" over both members' files: an example is never split between slides nor
 * shares a slide with the next one's files); a figure to the unit it illustrates when
 * both fit on one slide, and a paragraph that explains code to the code before it.
 */
function glue(units: readonly Unit[], capacity: number): Unit[][] {
  const compounds: Unit[][] = []
  let pending: Unit[] = []
  let introduced = false
  for (const unit of units) {
    const previous = compounds.at(-1)
    const inRun = introduced
    introduced = false
    if (unit.explains && pending.length === 0 && previous && endsWithCode(previous)) {
      previous.push(unit)
      continue
    }
    if (inRun && pending.length === 0 && previous && isCodeOnly(unit) && previous.every(other => other.kind !== 'statement')) {
      previous.push(unit)
      introduced = true
      continue
    }
    introduced = pending.some(other => other.leadIn) && isCodeOnly(unit)
    if (unit.follows && pending.length === 0 && previous && !previous.some(other => other.kind === 'own' || other.kind === 'statement') && weightOf(previous) + unit.weight <= capacity) {
      previous.push(unit)
      continue
    }
    pending.push(unit)
    const sticky = unit.leadIn || unit.kind === 'notes' || unit.kind === 'heading'
    if (!sticky) {
      compounds.push(pending)
      pending = []
    }
  }
  if (pending.length > 0) {
    const last = compounds.at(-1)
    if (last && !pending.some(unit => unit.kind === 'heading'))
      last.push(...pending)
    else
      compounds.push(pending)
  }
  return compounds
}

/** Whether a unit shows a code block and nothing else (its lead-in, if any, is a unit of its own). */
function isCodeOnly(unit: Unit): boolean {
  return unit.blocks.length > 0 && unit.blocks.every(block => block.type === 'code')
}

/** Whether the last thing a compound shows is code, with no explanation after it yet. */
function endsWithCode(compound: readonly Unit[]): boolean {
  const shown = compound.filter(unit => unit.blocks.length > 0)
  return shown.at(-1)?.blocks.some(block => block.type === 'code') ?? false
}

function kindOf(compound: readonly Unit[]): Group['kind'] {
  if (compound.some(unit => unit.kind === 'statement'))
    return 'statement'
  if (compound.some(unit => unit.kind === 'own'))
    return 'own'
  return 'flow'
}

/** The load of units on a slide: the sum of their weights. */
export function weightOf(compound: readonly Unit[]): number {
  return compound.reduce((sum, unit) => sum + unit.weight, 0)
}

/**
 * A flow group that shows nothing shows the points its paragraphs were thought too weak
 * for, when it has its own heading or there is nothing else; otherwise it joins the group
 * before it (or after it, when first).
 */
function attachNotesOnly(groups: Group[]): Group[] {
  const out: Group[] = []
  let carry: Unit[] = []
  const alone = groups.length === 1
  for (const group of groups) {
    let shows = group.kind !== 'flow' || group.units.some(unit => unit.blocks.length > 0)
    const previous = out.at(-1)
    if (!shows && (alone || (group.heading !== undefined && previous?.heading !== group.heading)) && group.units.some(unit => unit.fallback?.length)) {
      const promoted = group.units.findIndex(unit => unit.fallback?.length)
      group.units[promoted] = { ...group.units[promoted]!, kind: 'flow', blocks: group.units[promoted]!.fallback!, weight: 1 }
      shows = true
    }
    if (!shows) {
      if (previous && previous.heading === group.heading && previous.kind === 'flow')
        previous.units.push(...group.units)
      else
        carry.push(...group.units)
      continue
    }
    out.push(carry.length > 0 ? { ...group, units: [...carry, ...group.units] } : group)
    carry = []
  }
  if (carry.length > 0) {
    const previous = out.at(-1)
    if (previous)
      previous.units.push(...carry)
    else
      out.push({ kind: 'flow', units: carry })
  }
  return out
}

/**
 * Splits weights into contiguous groups: as few as fit `capacity` (an item heavier than
 * capacity gets a group alone), though never fewer than the total load needs (the total
 * over capacity, rounded up); among those, the smallest largest load. Ties go to the
 * earliest split: the last group starts as early as it can, then the one before it for
 * the best split of what is left, and so on. Time is linear in the number of weights for
 * each largest load tried (a handful: loads are small whole numbers of points).
 */
export function partition(weights: readonly number[], capacity: number): number[][] {
  const n = weights.length
  if (n === 0)
    return []
  const loads = prefixLoads(weights)
  const minimum = Math.max(1, Math.ceil(loads.prefix[n]! / capacity))
  if (minimum > n)
    return weights.map((_, i) => [i])
  let cuts = greedyCuts(loads.prefix, capacity, Infinity)
  const groups = Math.max(minimum, cuts.starts.length)
  let largest = splitBefore(cuts, loads.prefix, n).largest
  const result: number[][] = []
  for (let to = n, group = groups; group > 0; group--) {
    // The best split of the first `to` weights into `group` groups: lower the largest load while the greedy split below it needs no more groups.
    while (loads.heaviest[to]! < largest) {
      if (cuts.below !== largest)
        cuts = greedyCuts(loads.prefix, capacity, largest)
      const lower = splitBefore(cuts, loads.prefix, to)
      if (lower.count > group || lower.largest >= largest)
        break
      largest = lower.largest
    }
    // Its last group starts as early as that largest load allows, leaving a group at least for each weight before.
    const from = Math.max(group - 1, firstStart(loads.prefix, to, Math.min(capacity, largest)))
    result.push(Array.from({ length: to - from }, (_, i) => from + i))
    to = from
  }
  return result.reverse()
}

/** Running sums of weights (`prefix[i]` is the load of the first `i`) and running maxima (`heaviest[i]`, the heaviest of them). */
function prefixLoads(weights: readonly number[]): { prefix: number[], heaviest: number[] } {
  const prefix = [0]
  const heaviest = [0]
  for (const weight of weights) {
    prefix.push(prefix.at(-1)! + weight)
    heaviest.push(Math.max(heaviest.at(-1)!, weight))
  }
  return { prefix, heaviest }
}

/** Groups cut from the left, each as long as its load stays within capacity and below `below`: where each starts and the largest load before it. */
interface GreedyCuts {
  below: number
  starts: number[]
  largestBefore: number[]
}

/** The fewest groups whose loads (but a lone item's) fit `capacity` and stay below `below`, each taken as long as it can be. */
function greedyCuts(prefix: readonly number[], capacity: number, below: number): GreedyCuts {
  const n = prefix.length - 1
  const cuts: GreedyCuts = { below, starts: [], largestBefore: [] }
  let largest = 0
  for (let start = 0; start < n;) {
    cuts.starts.push(start)
    cuts.largestBefore.push(largest)
    let end = start + 1
    while (end < n && prefix[end + 1]! - prefix[start]! <= capacity && prefix[end + 1]! - prefix[start]! < below)
      end++
    largest = Math.max(largest, prefix[end]! - prefix[start]!)
    start = end
  }
  return cuts
}

/** How many of the greedy groups the first `to` weights make, and their largest load (the last one cut at `to`). */
function splitBefore(cuts: GreedyCuts, prefix: readonly number[], to: number): { count: number, largest: number } {
  const last = lastBelow(cuts.starts, to)
  const start = cuts.starts[last]!
  return { count: last + 1, largest: Math.max(cuts.largestBefore[last]!, prefix[to]! - prefix[start]!) }
}

/** Index of the last of ascending `values` below `limit` (the first is below it). */
function lastBelow(values: readonly number[], limit: number): number {
  let low = 0
  let high = values.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (values[middle]! < limit)
      low = middle
    else
      high = middle - 1
  }
  return low
}

/** The earliest start of a group ending at `to` whose load is at most `limit`; a lone item when none is. */
function firstStart(prefix: readonly number[], to: number, limit: number): number {
  let low = 0
  let high = to - 1
  while (low < high) {
    const middle = Math.floor((low + high) / 2)
    if (prefix[to]! - prefix[middle]! <= limit)
      high = middle
    else
      low = middle + 1
  }
  return low
}
