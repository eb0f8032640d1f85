import type { Block, Inline } from './deck'

/**
 * The member of a union of nodes whose `type` is `K`. Unlike `Extract`, it also picks a
 * member that shares its shape among several types (`strong | emphasis | delete`).
 */
export type NodeOf<Node extends { type: string }, K extends Node['type']>
  = Node extends { type: infer Type } ? (K extends Type ? Node & { type: K } : never) : never

/** A block of type `K`. */
export type BlockOf<K extends Block['type']> = NodeOf<Block, K>

/** An inline node of type `K`. */
export type InlineOf<K extends Inline['type']> = NodeOf<Inline, K>

/** Folds a list of blocks with the same handlers: one result per block, in order. */
export type BlockFold<T, C> = (blocks: readonly Block[], context: C) => T[]

/** Folds a list of inline nodes with the same handlers: one result per node, in order. */
export type InlineFold<T, C> = (inlines: readonly Inline[], context: C) => T[]

/**
 * One output's handling of every block type: a table with a handler per type, so a
 * table that misses a type (or a type added to the model later) does not compile.
 * A handler gets its block, the context and the fold, for the blocks a block holds.
 */
export type BlockHandlers<T, C = void> = {
  [K in Block['type']]: (block: BlockOf<K>, context: C, fold: BlockFold<T, C>) => T
}

/** One output's handling of every inline type, like {@link BlockHandlers}. */
export type InlineHandlers<T, C = void> = {
  [K in Inline['type']]: (inline: InlineOf<K>, context: C, fold: InlineFold<T, C>) => T
}

/** Folds blocks with an output's handlers: one result per block, in order (the output joins them). */
export function foldBlocks<T>(blocks: readonly Block[], handlers: BlockHandlers<T>): T[]
export function foldBlocks<T, C>(blocks: readonly Block[], handlers: BlockHandlers<T, C>, context: C): T[]
export function foldBlocks<T, C>(blocks: readonly Block[], handlers: BlockHandlers<T, C>, context?: C): T[] {
  const fold: BlockFold<T, C> = (children, inner) => children.map(block => callHandler(handlers, block, inner, fold))
  return fold(blocks, context as C)
}

/** Folds inline nodes with an output's handlers: one result per node, in order (the output joins them). */
export function foldInlines<T>(inlines: readonly Inline[], handlers: InlineHandlers<T>): T[]
export function foldInlines<T, C>(inlines: readonly Inline[], handlers: InlineHandlers<T, C>, context: C): T[]
export function foldInlines<T, C>(inlines: readonly Inline[], handlers: InlineHandlers<T, C>, context?: C): T[] {
  const fold: InlineFold<T, C> = (children, inner) => children.map(inline => callHandler(handlers, inline, inner, fold))
  return fold(inlines, context as C)
}

/** Calls the handler of a node's type; the table's type guarantees there is one. */
function callHandler<Node extends { type: string }, T, C, F>(handlers: Record<Node['type'], unknown>, node: Node, context: C, fold: F): T {
  const handler = handlers[node.type as Node['type']] as (node: Node, context: C, fold: F) => T
  return handler(node, context, fold)
}
