/**
 * Data of each diagram component: what the planner, the sidecar and fenced blocks
 * produce, and what the Vue components in `components/` take as props. Written out as
 * interfaces because Vue's compiler reads a component's props from its type and cannot
 * read one inferred from a schema; `schema.ts` validates the same data and fails to
 * compile when a schema and its interface here differ.
 */

/** A dated event on a {@link TimelineData}. `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export interface TimelineEvent { date: string, label: string, note?: string }
export interface TimelineData { title?: string, events: TimelineEvent[] }

/** Quantities of one unit side by side. `display` is how the value is written (`460万美元`). */
export interface BarItem { label: string, value: number, display?: string, note?: string }
export interface BarCompareData { title?: string, unit?: string, items: BarItem[], source?: string }

/** Key figures as big numbers with labels. */
export interface Stat { value: string, label: string, note?: string }
export interface StatGridData { title?: string, stats: Stat[], source?: string }

/** A + B + C (= result), or a pipeline of steps A → B → C. */
export interface FlowStep { label: string, note?: string }
export interface FlowChainData { title?: string, steps: FlowStep[], operator?: 'plus' | 'arrow', result?: FlowStep }

/** Models or ideas derived from one another: a DAG. */
export interface GraphNode { id: string, label: string, note?: string, highlight?: boolean }
export interface GraphEdge { from: string, to: string, label?: string }
export interface DerivationGraphData { title?: string, nodes: GraphNode[], edges: GraphEdge[], direction?: 'LR' | 'TB' }

/** Entities and their relations (control, investment, partnership). */
export interface OrgEntity { id: string, label: string, kind?: string, note?: string }
export interface OrgRelation { from: string, to: string, label?: string, kind?: 'control' | 'invest' | 'partner' }
export interface OrgStructureData { title?: string, entities: OrgEntity[], relations: OrgRelation[] }

/** A list of **term**: description items. */
export interface Term { term: string, description: string }
export interface TermCardsData { title?: string, terms: Term[] }

/** An outline as a tree; without `root`, the planner gives it the article's outline (`fillMindMaps`). */
export interface MindNode { label: string, children?: MindNode[] }
export interface MindMapData { title?: string, root?: MindNode }

/** Every diagram, by component name. */
export interface DiagramProps {
  Timeline: TimelineData
  BarCompare: BarCompareData
  StatGrid: StatGridData
  FlowChain: FlowChainData
  DerivationGraph: DerivationGraphData
  OrgStructure: OrgStructureData
  TermCards: TermCardsData
  MindMap: MindMapData
}

export type DiagramName = keyof DiagramProps

/** A diagram to draw: a component and its data. */
export type Diagram = { [K in DiagramName]: { component: K, props: DiagramProps[K] } }[DiagramName]
