import type { Root } from 'mdast'
import type { Diagnostic } from '../../lib/diagnostics'
import type { TextRule } from './text-rules'
import type { TreeRule } from './tree-rule'
import { admonitions } from './admonitions'
import { endBareUrlsAtCjk } from './bare-urls'
import { d2l } from './d2l'
import { readD2lCode } from './d2l-code'
import { readDollarAmounts } from './dollar-amounts'
import { excerptMarker } from './excerpt-marker'
import { readFenceAttributes } from './fence-attributes'
import { readFootnotes } from './footnotes'
import { readGithubAlerts } from './github-alerts'
import { dropHtmlWidgets } from './html-widgets'
import { hugo } from './hugo'
import { kramdown } from './kramdown'
import { continueLazyNumbering } from './lazy-numbering'
import { liquid } from './liquid'
import { readNumberedHeadings } from './numbered-headings'
import { resolveReferences } from './references'
import { joinSoftBreaks } from './soft-breaks'
import { applyTextRules } from './text-rules'
import { tightHeadings } from './tight-headings'
import { readTomlFrontMatter } from './toml-front-matter'

/** The text rules, in the order they run: each dialect's markup read before Markdown is parsed. */
export const TEXT_RULES: readonly TextRule[] = [liquid, hugo, kramdown, d2l, admonitions, excerptMarker, tightHeadings]

/**
 * The tree rules, in the order they run, after parsing. Rules that read a paragraph's
 * lines (alerts' titles, numbered lines) run before soft line breaks are joined.
 */
export const TREE_RULES: readonly TreeRule[] = [
  readTomlFrontMatter,
  readDollarAmounts,
  endBareUrlsAtCjk,
  resolveReferences,
  readD2lCode,
  readFenceAttributes,
  readGithubAlerts,
  readFootnotes,
  dropHtmlWidgets,
  readNumberedHeadings,
  continueLazyNumbering,
  joinSoftBreaks,
]

/**
 * Reads the Markdown dialects of blogs, docs sites and books in an article's text (Jekyll's
 * Liquid, Hugo's shortcodes, kramdown's attribute lists, the d2l book's roles, MkDocs'
 * admonitions, excerpt markers), keeping every line where it was; what cannot be read is
 * a warning, never shown.
 */
export function readDialectText(text: string, file?: string): { text: string, diagnostics: Diagnostic[] } {
  return applyTextRules(text, TEXT_RULES, file)
}

/**
 * Reads the dialects that Markdown parses into nodes (TOML front matter, reference-style
 * links, code fences' attributes, GitHub alerts, footnotes, widgets' HTML, numbered lines
 * as headings, lazily numbered steps broken by a paragraph, hard-wrapped lines); returns the
 * warnings.
 */
export function readDialectTree(tree: Root, text = '', file?: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const report = (message: string, line?: number) => void diagnostics.push({ severity: 'warning', message, file, line })
  for (const rule of TREE_RULES)
    rule(tree, { text, report })
  return diagnostics
}
