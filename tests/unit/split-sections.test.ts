import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../scripts/parse/parse-markdown'
import { splitSections } from '../../scripts/plan/split-sections'

const outline = (markdown: string) => splitSections(parseMarkdown(markdown))
const titles = (markdown: string) => outline(markdown).sections.map(section => [section.titleText, section.subsections.map(sub => sub.titleText)])

describe('splitSections', () => {
  it('takes a lone leading H1 as the title and H2s as sections, H3s as subsections', () => {
    const result = outline('# Title\n\nIntro.\n\n## A\n\na\n\n### A1\n\na1\n\n## B\n\nb\n')
    expect(result.title?.text).toBe('Title')
    expect(result.intro.map(node => node.type)).toEqual(['paragraph'])
    expect(titles('# Title\n\n## A\n\n### A1\n\n## B\n')).toEqual([['A', ['A1']], ['B', []]])
  })

  it('uses H1s as sections when there are several', () => {
    const result = outline('# One\n\ntext\n\n# Two\n\ntext\n')
    expect(result.title).toBeUndefined()
    expect(result.sections.map(section => section.titleText)).toEqual(['One', 'Two'])
  })

  it('keeps content before the first section as the intro, whatever heading it has', () => {
    const result = outline('#### Aside\n\ncontext\n\n## Real\n\nbody\n\n#### Detail\n\nmore\n')
    expect(result.intro.map(node => node.type)).toEqual(['heading', 'paragraph'])
    expect(titles('#### Aside\n\ncontext\n\n## Real\n\nbody\n\n#### Detail\n\nmore\n')).toEqual([['Real', ['Detail']]])
  })

  it('returns only an intro when the article has no headings', () => {
    const result = outline('Just text.\n\nMore text.\n')
    expect(result.sections).toEqual([])
    expect(result.intro).toHaveLength(2)
  })

  it('records the line of each section heading', () => {
    expect(outline('intro\n\n## A\n\ntext\n').sections[0]?.line).toBe(3)
  })
})
