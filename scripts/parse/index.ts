import type { Root } from 'mdast'
import type { Diagnostic } from '../lib/diagnostics'
import type { ArticleSource } from './read-article'
import type { FrontMatter } from './read-front-matter'
import type { Sidecar } from './sidecar-schema'
import { checkNesting } from './check-nesting'
import { readDialectText, readDialectTree } from './dialects'
import { findEmptyHeadings } from './find-empty-headings'
import { findUnclosedFences } from './find-unclosed-fences'
import { parseMarkdown } from './parse-markdown'
import { readDiagramBlocks } from './read-diagram-blocks'
import { readFrontMatter } from './read-front-matter'
import { sanitizeHtml } from './sanitize-html'

export { readArticle } from './read-article'
export type { ArticleSource } from './read-article'
export type { FrontMatter } from './read-front-matter'
export type { Sidecar } from './sidecar-schema'

/** An article parsed into a syntax tree, with its front matter and the problems found. */
export interface ParsedArticle {
  path: string
  text: string
  tree: Root
  frontMatter: FrontMatter
  /** What the article's sidecar file says about the deck (empty without one). */
  sidecar: Sidecar
  diagnostics: Diagnostic[]
}

/** Parses the text of an article (and its sidecar's fields) into a {@link ParsedArticle}. Pure: no I/O. */
export function parseArticle(source: ArticleSource, sidecar: Sidecar = {}): ParsedArticle {
  const dialects = readDialectText(source.text, source.path)
  checkNesting(dialects.text, source.path)
  const tree = parseMarkdown(dialects.text)
  const treeDiagnostics = readDialectTree(tree, dialects.text, source.path)
  const { data, diagnostics } = readFrontMatter(tree, source.path)
  const fenceDiagnostics = [...dialects.diagnostics, ...treeDiagnostics, ...findUnclosedFences(tree, dialects.text, source.path), ...findEmptyHeadings(tree, source.path), ...readDiagramBlocks(tree, source.path)]
  const htmlDiagnostics = sanitizeHtml(tree, source.path)
  return { path: source.path, text: source.text, tree, frontMatter: data, sidecar, diagnostics: [...diagnostics, ...fenceDiagnostics, ...htmlDiagnostics] }
}
