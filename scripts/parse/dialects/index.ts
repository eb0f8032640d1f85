import type { Root } from 'mdast'
import type { Diagnostic } from '../../lib/diagnostics'
import type { TextRule } from './text-rules'
import type { TreeRule } from './tree-rule'
import { endBareUrlsAtCjk } from './bare-urls'
import { readDollarAmounts } from './dollar-amounts'
import { excerptMarker } from './excerpt-marker'
import { readFootnotes } from './footnotes'
import { readGithubAlerts } from './github-alerts'
import { dropHtmlWidgets } from './html-widgets'
import { hugo } from './hugo'
import { kramdown } from './kramdown'
import { liquid } from './liquid'
import { applyTextRules } from './text-rules'
import { tightHeadings } from './tight-headings'

/** The text rules, in the order they run: each dialect's markup read before Markdown is parsed. */
export const TEXT_RULES: readonly TextRule[] = [liquid, hugo, kramdown, excerptMarker, tightHeadings]

/** The tree rules, in the order they run, after parsing. */
export const TREE_RULES: readonly TreeRule[] = [readDollarAmounts, endBareUrlsAtCjk, readGithubAlerts, readFootnotes, dropHtmlWidgets]

/**
 * Reads the Markdown dialects of blogs and code hosts in an article's text (Jekyll's
 * Liquid, Hugo's shortcodes, kramdown's attribute lists, excerpt markers), keeping every
 * line where it was; what cannot be read is a warning, never shown.
 */
export function readDialectText(text: string, file?: string): { text: string, diagnostics: Diagnostic[] } {
  return applyTextRules(text, TEXT_RULES, file)
}

/** Reads the dialects that Markdown parses into nodes (GitHub alerts, footnotes, widgets' HTML); returns the warnings. */
export function readDialectTree(tree: Root, text = '', file?: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const report = (message: string, line?: number) => void diagnostics.push({ severity: 'warning', message, file, line })
  for (const rule of TREE_RULES)
    rule(tree, { text, report })
  return diagnostics
}
