import type { MindMapData, MindNode } from '../../../diagrams/types'
import type { Section } from '../split-sections'
import { extraRows, fitsMindMapNode } from '../../../diagrams/mind-map-labels'

/** A branch's depth in the map (a section), and a leaf's (a subsection). */
const BRANCH = 1
const LEAF = 2
/** Most sections a mind map shows as branches. */
export const MAX_BRANCHES = 8
/** Most subsections a branch shows as leaves. */
const MAX_LEAVES = 5
/**
 * Most rows a mind map may take (each leaf is a row, as is a branch without leaves, and a
 * label on two lines takes more):
 * more rows shrink its labels below the smallest text the check allows on a slide.
 */
const MAX_ROWS = 12

/**
 * The article's outline as a MindMap for its summary: the title in the middle, the
 * sections as branches (at most {@link MAX_BRANCHES}), their subsections as leaves, or
 * the branches alone when their leaves would take more than {@link MAX_ROWS} rows. A
 * branch of more than {@link MAX_LEAVES} subsections shows none: a map never lists some
 * of a section's topics as if they were all.
 */
export function buildMindMap(title: string, sections: readonly Section[]): MindMapData {
  const branches = sections.slice(0, MAX_BRANCHES).map(section => ({
    label: shortLabel(section.titleText.replace(/[：:].*$/, '').trim() || section.titleText, BRANCH),
    leaves: section.subsections.length > MAX_LEAVES ? [] : section.subsections.map(sub => ({ label: shortLabel(sub.titleText, LEAF) })),
  }))
  // A label on two lines pushes its neighbours apart as MindMap draws it.
  const rows = branches.reduce((sum, branch) => sum + Math.max(1 + 2 * extraRows(branch.label, BRANCH), branch.leaves.reduce((leaves, leaf) => leaves + 1 + 2 * extraRows(leaf.label, LEAF), 0)), 0)
  const children: MindNode[] = branches.map(({ label, leaves }) => ({ label, ...(leaves.length > 0 && rows <= MAX_ROWS ? { children: leaves } : {}) }))
  return { root: { label: title, children } }
}

/** A gloss in brackets with the spaces around it (those before it from the start of their run: a long run is read once). */
const GLOSS = /(?:(?<!\s)\s+)?[（(][^）)]*[）)]\s*/g
/** A subtitle after a colon or a dash, to the end. */
const SUBTITLE = /(?:(?<!\s)\s+)?[：:—–].*$/

/**
 * A node's label that fits its node at `depth` whole ({@link fitsMindMapNode}): the heading
 * as it is, else without its bracketed gloss or subtitle (`与人类意识对齐（Alignment）` ->
 * `与人类意识对齐`, `A: the long part` -> `A`), cut at a word boundary with `…` only when
 * even that is too long.
 */
export function shortLabel(text: string, depth: number): string {
  const trimmed = text.trim()
  if (fitsMindMapNode(trimmed, depth))
    return trimmed
  const bare = trimmed.replace(GLOSS, ' ').replace(SUBTITLE, '').replace(/\s+/g, ' ').trim()
  if (bare && fitsMindMapNode(bare, depth))
    return bare
  const pieces = bare.includes(' ') ? bare.split(' ').map((word, index) => (index === 0 ? word : ` ${word}`)) : [...bare]
  let kept = ''
  for (const piece of pieces) {
    if (!fitsMindMapNode(`${kept}${piece}…`, depth))
      break
    kept += piece
  }
  return `${kept.trim()}…`
}
