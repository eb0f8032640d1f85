import type { Heading, Root, RootContent } from 'mdast'
import type { Inline } from '../model/deck'
import { inlineText, toInlines, trimInlines } from './inlines'

/** A part of the article opened by a heading. */
export interface Section {
  title: Inline[]
  titleText: string
  depth: number
  line?: number
  /** Content between the heading and its first subsection. */
  nodes: RootContent[]
  subsections: Section[]
}

/** The article's shape: its own title, what comes before the first section, and the sections. */
export interface Outline {
  title?: { text: string, line?: number }
  intro: RootContent[]
  sections: Section[]
}

/**
 * Splits an article into sections and subsections by its headings, whatever their
 * depth: a lone leading H1 is the article's title; the shallowest remaining depth
 * opens sections and the next one subsections; deeper headings stay in the content.
 */
export function splitSections(tree: Root): Outline {
  const nodes = tree.children.filter(node => node.type !== 'yaml')
  const headings = nodes.filter((node): node is Heading => node.type === 'heading')
  const h1s = headings.filter(heading => heading.depth === 1)
  let title: Outline['title']
  let body = nodes
  const heading = h1s[0]
  if (heading && h1s.length === 1 && headings[0] === heading) {
    title = { text: headingText(toInlines(heading.children)), line: heading.position?.start.line }
    body = nodes.filter(node => node !== heading)
  }
  const depths = [...new Set(body.filter((node): node is Heading => node.type === 'heading').map(heading => heading.depth))].sort()
  const sectionDepth = depths[0]
  if (sectionDepth === undefined)
    return { title, intro: body, sections: [] }
  const subDepth = depths[1]
  const intro: RootContent[] = []
  const sections: Section[] = []
  let section: Section | undefined
  let subsection: Section | undefined
  for (const node of body) {
    if (node.type === 'heading' && node.depth <= sectionDepth) {
      section = openSection(node)
      subsection = undefined
      sections.push(section)
    }
    else if (section && node.type === 'heading' && subDepth !== undefined && node.depth <= subDepth) {
      subsection = openSection(node)
      section.subsections.push(subsection)
    }
    else {
      const owner = subsection ?? section
      if (owner)
        owner.nodes.push(node)
      else
        intro.push(node)
    }
  }
  return { title, intro, sections }
}

function openSection(heading: Heading): Section {
  const title = trimInlines(toInlines(heading.children))
  return { title, titleText: headingText(title), depth: heading.depth, line: heading.position?.start.line, nodes: [], subsections: [] }
}

/** A heading's text on one line, spaces collapsed (an empty heading gives ''). */
export function headingText(inlines: Inline[]): string {
  return inlineText(inlines).replace(/\s+/g, ' ').trim()
}
