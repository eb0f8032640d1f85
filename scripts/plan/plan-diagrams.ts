import type { Nodes, RootContent } from 'mdast'
import type { Diagram, DiagramName, MindMapData } from '../../diagrams/types'
import type { Diagnostic } from '../lib/diagnostics'
import type { DiagramBlock, Slide } from '../model/deck'
import type { DiagramEntry } from '../parse/diagram-schema'
import type { DetectContext } from './diagrams/context'
import type { DiagramOptions } from './to-units'
import { authorDiagram } from './to-units'

/** Diagram placement for one part of the article. */
export interface TopicDiagrams {
  diagrams: DiagramOptions
  placed: DiagramEntry[]
}

/** Where the author's diagrams go, part by part, and what could not be placed. */
export interface DiagramPlan {
  /** Options for the part titled `title` holding `nodes`; `extra` adds diagrams of the planner's own (the summary's mind map). */
  forTopic: (title: string, nodes: readonly RootContent[], extra?: { images?: Map<string, DiagramBlock[]>, placed?: DiagramEntry[] }) => TopicDiagrams
  /** Whether the author placed a diagram of this component on the part titled `title`, or in place of one of its images. */
  hasAuthorDiagram: (title: string, nodes: readonly RootContent[], component: DiagramName) => boolean
  /** Entries whose image or section was not found. */
  diagnostics: () => Diagnostic[]
}

/**
 * Plans the author's diagrams (sidecar entries): those that replace an image by the
 * image's source, those placed on a section by its heading. Detection shares one
 * context for the whole article (so `3月` takes the year last written before it).
 */
export function planDiagrams(entries: readonly DiagramEntry[]): DiagramPlan {
  const context: DetectContext = {}
  const used = new Set<string>()
  const placedEntries = new Set<DiagramEntry>()
  const byImage = new Map<string, DiagramBlock[]>()
  for (const entry of entries.filter(candidate => candidate.replace))
    byImage.set(entry.replace!, [...(byImage.get(entry.replace!) ?? []), authorDiagram(entry)])
  const forSection = (title: string) => entries.filter(entry => entry.section && sameTitle(entry.section, title))
  const imageEntries = (nodes: readonly RootContent[]) => {
    const sources = new Set(imagesIn(nodes))
    return entries.filter(entry => entry.replace && sources.has(entry.replace))
  }
  return {
    forTopic(title, nodes, extra = {}) {
      const placed = [...forSection(title), ...(extra.placed ?? [])]
      placed.forEach(entry => placedEntries.add(entry))
      const suppressed = new Set([...placed, ...imageEntries(nodes)].map(entry => entry.diagram.component))
      const images = new Map([...byImage, ...(extra.images ?? [])])
      return { diagrams: { context, suppressed, images, used }, placed }
    },
    hasAuthorDiagram(title, nodes, component) {
      return [...forSection(title), ...imageEntries(nodes)].some(entry => entry.diagram.component === component)
    },
    diagnostics() {
      return entries.flatMap((entry) => {
        if (entry.replace && !used.has(entry.replace))
          return [{ severity: 'warning' as const, message: `the ${entry.diagram.component} diagram replaces image "${entry.replace}", which the article does not have; it is not shown`, file: entry.file, line: entry.line }]
        if (entry.section && !placedEntries.has(entry))
          return [{ severity: 'warning' as const, message: `the ${entry.diagram.component} diagram goes under "${entry.section}", a heading the article does not have; it is not shown`, file: entry.file, line: entry.line }]
        return []
      })
    },
  }
}

/** Sources of the images in some nodes, as written. */
export function imagesIn(nodes: readonly (RootContent | Nodes)[]): string[] {
  return nodes.flatMap((node) => {
    if (node.type === 'image')
      return [node.url]
    return 'children' in node ? imagesIn(node.children as Nodes[]) : []
  })
}

function sameTitle(a: string, b: string): boolean {
  const clean = (text: string) => text.replace(/\s+/g, '').toLowerCase()
  return clean(a) === clean(b)
}

/** Gives every MindMap without its own data the article's outline. */
export function fillMindMaps(slides: Slide[], outline: MindMapData): void {
  for (const slide of slides) {
    if (slide.kind !== 'content')
      continue
    for (const block of slide.blocks) {
      if (block.type === 'diagram' && block.diagram.component === 'MindMap' && !block.diagram.props.root)
        block.diagram = { component: 'MindMap', props: { ...block.diagram.props, root: outline.root } } satisfies Diagram
    }
  }
}
