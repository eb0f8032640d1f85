import type { DiagramBlock } from '../../scripts/model/deck'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../scripts/parse'
import { parseSidecar } from '../../scripts/parse/parse-sidecar'
import { planDeck } from '../../scripts/plan'

function diagramsOf(markdown: string, sidecarText?: string) {
  const sidecar = sidecarText ? parseSidecar(sidecarText, 'a.deck.yaml') : undefined
  const article = parseArticle({ path: 'a.md', text: markdown }, sidecar?.sidecar)
  const deck = planDeck(article)
  const placed = deck.slides.flatMap(slide => (slide.kind === 'content' ? slide.blocks.filter((block): block is DiagramBlock => block.type === 'diagram').map(block => ({ title: slide.title.replace(/ \(cont\.\)$/, ''), block })) : []))
  return { deck, placed, diagnostics: [...(sidecar?.diagnostics ?? []), ...article.diagnostics, ...deck.diagnostics] }
}

const ARTICLE = `# Talk

## Growth

It grew fast.

![growth chart](https://example.com/growth.png)

Then it grew faster.

## Structure

The company has two parts.

It is funded by an investor.
`

describe('sidecar diagrams', () => {
  it('replace an image, or go under a heading after the named paragraph', () => {
    const { placed, diagnostics } = diagramsOf(ARTICLE, `diagrams:
  - replace: https://example.com/growth.png
    component: BarCompare
    props: { items: [{ label: A, value: 1 }, { label: B, value: 2 }] }
  - section: Structure
    after: two parts
    component: OrgStructure
    props:
      entities: [{ id: p, label: Parent }, { id: c, label: Child }]
      relations: [{ from: p, to: c, label: controls }]
`)
    expect(diagnostics).toEqual([])
    expect(placed.map(({ title, block }) => [title, block.diagram.component, block.origin])).toEqual([['Growth', 'BarCompare', 'author'], ['Structure', 'OrgStructure', 'author']])
  })

  it('reports mistakes with the file, the line and the field, and leaves those diagrams out', () => {
    const { placed, diagnostics } = diagramsOf(ARTICLE, `diagrams:
  - replace: https://example.com/growth.png
    component: Timeline
    props:
      events:
        - { date: March 2023, label: a }
        - { date: 2023-04, label: b }
  - section: Structure
    component: Piechart
    props: {}
  - section: Nowhere
    component: StatGrid
    props: { stats: [{ value: '1', label: one }] }
  - replace: https://example.com/other.png
    component: StatGrid
    props: { stats: [{ value: '1', label: one }] }
  - component: StatGrid
    props: { stats: [] }
`)
    expect(placed).toEqual([])
    expect(diagnostics.map(d => `${d.file}:${d.line}: ${d.message}`)).toEqual([
      'a.deck.yaml:6: field "diagrams[0].props.events[0].date": a date is YYYY, YYYY-MM or YYYY-MM-DD; this diagram is ignored',
      expect.stringMatching(/^a\.deck\.yaml:9: field "diagrams\[1\]\.component": Invalid option/),
      'a.deck.yaml:17: field "diagrams[4]": give either "replace" (an image to replace) or "section" (a heading to place the diagram under); this diagram is ignored',
      'a.deck.yaml:18: field "diagrams[4].props.stats": Too small: expected array to have >=1 items; this diagram is ignored',
      'a.deck.yaml:11: the StatGrid diagram goes under "Nowhere", a heading the article does not have; it is not shown',
      'a.deck.yaml:14: the StatGrid diagram replaces image "https://example.com/other.png", which the article does not have; it is not shown',
    ])
  })

  it('checks that graph edges name existing nodes', () => {
    const { diagnostics } = diagramsOf(ARTICLE, `diagrams:
  - section: Growth
    component: DerivationGraph
    props:
      nodes: [{ id: a, label: A }, { id: b, label: B }]
      edges: [{ from: a, to: c }]
`)
    expect(diagnostics.map(d => `${d.line}: ${d.message}`)).toEqual(['6: field "diagrams[0].props.edges[0].to": "c" is not the id of any node; this diagram is ignored'])
  })
})

describe('diagram blocks in the article', () => {
  it('draw a diagram where they stand, and are not shown as code', () => {
    const { placed, deck } = diagramsOf('# T\n\nBefore.\n\n```deck-diagram\ncomponent: FlowChain\nprops:\n  steps: [{ label: Plan }, { label: Build }, { label: Ship }]\n```\n\nAfter.\n')
    expect(placed.map(({ block }) => block.diagram)).toEqual([{ component: 'FlowChain', props: { steps: [{ label: 'Plan' }, { label: 'Build' }, { label: 'Ship' }] } }])
    expect(JSON.stringify(deck.slides)).not.toContain('component: FlowChain')
  })

  it('report a wrong block with the article\'s line and field', () => {
    const { placed, diagnostics } = diagramsOf('# T\n\nBefore.\n\n```deck-diagram\ncomponent: FlowChain\nprops:\n  steps: [{ label: Only one }]\n```\n')
    expect(placed).toEqual([])
    expect(diagnostics.map(d => `${d.file}:${d.line}: ${d.message}`)).toEqual(['a.md:8: diagram block field "props.steps": Too small: expected array to have >=2 items; the diagram is not shown'])
  })
})

describe('detected diagrams', () => {
  it('never replace the paragraph: its text stays in the notes', () => {
    const { deck } = diagramsOf('# T\n\n## Costs\n\nGPT-3使用了大约45TB的文本数据，一次训练费用近460万美元，参数规模达到1750亿。\n')
    const slide = deck.slides.find(candidate => candidate.kind === 'content' && candidate.blocks.some(block => block.type === 'diagram'))
    expect(slide?.kind === 'content' && slide.blocks.map(block => block.type)).toEqual(['points', 'diagram'])
    expect(JSON.stringify(slide?.notes)).toContain('一次训练费用近460万美元')
  })

  it('skip a component the author already placed in that part', () => {
    const markdown = '# T\n\n## Costs\n\nGPT-3使用了大约45TB的文本数据，一次训练费用近460万美元，参数规模达到1750亿。\n'
    const { placed } = diagramsOf(markdown, 'diagrams:\n  - section: Costs\n    component: StatGrid\n    props: { stats: [{ value: 45TB, label: data }] }\n')
    expect(placed.map(({ block }) => block.origin)).toEqual(['author'])
  })

  it('draw the outline as a mind map on the summary, in place of its picture', () => {
    const { placed } = diagramsOf('# T\n\n## One\n\nText.\n\n## Two\n\nText.\n\n## Summary\n\nAll of it.\n\n![map](https://example.com/map.png)\n')
    expect(placed.map(({ title, block }) => [title, block.diagram.component])).toEqual([['Summary', 'MindMap']])
    expect(placed[0]!.block.diagram.props).toEqual({ root: { label: 'T', children: [{ label: 'One' }, { label: 'Two' }] } })
  })
})
