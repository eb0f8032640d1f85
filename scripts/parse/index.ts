import type { Root } from 'mdast'
import type { Diagnostic } from '../lib/diagnostics'
import type { ArticleSource } from './read-article'
import type { FrontMatter } from './read-front-matter'
import { parseMarkdown } from './parse-markdown'
import { readFrontMatter } from './read-front-matter'

export { readArticle } from './read-article'
export type { ArticleSource } from './read-article'
export type { FrontMatter } from './read-front-matter'

/** An article parsed into a syntax tree, with its front matter and the problems found. */
export interface ParsedArticle {
  path: string
  text: string
  tree: Root
  frontMatter: FrontMatter
  diagnostics: Diagnostic[]
}

/** Parses the text of an article into a {@link ParsedArticle}. Pure: no I/O. */
export function parseArticle(source: ArticleSource): ParsedArticle {
  const tree = parseMarkdown(source.text)
  const { data, diagnostics } = readFrontMatter(tree, source.path)
  return { path: source.path, text: source.text, tree, frontMatter: data, diagnostics }
}
