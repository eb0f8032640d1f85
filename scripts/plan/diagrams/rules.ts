import type { Diagram, DiagramName } from '../../../diagrams/types'
import type { DetectContext } from './context'
import { detectBarCompare } from './detect-bar-compare'
import { detectArrowChain } from './detect-flow-chain'
import { detectStatGrid, statKey } from './detect-stat-grid'
import { detectTimeline } from './detect-timeline'

/** A rule that reads a paragraph's text and may find a diagram in it. */
interface ParagraphRule {
  component: DiagramName
  detect: (text: string, context: DetectContext) => Diagram['props'] | undefined
}

/**
 * The rules tried on each paragraph, in order; the first that finds a diagram wins.
 * Lists (TermCards), formulas (FlowChain) and the summary (MindMap) have rules of their own.
 */
export const PARAGRAPH_RULES: ParagraphRule[] = [
  { component: 'Timeline', detect: detectTimeline },
  { component: 'FlowChain', detect: detectArrowChain },
  { component: 'BarCompare', detect: detectBarCompare },
  { component: 'StatGrid', detect: detectStatGrid },
]

/**
 * The diagram a paragraph's text supports, if any, skipping components the author
 * already placed in this part of the article. Every rule still reads the text, so the
 * context (the year last written) stays current; a StatGrid found is remembered, so the
 * next one does not repeat its cards.
 */
export function detectParagraphDiagram(text: string, context: DetectContext, suppressed: ReadonlySet<DiagramName>): Diagram | undefined {
  let found: Diagram | undefined
  for (const rule of PARAGRAPH_RULES) {
    const props = rule.detect(text, context)
    if (props && !found && !suppressed.has(rule.component))
      found = { component: rule.component, props } as Diagram
  }
  if (found?.component === 'StatGrid')
    context.shownStats = found.props.stats.map(statKey)
  return found
}
