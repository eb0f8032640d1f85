import type { Inline, Point } from '../model/deck'
import type { BlockOf } from '../model/fold'
import { DECK_CLASS } from '../model/slidev-contract'

/** Writes one point's text as Markdown that stays on its list line. */
export type PointText = (inlines: readonly Inline[]) => string

/**
 * A list whose points appear on clicks when presenting: each run of points sharing a
 * click is its own list inside `<v-click>` (numbering carried on), in order, so click
 * N shows the Nth run; a run that shares the click of the run before it (in another
 * list) shows with it (`at="+0"`). Points without a click show at once. `clicks` keeps
 * the last click shown across the slide's lists.
 */
export function renderClickedPoints(block: BlockOf<'points'>, pointText: PointText, clicks: { last: number } = { last: 0 }): string {
  const start = block.start ?? 1
  const runs: { click?: number, from: number, items: Point[] }[] = []
  block.items.forEach((item, index) => {
    const last = runs.at(-1)
    if (last && last.click === item.click)
      last.items.push(item)
    else
      runs.push({ click: item.click, from: index, items: [item] })
  })
  return runs.map((run) => {
    const list = renderPoints(run.items, block.ordered, start + run.from, 0, pointText)
    if (run.click === undefined)
      return list
    const same = run.click === clicks.last
    clicks.last = run.click
    return `<v-click${same ? ' at="+0"' : ''}>\n\n${list}\n\n</v-click>`
  }).join('\n\n')
}

function renderPoints(items: readonly Point[], ordered: boolean, start: number, depth: number, pointText: PointText): string {
  const indent = '  '.repeat(depth)
  return items.map((item, index) => {
    const marker = ordered ? `${start + index}.` : '-'
    const text = item.card ? `<span class="${DECK_CLASS.cardTerm}">${pointText(item.card.term)}</span> ${pointText(item.card.text)}` : pointText(item.inlines)
    const line = `${indent}${marker} ${text || '&nbsp;'}`
    const childIndent = depth + (ordered ? Math.ceil((marker.length + 1) / 2) : 1)
    const children = item.children.length > 0 ? `\n${renderPoints(item.children, item.childrenOrdered ?? false, 1, childIndent, pointText)}` : ''
    return line + children
  }).join('\n')
}
