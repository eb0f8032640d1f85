import { describe, expect, it } from 'vitest'
import { fitsMindMapNode } from '../../../diagrams/mind-map-labels'
import { parseMarkdown } from '../../../scripts/parse/parse-markdown'
import { buildMindMap } from '../../../scripts/plan/diagrams/build-mind-map'
import { splitSections } from '../../../scripts/plan/split-sections'

describe('buildMindMap', () => {
  it('draws the outline: the title in the middle, sections as branches, subsections as leaves', () => {
    const { sections } = splitSections(parseMarkdown('# T\n\n## 技术突破：强势整合\n\n### 自回归\n\n### 对齐\n\n## 数据\n\ntext\n'))
    expect(buildMindMap('标题', sections)).toEqual({ root: { label: '标题', children: [{ label: '技术突破', children: [{ label: '自回归' }, { label: '对齐' }] }, { label: '数据' }] } })
  })
  it('draws the sections alone when their subsections would take more rows than a slide shows legibly', () => {
    const chapter = (parts: number, subsections: number) => `# T\n\n${Array.from({ length: parts }, (_, part) => `## Part ${part + 1}\n\n${Array.from({ length: subsections }, (_, sub) => `### Topic ${part + 1}.${sub + 1}\n\ntext\n`).join('\n')}`).join('\n')}`
    const map = (parts: number, subsections: number) => buildMindMap('Title', splitSections(parseMarkdown(chapter(parts, subsections))).sections).root!
    expect(map(3, 4).children!.map(branch => branch.children?.length), 'twelve rows: every leaf').toEqual([4, 4, 4])
    expect(map(5, 4).children!.map(branch => branch.children?.length), 'twenty rows: the branches alone').toEqual([undefined, undefined, undefined, undefined, undefined])
    expect(map(5, 4).children!.map(branch => branch.label)).toEqual(['Part 1', 'Part 2', 'Part 3', 'Part 4', 'Part 5'])
  })
})

describe('mind map labels', () => {
  it('keeps a long heading whole on two lines, and cuts only one too long even without its subtitle', () => {
    const { sections } = splitSections(parseMarkdown('# T\n\n## Illustrating the problem through a scenario\n\ntext\n\n## Integrating function calls into an application\n\ntext\n\n## A heading so very long that no node of any mind map could ever hold it on two lines\n\ntext\n'))
    const labels = buildMindMap('Title', sections).root!.children!.map(branch => branch.label)
    expect(labels.slice(0, 2)).toEqual(['Illustrating the problem through a scenario', 'Integrating function calls into an application'])
    expect(labels[2]).toMatch(/^A heading so very long.*…$/)
    expect(labels.every(label => fitsMindMapNode(label, 1))).toBe(true)
  })

  it('counts a two-line label as more than a row, so a dense map draws its branches alone', () => {
    const chapter = (sub: string) => `# T\n\n${[1, 2, 3].map(part => `## Part ${part}\n\n${[1, 2, 3, 4].map(n => `### ${n === 4 && part === 3 ? sub : `Topic ${n}`}\n\ntext\n`).join('\n')}`).join('\n')}`
    const map = (sub: string) => buildMindMap('Title', splitSections(parseMarkdown(chapter(sub))).sections).root!
    expect(map('Topic 4').children!.every(branch => branch.children?.length === 4), 'twelve one-line rows: every leaf').toBe(true)
    expect(map('Deploying single-board computers in professional IoT installations').children!.every(branch => branch.children === undefined), 'a leaf on two lines: over twelve rows').toBe(true)
  })
})

describe('a branch of many subsections', () => {
  it('shows none of them rather than the first few as if they were all', () => {
    const { sections } = splitSections(parseMarkdown(`# T\n\n## Techniques\n\n${Array.from({ length: 7 }, (_, n) => `### Technique ${n + 1}\n\ntext\n`).join('\n')}\n## Practice\n\n### Drill\n\ntext\n`))
    const branches = buildMindMap('Title', sections).root!.children!
    expect(branches.map(branch => branch.children?.map(leaf => leaf.label))).toEqual([undefined, ['Drill']])
  })
})
