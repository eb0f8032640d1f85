import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../scripts/parse'
import { planDeck } from '../../scripts/plan'

/** Each slide's id and title, in order. */
function ids(text: string): { id?: string, title?: string }[] {
  return planDeck(parseArticle({ path: 'a.md', text })).slides.map(slide => ({ id: slide.id, title: 'title' in slide ? slide.title : undefined }))
}

/** The id of the slide that shows a text (in its title or content). */
function idOf(text: string, shown: string): string | undefined {
  return planDeck(parseArticle({ path: 'a.md', text })).slides.find(slide => JSON.stringify(slide).includes(shown))?.id
}

const EN = `# Bread at home

Baking bread needs four things: flour, water, salt and yeast.

## Knead the dough

Knead for ten minutes until the dough is smooth. A dough that tears needs more time.

Let it rest under a cloth. The gluten relaxes while it rests.

## Bake it hot

Bake at a high heat for the crust. Steam in the first minutes lets the loaf rise.

## Summary

Time and heat make the loaf.
`

const ZH = `# 在家做面包

做面包只需要四样东西：面粉、水、盐和酵母。

## 揉面

揉面十分钟，直到面团光滑。面团一拉就断，说明还要再揉。

## 高温烘烤

高温烘烤才有好的外皮。开始几分钟的蒸汽让面包长高。
`

describe('slide ids: what each slide was made from, stable under edits elsewhere', () => {
  it('names a slide by the heading above it and its block, the deck\'s own slides by their kind', () => {
    const slides = ids(EN)
    expect(slides[0]!.id).toBe('cover')
    expect(slides[1]!.id).toBe('agenda')
    expect(slides.at(-1)!.id).toBe('closing')
    expect(idOf(EN, 'Bake at a high heat')).toBe('Bake it hot:1')
    expect(idOf(ZH, '高温烘烤才有好的外皮')).toBe('高温烘烤:1')
    expect(new Set(slides.map(slide => slide.id)).size).toBe(slides.length)
  })

  it('keeps every id when a sentence is added to another section, a section is added, or the slide\'s own paragraph is rewritten', () => {
    const before = ids(EN).map(slide => slide.id)
    const sentence = EN.replace('The gluten relaxes while it rests.', 'The gluten relaxes while it rests. An hour is enough.')
    expect(ids(sentence).map(slide => slide.id)).toEqual(before)
    const rewritten = EN.replace('Bake at a high heat for the crust.', 'Bake at 250 degrees, the highest heat your oven has, for a dark crust.')
    expect(idOf(rewritten, 'Bake at 250 degrees')).toBe('Bake it hot:1')
    const section = EN.replace('## Summary', '## Store it\n\nKeep the loaf in a paper bag. Plastic softens the crust.\n\n## Summary')
    const after = ids(section).map(slide => slide.id)
    expect(before.filter(id => !after.includes(id))).toEqual([])
    expect(after.filter(id => !before.includes(id)).every(id => id!.startsWith('Store it:'))).toBe(true)
    const zhSection = ZH.replace('## 高温烘烤', '## 发酵\n\n面团要发酵一小时。温度高时发得更快。\n\n## 高温烘烤')
    expect(idOf(zhSection, '高温烘烤才有好的外皮')).toBe('高温烘烤:1')
  })

  it('names a section folded for a talk of --minutes apart from its slides, which keep their names in the backup slides', () => {
    const text = ['# Gardens', 'Gardens feed a street.', ...['Land', 'Water', 'Soil', 'Seeds', 'Tools', 'People'].map(title => `## ${title}\n\n${[1, 2, 3].map(part => `The ${title.toLowerCase()} part ${part} says how gardeners plan it week by week. They write every decision in a shared notebook so that newcomers learn quickly.`).join('\n\n')}`)].join('\n\n')
    const whole = planDeck(parseArticle({ path: 'a.md', text })).slides
    const talk = planDeck(parseArticle({ path: 'a.md', text }), { minutes: 3 }).slides
    const folds = talk.filter(slide => slide.kind === 'content' && slide.folded)
    expect(folds.length).toBeGreaterThan(0)
    expect(folds.every(slide => slide.id?.startsWith('fold:'))).toBe(true)
    expect(new Set(talk.map(slide => slide.id)).size).toBe(talk.length)
    // Every slide of the whole deck is found under its own name in the talk or its backup slides.
    const named = new Set(talk.map(slide => slide.id))
    expect(whole.filter(slide => slide.kind === 'content').map(slide => slide.id).filter(id => !named.has(id))).toEqual([])
  })

  it('tells apart sections of the same name, and the slides of a split topic', () => {
    const twice = '# T\n\n## Example\n\nThe first example is short. It shows one idea.\n\n## Example\n\nThe second example is longer. It shows two ideas.\n'
    expect(idOf(twice, 'The first example')).toBe('Example:1')
    expect(idOf(twice, 'The second example')).toBe('Example~2:1')
    const long = `# T\n\n## Steps\n\n${Array.from({ length: 14 }, (_, index) => `${index + 1}. Step number ${index + 1} of the long procedure is done with care.`).join('\n')}\n`
    const steps = ids(long).filter(slide => slide.id?.startsWith('Steps:'))
    expect(steps.length).toBeGreaterThan(1)
    expect(steps.map(slide => slide.id)).toEqual(['Steps:1', ...steps.slice(1).map((_, index) => `Steps:1/${index + 2}`)])
  })
})
