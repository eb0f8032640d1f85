import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../../scripts/parse/parse-markdown'
import { buildMindMap } from '../../../scripts/plan/diagrams/build-mind-map'
import { splitSections } from '../../../scripts/plan/split-sections'

describe('buildMindMap', () => {
  it('draws the outline: the title in the middle, sections as branches, subsections as leaves', () => {
    const { sections } = splitSections(parseMarkdown('# T\n\n## 技术突破：强势整合\n\n### 自回归\n\n### 对齐\n\n## 数据\n\ntext\n'))
    expect(buildMindMap('标题', sections)).toEqual({ root: { label: '标题', children: [{ label: '技术突破', children: [{ label: '自回归' }, { label: '对齐' }] }, { label: '数据' }] } })
  })
})
