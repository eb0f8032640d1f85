import type { Nodes } from 'mdast'
import { parseSync } from '@slidev/parser'
import { normalizeText } from '../../scripts/lib/normalize-text'
import { parseMarkdown } from '../../scripts/parse/parse-markdown'
import { proseText } from '../../scripts/verify/article-text'

/** What a rendered slide shows, read back from `slides.md` the way Slidev reads it. */
export interface SlideStats {
  index: number
  layout: string
  title: string
  /** List items on the slide, nested ones included. */
  points: number
  /** Plain text of each list item's own line. */
  pointTexts: string[]
  notes: string
}

/** Reads a rendered deck back with Slidev's parser and describes each slide. */
export function deckStats(markdown: string): SlideStats[] {
  return parseSync(markdown, 'slides.md').slides.map((slide, index) => {
    const tree = parseMarkdown(slide.content)
    const pointTexts: string[] = []
    const visit = (node: Nodes) => {
      if (node.type === 'listItem') {
        const first = node.children.find(child => child.type === 'paragraph')
        pointTexts.push(first ? proseText(first) : '')
      }
      if ('children' in node)
        node.children.forEach(child => visit(child as Nodes))
    }
    visit(tree)
    return {
      index: index + 1,
      layout: String(slide.frontmatter.layout ?? 'default'),
      title: slide.title ?? '',
      points: pointTexts.length,
      pointTexts,
      notes: normalizeText(slide.note ?? ''),
    }
  })
}
