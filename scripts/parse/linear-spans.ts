import type { Construct, Event, Extension, Point, Resolver, Token, TokenizeContext } from 'micromark-util-types'
import type { Processor } from 'unified'

/**
 * A unified plugin, used after remark-gfm and remark-cjk-friendly, that pairs the
 * delimiters of emphasis, strong emphasis (`attention`) and strikethrough in time linear
 * in the text. micromark's own resolvers walk back over every event before each closing
 * delimiter and splice the whole event list at each pair, so a paragraph of 30,000 `*a_`
 * or `~a` takes minutes. These keep the delimiters that may still open a span on stacks
 * (one per marker, or per length of `~`), so each delimiter is looked at a bounded number
 * of times, and build the events as they go; the spans, tokens and events are theirs.
 */
export function linearSpans(this: Processor): void {
  const data = this.data()
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map(withLinearResolvers)
}

/** The resolvers that replace those of the constructs of these names. */
const LINEAR_RESOLVERS: Readonly<Record<string, Resolver>> = { attention: resolveAttention, strikethrough: resolveStrikethrough }

/** What an extension lists in text and inside spans: a construct (inside spans, only its resolver is typed). */
type Listed = Pick<Construct, 'name' | 'resolveAll'>

/** An extension whose `attention` and `strikethrough` constructs (in text and inside spans) resolve with {@link LINEAR_RESOLVERS}. */
function withLinearResolvers(extension: Extension): Extension {
  const copies = new Map<Listed, Listed>()
  const swap = <T extends Listed>(construct: T): T => {
    const resolver = construct.name === undefined ? undefined : LINEAR_RESOLVERS[construct.name]
    if (!resolver || !construct.resolveAll)
      return construct
    const copy = copies.get(construct) ?? { ...construct, resolveAll: resolver }
    copies.set(construct, copy)
    return copy as T
  }
  const swapAll = <T extends Record<string, Listed | Listed[] | undefined>>(record: T | undefined): T | undefined => record && Object.fromEntries(Object.entries(record).map(([key, value]) => [key, Array.isArray(value) ? value.map(swap) : value && swap(value)])) as T
  return { ...extension, text: swapAll(extension.text), insideSpan: swapAll(extension.insideSpan) }
}

/** Keys of {@link resolveAttention}'s floors: a closer's length modulo three, times whether it can open. */
const ATTENTION_KEYS = 6

/** A delimiter that may still open a span: the index of its exit event in the events built so far. */
interface Opener {
  exit: number
  token: Token
}

/**
 * Pairs `*` and `_` sequences into emphasis and strong emphasis, as micromark's attention
 * resolver does: each closing sequence, left to right, takes the nearest opening sequence
 * of its marker before it that the rule of three allows, two markers when both have two,
 * and wraps what lies between (resolved as inside a span); what is left of either is
 * tried again. Openers wait on a stack per marker; below `floor[key]` no opener can close
 * a sequence of that key (its length modulo three, and whether it can open), so a closer
 * that finds none never looks at them again.
 */
function resolveAttention(events: Event[], context: TokenizeContext): Event[] {
  const out: Event[] = []
  const stacks = new Map<number, { openers: Opener[], floor: number[] }>()
  const stackOf = (token: Token) => {
    const marker = context.sliceSerialize(token).charCodeAt(0)
    const found = stacks.get(marker) ?? { openers: [], floor: Array.from<number>({ length: ATTENTION_KEYS }).fill(0) }
    stacks.set(marker, found)
    return found
  }
  const cut = (length: number) => {
    for (const stack of stacks.values()) {
      while (stack.openers.length > 0 && stack.openers.at(-1)!.exit >= length)
        stack.openers.pop()
      stack.floor = stack.floor.map(floor => Math.min(floor, stack.openers.length))
    }
  }
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!
    const closer = event[1]
    if (event[0] !== 'enter' || closer.type !== 'attentionSequence') {
      out.push(event)
      continue
    }
    let pair: [Event, Event] | undefined = [event, events[++index]!]
    const stack = stackOf(closer)
    for (let found = closer._close ? findOpener(stack, closer) : -1; found >= 0; found = findOpener(stack, closer)) {
      const opener = stack.openers[found]!
      pairAttention(out, opener, closer, context)
      cut(size(opener.token) > 0 ? opener.exit + 1 : opener.exit - 1)
      stack.floor = stack.floor.map(floor => Math.min(floor, found))
      if (size(closer) === 0) {
        pair = undefined
        break
      }
      pair = [['enter', closer, context], ['exit', closer, context]]
    }
    if (!pair)
      continue
    out.push(...pair)
    if (closer._open)
      stack.openers.push({ exit: out.length - 1, token: closer })
  }
  for (const [, token] of out) {
    if (token.type === 'attentionSequence')
      token.type = 'data'
  }
  return replaceAll(events, out)
}

/** The index on the stack of the nearest opener that may pair with `closer`, or -1 (then the floor of its key rises to the top). */
function findOpener(stack: { openers: Opener[], floor: number[] }, closer: Token): number {
  const closerSize = size(closer)
  const key = (closerSize % 3) + (closer._open ? 3 : 0)
  for (let index = stack.openers.length - 1; index >= stack.floor[key]!; index--) {
    const opener = stack.openers[index]!.token
    if (!((opener._close || closer._open) && closerSize % 3 && !((size(opener) + closerSize) % 3)))
      return index
  }
  stack.floor[key] = stack.openers.length
  return -1
}

/**
 * Wraps the events after `opener` in emphasis (one marker of each) or strong emphasis
 * (two), exactly as micromark's attention resolver does: the markers used are cut from
 * the end of the opener and the start of the closer, and what lies between is resolved
 * as inside a span. Leaves in `out` what is left of the opener, then the span; the
 * closer, if anything is left of it, is the caller's.
 */
function pairAttention(out: Event[], opener: Opener, closer: Token, context: TokenizeContext): void {
  const open = opener.token
  const use = size(open) > 1 && size(closer) > 1 ? 2 : 1
  const start = { ...open.end }
  const end = { ...closer.start }
  movePoint(start, -use)
  movePoint(end, use)
  const sequence = use > 1 ? 'strongSequence' : 'emphasisSequence'
  const openingSequence: Token = { type: sequence, start, end: { ...open.end } }
  const closingSequence: Token = { type: sequence, start: { ...closer.start }, end }
  const text: Token = { type: use > 1 ? 'strongText' : 'emphasisText', start: { ...open.end }, end: { ...closer.start } }
  const group: Token = { type: use > 1 ? 'strong' : 'emphasis', start: { ...openingSequence.start }, end: { ...closingSequence.end } }
  open.end = { ...openingSequence.start }
  closer.start = { ...closingSequence.end }
  const inside = out.splice(opener.exit + 1)
  out.length = opener.exit - 1
  if (size(open) > 0)
    out.push(['enter', open, context], ['exit', open, context])
  out.push(['enter', group, context], ['enter', openingSequence, context], ['exit', openingSequence, context], ['enter', text, context])
  append(out, resolveInsideSpan(inside, context))
  out.push(['exit', text, context], ['enter', closingSequence, context], ['exit', closingSequence, context], ['exit', group, context])
}

/**
 * Pairs `~` sequences into strikethrough, as micromark's GFM strikethrough resolver
 * does: each closing sequence, left to right, takes the nearest opening sequence of the
 * same length before it, and wraps what lies between (resolved as inside a span).
 */
function resolveStrikethrough(events: Event[], context: TokenizeContext): Event[] {
  const out: Event[] = []
  const openers = new Map<number, Opener[]>()
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!
    const token = event[1]
    if (event[0] !== 'enter' || token.type !== 'strikethroughSequenceTemporary') {
      out.push(event)
      continue
    }
    const exit = events[++index]!
    const stack = openers.get(size(token)) ?? []
    openers.set(size(token), stack)
    const opener = token._close ? stack.at(-1) : undefined
    if (opener) {
      pairStrikethrough(out, opener, token, context)
      for (const other of openers.values()) {
        while (other.length > 0 && other.at(-1)!.exit >= opener.exit)
          other.pop()
      }
      continue
    }
    out.push(event, exit)
    if (token._open)
      stack.push({ exit: out.length - 1, token })
  }
  for (const [, token] of out) {
    if (token.type === 'strikethroughSequenceTemporary')
      token.type = 'data'
  }
  return replaceAll(events, out)
}

/** Wraps the events after `opener` and `closer` in strikethrough, exactly as micromark's GFM resolver does. */
function pairStrikethrough(out: Event[], opener: Opener, closer: Token, context: TokenizeContext): void {
  const open = opener.token
  closer.type = 'strikethroughSequence'
  open.type = 'strikethroughSequence'
  const strikethrough: Token = { type: 'strikethrough', start: { ...open.start }, end: { ...closer.end } }
  const text: Token = { type: 'strikethroughText', start: { ...open.end }, end: { ...closer.start } }
  const inside = out.splice(opener.exit + 1)
  out.length = opener.exit - 1
  out.push(['enter', strikethrough, context], ['enter', open, context], ['exit', open, context], ['enter', text, context])
  append(out, resolveInsideSpan(inside, context))
  out.push(['exit', text, context], ['enter', closer, context], ['exit', closer, context], ['exit', strikethrough, context])
}

/** Runs the resolvers of the constructs allowed inside a span over its events, each once (as micromark's `resolveAll`). */
function resolveInsideSpan(events: Event[], context: TokenizeContext): Event[] {
  const called: Resolver[] = []
  for (const construct of context.parser.constructs.insideSpan.null ?? []) {
    const resolve = construct.resolveAll
    if (resolve && !called.includes(resolve)) {
      events = resolve(events, context)
      called.push(resolve)
    }
  }
  return events
}

/** Characters a token spans. */
function size(token: Token): number {
  return token.end.offset - token.start.offset
}

/** Moves a point along its line (as micromark's attention resolver does). */
function movePoint(point: Point, offset: number): void {
  point.column += offset
  point.offset += offset
  point._bufferIndex += offset
}

/** Appends `items` to `list` one by one (spreading a long list into `push` overflows the stack). */
function append<T>(list: T[], items: readonly T[]): void {
  for (const item of items)
    list.push(item)
}

/** Puts `next` in the place of the contents of `events` (resolvers hand back the list they were given). */
function replaceAll(events: Event[], next: Event[]): Event[] {
  events.length = 0
  append(events, next)
  return events
}
