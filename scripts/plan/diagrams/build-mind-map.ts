import type { MindMapData, MindNode } from '../../../diagrams/types'
import type { Section } from '../split-sections'

/** Most sections a mind map shows as branches. */
const MAX_BRANCHES = 8
/** Most subsections a branch shows as leaves. */
const MAX_LEAVES = 5
/**
 * Most rows a mind map may take (each leaf is a row, as is a branch without leaves):
 * more rows shrink its labels below the smallest text the check allows on a slide.
 */
const MAX_ROWS = 12

/**
 * The article's outline as a MindMap for its summary: the title in the middle, the
 * sections as branches (at most {@link MAX_BRANCHES}), their subsections as leaves (at
 * most {@link MAX_LEAVES} a branch), or the branches alone when their leaves would take
 * more than {@link MAX_ROWS} rows.
 */
export function buildMindMap(title: string, sections: readonly Section[]): MindMapData {
  const clip = (text: string) => shortLabel(text)
  const branches = sections.slice(0, MAX_BRANCHES).map(section => ({
    label: clip(section.titleText.replace(/[：:].*$/, '').trim() || section.titleText),
    leaves: section.subsections.slice(0, MAX_LEAVES).map(sub => ({ label: clip(sub.titleText) })),
  }))
  const rows = branches.reduce((sum, branch) => sum + Math.max(1, branch.leaves.length), 0)
  const children: MindNode[] = branches.map(({ label, leaves }) => ({ label, ...(leaves.length > 0 && rows <= MAX_ROWS ? { children: leaves } : {}) }))
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
