import type { Diagram, DiagramName } from '../../diagrams/types'
import { z } from 'zod'
import { DIAGRAM_NAMES, DIAGRAM_SCHEMAS, OPTIONAL_TEXT } from '../../diagrams/schema'

/** One diagram an author placed: where it goes, and the component with its data. */
export interface DiagramEntry {
  /** The component and its data, validated against the component's schema. */
  diagram: Diagram
  /** Image (its URL or path as written in the article) the diagram replaces. */
  replace?: string
  /** Heading of the section or subsection the diagram goes in. */
  section?: string
  /** Words of the paragraph the diagram goes after, within that section. */
  after?: string
  caption?: string
  /** File and line of the entry, for diagnostics. */
  file?: string
  line?: number
}

/** The fields of a diagram entry other than its props. */
export const diagramEntrySchema = z.object({
  component: z.enum(DIAGRAM_NAMES as [DiagramName, ...DiagramName[]]),
  replace: OPTIONAL_TEXT,
  section: OPTIONAL_TEXT,
  after: OPTIONAL_TEXT,
  caption: OPTIONAL_TEXT,
  props: z.record(z.string(), z.unknown()).default({}),
}).strict()

/**
 * Validates one diagram entry: its placement fields, then its props against the
 * component's schema. Issues come back with paths relative to the entry.
 */
export function validateDiagramEntry(value: unknown, placement: 'placed' | 'inline'): { entry?: DiagramEntry, issues: { path: (string | number)[], message: string }[] } {
  const base = diagramEntrySchema.safeParse(value)
  if (!base.success)
    return { issues: base.error.issues.map(issue => ({ path: issue.path as (string | number)[], message: issue.message })) }
  const issues: { path: (string | number)[], message: string }[] = []
  const entry = base.data
  if (placement === 'placed' && !entry.replace === !entry.section)
    issues.push({ path: [], message: 'give either "replace" (an image to replace) or "section" (a heading to place the diagram under)' })
  if (placement === 'inline' && (entry.replace || entry.section || entry.after))
    issues.push({ path: [], message: 'a diagram block in the article is placed where it stands: "replace", "section" and "after" belong in the sidecar' })
  const props = DIAGRAM_SCHEMAS[entry.component].safeParse(entry.props)
  if (!props.success)
    issues.push(...props.error.issues.map(issue => ({ path: ['props', ...issue.path as (string | number)[]], message: issue.message })))
  if (issues.length > 0 || !props.success)
    return { issues }
  const { component, props: _props, ...fields } = entry
  // The schema of the entry's own component parsed its props: they are that component's data.
  return { entry: { ...fields, diagram: { component, props: props.data } as Diagram }, issues }
}
