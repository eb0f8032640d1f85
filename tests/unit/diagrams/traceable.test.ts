import type { Root, RootContent } from 'mdast'
import type { DiagramBlock } from '../../../scripts/model/deck'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { parseFile, planFile } from '../../helpers/plan-file'
import { ROOT } from '../../helpers/run-cli'

const ARTICLES = [
  join(ROOT, 'articles/why-chatgpt.md'),
  ...readdirSync(join(ROOT, 'tests/fixtures')).map(name => join(ROOT, 'tests/fixtures', name, 'input.md')).filter(path => !path.includes('/e2e/')),
]

/** The text of the block of the article's tree that starts at a line. */
function blockAt(tree: Root, line: number): string | undefined {
  let found: RootContent | undefined
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.position?.start.line === line && !found)
        found = node
      if ('children' in node)
        visit(node.children as RootContent[])
    }
  }
  visit(tree.children)
  return found ? toString(found) : undefined
}

/** Every label and shown figure of a detected chart, as text that must stand in its paragraph. */
function claims(block: DiagramBlock): string[] {
  const props = block.diagram.props as unknown as Record<string, unknown>
  switch (block.diagram.component) {
    case 'BarCompare':
      return (props.items as { label: string, display: string }[]).flatMap(item => [item.label, item.display])
    case 'StatGrid':
      return (props.stats as { label: string, value: string }[]).flatMap(stat => [stat.label, stat.value])
    case 'Timeline':
      return (props.events as { label: string }[]).map(event => event.label.replace(/…$/, ''))
    default:
      return []
  }
}

const squash = (text: string) => text.replace(/\s+/g, '')

let checked = 0

describe('every chart a rule found is traceable to its paragraph', () => {
  it.each(ARTICLES.filter(path => !path.endsWith('/e2e/input.md')))('%s', async (path) => {
    let deck
    try {
      deck = await planFile(path)
    }
    catch {
      return
    }
    const tree = (await parseFile(path)).tree
    const detected = deck.slides.flatMap(slide => slide.kind === 'content' ? slide.blocks : []).filter((block): block is DiagramBlock => block.type === 'diagram' && block.origin === 'detected' && ['BarCompare', 'StatGrid', 'Timeline'].includes(block.diagram.component))
    for (const block of detected) {
      expect(block.line, `${block.diagram.component} has its source line`).toBeDefined()
      const paragraph = squash(blockAt(tree, block.line!) ?? '')
      for (const claim of claims(block)) {
        expect(paragraph, `${block.diagram.component} on line ${block.line}: "${claim}"`).toContain(squash(claim))
        checked++
      }
    }
  })

  it('checked the charts of the default article and the fixtures (there are some)', () => {
    expect(checked).toBeGreaterThan(10)
  })
})
