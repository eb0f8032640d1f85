import type { Root } from 'mdast'
import type { CoverageReport } from '../../scripts/verify/check-coverage'
import { parseArticle } from '../../scripts/parse'
import { planDeck } from '../../scripts/plan'
import { renderSlidev } from '../../scripts/render'
import { checkCoverage } from '../../scripts/verify/check-coverage'

/** An article's text parsed the way the pipeline parses it: its tree (dialects read), front matter and warnings. */
export function parseText(text: string): { tree: Root, frontMatter: Record<string, unknown>, warnings: string[] } {
  const parsed = parseArticle({ path: 'post.md', text })
  return { tree: parsed.tree, frontMatter: parsed.frontMatter, warnings: parsed.diagnostics.map(d => `${d.line}: ${d.message}`) }
}

/** An article's text planned and rendered into Slidev Markdown, with the deck's title and what the deck kept of its text. */
export function deckOf(text: string): { markdown: string, title: string, coverage: CoverageReport } {
  const parsed = parseArticle({ path: 'post.md', text })
  const deck = planDeck(parsed)
  const markdown = renderSlidev(deck)
  return { markdown, title: deck.meta.title, coverage: checkCoverage(parsed.tree, markdown, deck.meta.lang) }
}

/** Whether a coverage report kept every sentence, number and line of code. */
export function keptAll(coverage: CoverageReport): boolean {
  return coverage.sentences.kept === coverage.sentences.total && coverage.numbers.kept === coverage.numbers.total && coverage.code.kept === coverage.code.total
}
