import type { DiagramName } from '../../diagrams/types'
import { z } from 'zod'
import { DIAGRAM_NAMES } from '../../diagrams/types'

const text = z.string().trim().min(1)
const optionalText = text.optional()
const date = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD')
const step = z.object({ label: text, note: optionalText }).strict()

interface MindNodeInput { label: string, children?: MindNodeInput[] }
const mindNode: z.ZodType<MindNodeInput> = z.lazy(() => z.object({ label: text, children: z.array(mindNode).optional() }).strict())

function knownIds<T extends { nodes?: { id: string }[], entities?: { id: string }[], edges?: { from: string, to: string }[], relations?: { from: string, to: string }[] }>(data: T, context: z.RefinementCtx): void {
  const ids = new Set((data.nodes ?? data.entities ?? []).map(node => node.id))
  const links = data.edges ?? data.relations ?? []
  const field = data.edges ? 'edges' : 'relations'
  links.forEach((link, index) => {
    for (const end of ['from', 'to'] as const) {
      if (!ids.has(link[end]))
        context.addIssue({ code: 'custom', path: [field, index, end], message: `"${link[end]}" is not the id of any ${data.nodes ? 'node' : 'entity'}` })
    }
  })
}

/** The data each diagram component accepts, validated before it reaches a slide. */
export const diagramPropsSchemas = {
  Timeline: z.object({ title: optionalText, events: z.array(z.object({ date, label: text, note: optionalText }).strict()).min(2) }).strict(),
  BarCompare: z.object({ title: optionalText, unit: optionalText, source: optionalText, items: z.array(z.object({ label: text, value: z.number().nonnegative(), display: optionalText, note: optionalText }).strict()).min(2) }).strict(),
  StatGrid: z.object({ title: optionalText, source: optionalText, stats: z.array(z.object({ value: text, label: text, note: optionalText }).strict()).min(1) }).strict(),
  FlowChain: z.object({ title: optionalText, steps: z.array(step).min(2), operator: z.enum(['plus', 'arrow']).optional(), result: step.optional() }).strict(),
  DerivationGraph: z.object({
    title: optionalText,
    direction: z.enum(['LR', 'TB']).optional(),
    nodes: z.array(z.object({ id: text, label: text, note: optionalText, highlight: z.boolean().optional() }).strict()).min(2),
    edges: z.array(z.object({ from: text, to: text, label: optionalText }).strict()).min(1),
  }).strict().superRefine(knownIds),
  OrgStructure: z.object({
    title: optionalText,
    entities: z.array(z.object({ id: text, label: text, kind: optionalText, note: optionalText }).strict()).min(2),
    relations: z.array(z.object({ from: text, to: text, label: optionalText, kind: z.enum(['control', 'invest', 'partner']).optional() }).strict()).min(1),
  }).strict().superRefine(knownIds),
  TermCards: z.object({ title: optionalText, terms: z.array(z.object({ term: text, description: text }).strict()).min(1) }).strict(),
  MindMap: z.object({ title: optionalText, root: mindNode.optional() }).strict(),
} satisfies Record<DiagramName, z.ZodType>

/** One diagram an author placed: where it goes, and the component with its data. */
export interface DiagramEntry {
  component: DiagramName
  /** Image (its URL or path as written in the article) the diagram replaces. */
  replace?: string
  /** Heading of the section or subsection the diagram goes in. */
  section?: string
  /** Words of the paragraph the diagram goes after, within that section. */
  after?: string
  caption?: string
  /** The component's data; a MindMap without `root` draws the article's outline. */
  props: Record<string, unknown>
  /** File and line of the entry, for diagnostics. */
  file?: string
  line?: number
}

/** The fields of a diagram entry other than its props. */
export const diagramEntrySchema = z.object({
  component: z.enum(DIAGRAM_NAMES as [DiagramName, ...DiagramName[]]),
  replace: optionalText,
  section: optionalText,
  after: optionalText,
  caption: optionalText,
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
  const props = diagramPropsSchemas[entry.component].safeParse(entry.props)
  if (!props.success)
    issues.push(...props.error.issues.map(issue => ({ path: ['props', ...issue.path as (string | number)[]], message: issue.message })))
  return issues.length > 0 ? { issues } : { entry: { ...entry, props: props.data as Record<string, unknown> }, issues }
}
