import type { AnyNode, Document, Element } from 'domhandler'
import render from 'dom-serializer'
import { isTag } from 'domhandler'
import { findAll, findOne, replaceElement } from 'domutils'
import { parseDocument } from 'htmlparser2'

/**
 * How parts are read and written: as XML, with text and attribute values kept as written
 * (entities are neither decoded nor encoded), so what a pass does not change is written
 * back as it was, and markup we build (already escaped) goes in as it is.
 */
const PARSE = { xmlMode: true, decodeEntities: false } as const
const RENDER = { xmlMode: true, decodeEntities: false, encodeEntities: false } as const

/** The XML declaration a part opens with (htmlparser2 reads it as a processing instruction it writes back without its closing `?`). */
const DECLARATION = /^\s*<\?xml[^?]*\?>\s*/

/** A part of an Office file, parsed: its XML declaration as written, and its elements. */
export interface XmlPart {
  declaration: string
  document: Document
}

/** Parses a part of an Office file. */
export function parseXml(xml: string): XmlPart {
  const declaration = DECLARATION.exec(xml)?.[0] ?? ''
  return { declaration, document: parseDocument(xml.slice(declaration.length), PARSE) }
}

/** Writes a parsed part back: its declaration, then its elements. */
export function serializeXml(part: XmlPart): string {
  return `${part.declaration}${render(part.document, RENDER)}`
}

/** The one element of a piece of markup we built (`<p:txBody>…</p:txBody>`). */
export function parseElement(xml: string): Element {
  const element = parseDocument(xml, PARSE).children.find(isTag)
  if (!element)
    throw new Error(`not an element: ${xml.slice(0, 40)}`)
  return element
}

/** Every element named `name` within `root`, in document order. */
export function elementsNamed(root: AnyNode | readonly AnyNode[], name: string): Element[] {
  return findAll(element => element.name === name, Array.isArray(root) ? root : childrenOf(root as AnyNode))
}

/** The first element named `name` within `root`, in document order. */
export function firstNamed(root: AnyNode | readonly AnyNode[], name: string): Element | undefined {
  return findOne(element => element.name === name, Array.isArray(root) ? root : childrenOf(root as AnyNode), true) ?? undefined
}

/** The element children of an element, in order. */
export function childElements(element: Element): Element[] {
  return element.children.filter(isTag)
}

/** The text of the first `<a:t>` within `root`, as written: a marker pptxgenjs wrote. */
export function firstText(root: AnyNode): string | undefined {
  const text = firstNamed(root, 'a:t')
  return text ? render(text.children, RENDER) : undefined
}

/** Puts an element in another's place. */
export function replaceWith(old: Element, replacement: Element): void {
  replaceElement(old, replacement)
}

function childrenOf(node: AnyNode): AnyNode[] {
  return 'children' in node ? node.children : []
}
