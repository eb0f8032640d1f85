import type { Image, Link, Paragraph } from 'mdast'
import { describe, expect, it } from 'vitest'
import { deckOf, keptAll, parseText } from '../helpers/dialect-deck'

describe('reference-style images and links', () => {
  it('reads ![alt][ref] as the image its definition names, and [text][ref] and [ref] as links', () => {
    const { tree } = parseText('See the graph:\n\n![The control-flow graph][cfg]\n\nThe [Go compiler][go] builds it, as [the SSA paper] explains.\n\n[cfg]: ./cfg.svg "A graph"\n[go]: https://go.dev/src/cmd/compile/\n[the ssa paper]: https://example.org/ssa.pdf\n')
    const image = (tree.children[1] as Paragraph).children[0] as Image
    expect(image).toMatchObject({ type: 'image', url: './cfg.svg', alt: 'The control-flow graph', title: 'A graph' })
    const links = (tree.children[2] as Paragraph).children.filter((node): node is Link => node.type === 'link')
    expect(links.map(link => link.url)).toEqual(['https://go.dev/src/cmd/compile/', 'https://example.org/ssa.pdf'])
  })

  it('shows a Chinese article\'s reference image as a figure and keeps the link\'s address', () => {
    const { markdown, coverage } = deckOf('# 控制流图\n\n编译器在优化之前，先为每个函数构造一张控制流图。\n\n![控制流图][图1]\n\n详见[Go 编译器源码][源码]。\n\n[图1]: https://example.org/cfg.png\n[源码]: https://go.dev/src/cmd/compile/\n')
    expect(markdown).toMatch(/<ImagePlaceholder alt="控制流图" source="example\.org"|<img src="https:\/\/example\.org\/cfg\.png"/)
    expect(markdown).toContain('href="https://go.dev/src/cmd/compile/"')
    expect(markdown).not.toContain('[图1]')
    expect(keptAll(coverage)).toBe(true)
  })

  it('leaves a reference without a definition as the text it is', () => {
    const { tree } = parseText('As [PEP 625] says, and [x][nowhere].\n')
    expect((tree.children[0] as Paragraph).children).toEqual([expect.objectContaining({ type: 'text', value: 'As [PEP 625] says, and [x][nowhere].' })])
  })
})
