import type { Root } from 'mdast'

/** What a tree rule may know and say: the text the tree was parsed from, and a way to warn at a line. */
export interface TreeRuleContext {
  text: string
  report: (message: string, line?: number) => void
}

/** A rule that reads one dialect's nodes after Markdown is parsed. */
export type TreeRule = (tree: Root, context: TreeRuleContext) => void
