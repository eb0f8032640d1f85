import type { DiagramName, DiagramProps, MindNode } from './types'
import { z } from 'zod'

const text = z.string().trim().min(1)
const optionalText = text.optional()
const date = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'a date is YYYY, YYYY-MM or YYYY-MM-DD')
const step = z.object({ label: text, note: optionalText }).strict()

const mindNode: z.ZodType<MindNode> = z.lazy(() => z.object({ label: text, children: z.array(mindNode).optional() }).strict())

/** Adds an issue for each link whose end names no node (or entity) of the diagram. */
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

/**
 * The data each diagram component takes, by component name, as the sidecar and diagram
 * blocks are validated against it: the interfaces of `types.ts`, which the checks below
 * hold equal to these schemas.
 */
export const DIAGRAM_SCHEMAS = {
  /** Dated events; a date is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  Timeline: z.object({ title: optionalText, events: z.array(z.object({ date, label: text, note: optionalText }).strict()).min(2) }).strict(),
  /** Quantities of one unit side by side; `display` is how a value is written (`460万美元`). */
  BarCompare: z.object({ title: optionalText, unit: optionalText, source: optionalText, items: z.array(z.object({ label: text, value: z.number().nonnegative(), display: optionalText, note: optionalText }).strict()).min(2) }).strict(),
  /** Key figures as big numbers with labels. */
  StatGrid: z.object({ title: optionalText, source: optionalText, stats: z.array(z.object({ value: text, label: text, note: optionalText }).strict()).min(1) }).strict(),
  /** A + B + C (= result), or a pipeline of steps A → B → C. */
  FlowChain: z.object({ title: optionalText, steps: z.array(step).min(2), operator: z.enum(['plus', 'arrow']).optional(), result: step.optional() }).strict(),
  /** Models or ideas derived from one another: a DAG. */
  DerivationGraph: z.object({
    title: optionalText,
    direction: z.enum(['LR', 'TB']).optional(),
    nodes: z.array(z.object({ id: text, label: text, note: optionalText, highlight: z.boolean().optional() }).strict()).min(2),
    edges: z.array(z.object({ from: text, to: text, label: optionalText }).strict()).min(1),
  }).strict().superRefine(knownIds),
  /** Entities and their relations (control, investment, partnership). */
  OrgStructure: z.object({
    title: optionalText,
    entities: z.array(z.object({ id: text, label: text, kind: optionalText, note: optionalText }).strict()).min(2),
    relations: z.array(z.object({ from: text, to: text, label: optionalText, kind: z.enum(['control', 'invest', 'partner']).optional() }).strict()).min(1),
  }).strict().superRefine(knownIds),
  /** A list of **term**: description items. */
  TermCards: z.object({ title: optionalText, terms: z.array(z.object({ term: text, description: text }).strict()).min(1) }).strict(),
  /** An outline as a tree; without `root`, the planner gives it the article's outline. */
  MindMap: z.object({ title: optionalText, root: mindNode.optional() }).strict(),
}

/** Every diagram component's name. */
export const DIAGRAM_NAMES = Object.keys(DIAGRAM_SCHEMAS) as DiagramName[]

/** Optional text in a diagram's entry (its placement fields), as its props take it. */
export const OPTIONAL_TEXT = optionalText

/** `true` when two types are the same, each assignable to the other. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
/** Fails to compile when a schema validates other data than its component's interface in `types.ts` takes (or a component has no schema). */
export const SCHEMAS_MATCH_TYPES: { [K in DiagramName]: Same<z.infer<typeof DIAGRAM_SCHEMAS[K]>, DiagramProps[K]> } = {
  Timeline: true,
  BarCompare: true,
  StatGrid: true,
  FlowChain: true,
  DerivationGraph: true,
  OrgStructure: true,
  TermCards: true,
  MindMap: true,
}
