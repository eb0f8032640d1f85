import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../scripts/parse'
import { planDeck } from '../../scripts/plan'
import { inlineText } from '../../scripts/plan/inlines'

function plan(intro: string): ReturnType<typeof planDeck> {
  const text = `# Talk\n\n## Part one\n\n${intro}\n\n### Details\n\nThe details come here, with enough words to make a point. Another sentence follows.\n\n## Part two\n\nSecond part text that says something. It has two sentences.\n`
  return planDeck(parseArticle({ path: 'talk.md', text }))
}

describe('a section\'s short opening', () => {
  it('goes on the divider, with its notes, instead of a slide with one point', () => {
    const deck = plan('Small steps win over big rewrites every time.')
    const divider = deck.slides.find(slide => slide.kind === 'section' && slide.title === 'Part one')
    expect(divider?.kind).toBe('section')
    const lead = divider?.kind === 'section' ? divider.lead ?? [] : []
    expect(lead.map(inlineText)).toHaveLength(1)
    expect(inlineText(lead[0]!)).toMatch(/Small steps win over big rewrites/)
    const notes = divider!.notes.map(block => block.type === 'paragraph' ? inlineText(block.inlines) : '').join('\n')
    expect(notes).toContain('Small steps win over big rewrites every time.')
    expect(deck.slides.some(slide => slide.kind === 'content' && slide.title === 'Part one')).toBe(false)
  })

  it('stays on a slide of its own when it has more to show', () => {
    const deck = plan('First paragraph of the opening, long enough to be a point.\n\nSecond paragraph, also a point of its own.\n\nThird paragraph makes three points on the slide.')
    const divider = deck.slides.find(slide => slide.kind === 'section' && slide.title === 'Part one')
    expect(divider?.kind === 'section' && divider.lead).toBeFalsy()
    expect(deck.slides.some(slide => slide.kind === 'content' && slide.title === 'Part one')).toBe(true)
  })
})

describe('a lone bold point', () => {
  const list = Array.from({ length: 6 }, (_, i) => `- Step ${i + 1} of the plan says what to do next`).join('\n')
  const deckOf = (closing: string) => planDeck(parseArticle({ path: 'talk.md', text: `# Talk\n\n## Practice\n\n${list}\n\n${closing}\n\n## Next\n\nThe next part says something else entirely. It has two sentences.\n` }))

  it('is shown as a statement when the article made it bold and no slide beside it has room', () => {
    const deck = deckOf('In short, **careful engineering wins the race for users**.')
    const statement = deck.slides.find(slide => slide.kind === 'statement')
    expect(statement?.kind === 'statement' && inlineText(statement.text)).toMatch(/careful engineering wins the race/)
    const summary = deck.slides.filter(slide => slide.kind === 'content' && slide.title === 'Practice')
    expect(summary.map(slide => slide.kind === 'content' && slide.part), 'the statement is not counted as a part').toEqual([undefined])
  })

  it('stays a point when it is not bold', () => {
    const deck = deckOf('In short, careful engineering wins the race for users.')
    expect(deck.slides.some(slide => slide.kind === 'statement')).toBe(false)
  })
})
