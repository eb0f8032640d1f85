import type { MindMapData, MindNode } from '../../../diagrams/types'
import type { Section } from '../split-sections'

/**
 * The article's outline as a MindMap for its summary: the title in the middle, the
 * sections as branches, their subsections as leaves (at most eight branches of five).
 */
export function buildMindMap(title: string, sections: readonly Section[]): MindMapData {
  const clip = (text: string) => (text.length <= 16 ? text : `${text.slice(0, 15)}…`)
  const children: MindNode[] = sections.slice(0, 8).map(section => ({
    label: clip(section.titleText.replace(/[：:].*$/, '').trim() || section.titleText),
    ...(section.subsections.length > 0 ? { children: section.subsections.slice(0, 5).map(sub => ({ label: clip(sub.titleText) })) } : {}),
  }))
  return { root: { label: title, children } }
}
