import type { MindMapData, MindNode } from '../../../diagrams/types'
import type { Section } from '../split-sections'

/**
 * The article's outline as a MindMap for its summary: the title in the middle, the
 * sections as branches, their subsections as leaves (at most eight branches of five).
 */
export function buildMindMap(title: string, sections: readonly Section[]): MindMapData {
  const clip = (text: string) => shortLabel(text)
  const children: MindNode[] = sections.slice(0, 8).map(section => ({
    label: clip(section.titleText.replace(/[：:].*$/, '').trim() || section.titleText),
    ...(section.subsections.length > 0 ? { children: section.subsections.slice(0, 5).map(sub => ({ label: clip(sub.titleText) })) } : {}),
  }))
  return { root: { label: title, children } }
}

/** Longest label a mind map's node shows. */
const MAX_LABEL = 16
/** A gloss in brackets with the spaces around it (those before it from the start of their run: a long run is read once). */
const GLOSS = /(?:(?<!\s)\s+)?[（(][^）)]*[）)]\s*/g
/** A subtitle after a colon or a dash, to the end. */
const SUBTITLE = /(?:(?<!\s)\s+)?[：:—–].*$/

/**
 * A node's label that fits: the heading without its bracketed gloss or subtitle
 * (`与人类意识对齐（Alignment）` -> `与人类意识对齐`, `A: the long part` -> `A`), cut at a
 * word boundary with `…` only when even that is too long.
 */
export function shortLabel(text: string, max = MAX_LABEL): string {
  const trimmed = text.trim()
  if ([...trimmed].length <= max)
    return trimmed
  const bare = trimmed.replace(GLOSS, ' ').replace(SUBTITLE, '').replace(/\s+/g, ' ').trim()
  if (bare && [...bare].length <= max)
    return bare
  const words = bare.split(' ')
  let kept = ''
  for (const word of words) {
    if ([...`${kept} ${word}`.trim()].length > max - 1)
      break
    kept = `${kept} ${word}`.trim()
  }
  return `${kept || [...bare].slice(0, max - 1).join('')}…`
}
