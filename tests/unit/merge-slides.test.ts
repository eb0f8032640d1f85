import type { Generation } from '../../scripts/merge'
import { describe, expect, it } from 'vitest'
import { mergedDeck, mergeSlides, splitSlides } from '../../scripts/merge'
import { joinSlides } from '../../scripts/merge/split-slides'

/** One slide as the renderer writes it: front matter with its time and origin, a title, a point, notes. */
function slide(origin: string, title: string, point: string, seconds = 30): string {
  return `---\nlayout: "content"\nbudget:\n  seconds: ${seconds}\norigin: "${origin}"\n---\n\n# ${title}\n\n- ${point}\n\n<!--\nTime: ${seconds}s\n\n${point}.\n-->\n`
}

/** A generation of slides, each fingerprinted by its title and point (what the article gave it; not its time). */
function generation(slides: { origin: string, title: string, point: string, seconds?: number }[]): Generation {
  return {
    markdown: joinSlides(slides.map(entry => slide(entry.origin, entry.title, entry.point, entry.seconds))),
    fingerprints: Object.fromEntries(slides.map(entry => [entry.origin, `${entry.title}|${entry.point}`])),
  }
}

const BASE = [
  { origin: 'cover', title: 'Gardens', point: 'A talk' },
  { origin: 'Mulch:1', title: 'Mulch', point: 'Mulch keeps the soil warm' },
  { origin: 'Trees:1', title: 'Trees', point: 'Guards stop rabbits' },
  { origin: 'Water:1', title: 'Water', point: 'Water before the frost' },
]

function edit(markdown: string, origin: string, change: (text: string) => string): string {
  return joinSlides(splitSlides(markdown).map(chunk => (chunk.id === origin ? change(chunk.text) : chunk.text)))
}

describe('merging the speaker\'s slides.md with a new generation', () => {
  it('takes the new generation whole when the speaker changed nothing', () => {
    const base = generation(BASE)
    const next = generation(BASE.map(entry => ({ ...entry, seconds: 20 })))
    const merged = mergeSlides(base, base.markdown, next)
    expect(merged.markdown).toBe(next.markdown)
    expect(merged.conflicts).toEqual([])
  })

  it('keeps a changed slide\'s edit, and gives it the new time when the article left its content as it was', () => {
    const base = generation(BASE)
    const mine = edit(base.markdown, 'Trees:1', text => text.replace('# Trees', '# Young trees'))
    const next = generation(BASE.map(entry => ({ ...entry, seconds: 20 })))
    const merged = mergeSlides(base, mine, next)
    const trees = splitSlides(merged.markdown).find(chunk => chunk.id === 'Trees:1')!
    expect(trees.text).toBe(slide('Trees:1', 'Young trees', 'Guards stop rabbits', 20))
    expect(merged.conflicts).toEqual([])
    expect(merged.slides.filter(entry => entry.from === 'speaker')).toHaveLength(1)
  })

  it('keeps the speaker\'s slide byte for byte where the article changed it too, and offers the new version', () => {
    const base = generation(BASE)
    const mine = edit(base.markdown, 'Mulch:1', text => text.replace('# Mulch', '# Mulch is a blanket'))
    const changed = BASE.map(entry => (entry.origin === 'Mulch:1' ? { ...entry, point: 'Ten centimetres of mulch keep the soil warm', seconds: 40 } : entry))
    const next = generation(changed)
    const merged = mergeSlides(base, mine, next)
    expect(splitSlides(merged.markdown)[1]!.text).toBe(splitSlides(mine)[1]!.text)
    expect(merged.conflicts).toEqual([{ slide: 2, index: 1 }])
    expect(merged.newVersions).toContain('Ten centimetres of mulch')
    expect(merged.lines[1]).toBe(merged.markdown.split('\n').indexOf('origin: "Mulch:1"') - 3)
  })

  it('leaves a deleted slide deleted, even when the article changed it', () => {
    const base = generation(BASE)
    const mine = joinSlides(splitSlides(base.markdown).filter(chunk => chunk.id !== 'Water:1').map(chunk => chunk.text))
    const next = generation(BASE.map(entry => (entry.origin === 'Water:1' ? { ...entry, point: 'Water deeply in autumn' } : entry)))
    const merged = mergeSlides(base, mine, next)
    expect(splitSlides(merged.markdown).map(chunk => chunk.id)).toEqual(['cover', 'Mulch:1', 'Trees:1'])
    expect(merged.removed).toEqual(['Water:1'])
  })

  it('keeps an added slide after the slide it followed, with new slides of the article in their place', () => {
    const base = generation(BASE)
    const own = '---\n\n# My own slide\n\n- Ask the audience\n'
    const mine = joinSlides(splitSlides(base.markdown).flatMap(chunk => (chunk.id === 'Mulch:1' ? [chunk.text, own] : [chunk.text])))
    const next = generation([...BASE.slice(0, 2), { origin: 'Compost:1', title: 'Compost', point: 'Compost feeds the beds' }, ...BASE.slice(2)])
    const merged = mergeSlides(base, mine, next)
    const chunks = splitSlides(merged.markdown)
    expect(chunks.map(chunk => chunk.id ?? chunk.title)).toEqual(['cover', 'Mulch:1', 'My own slide', 'Compost:1', 'Trees:1', 'Water:1'])
    expect(chunks[2]!.text).toBe(own)
  })

  it('keeps a changed slide whose part of the article is gone where it was, and says so', () => {
    const base = generation(BASE)
    const mine = edit(base.markdown, 'Trees:1', text => text.replace('Guards stop rabbits', 'Wire guards stop rabbits'))
    const next = generation(BASE.filter(entry => entry.origin !== 'Trees:1'))
    const merged = mergeSlides(base, mine, next)
    expect(splitSlides(merged.markdown).map(chunk => chunk.id)).toEqual(['cover', 'Mulch:1', 'Trees:1', 'Water:1'])
    expect(merged.orphaned).toEqual([3])
  })

  it('drops an untouched slide whose part of the article is gone', () => {
    const base = generation(BASE)
    const next = generation(BASE.filter(entry => entry.origin !== 'Trees:1'))
    expect(splitSlides(mergeSlides(base, edit(base.markdown, 'Mulch:1', text => `${text}\n`), next).markdown).map(chunk => chunk.id)).toEqual(['cover', 'Mulch:1', 'Water:1'])
  })

  it('takes a copy of a slide, origin and all, as a slide the speaker added', () => {
    const base = generation(BASE)
    const chunks = splitSlides(base.markdown)
    const copy = chunks[2]!.text.replace('# Trees', '# Trees again')
    const mine = joinSlides([...chunks.map(chunk => chunk.text), copy])
    const merged = mergeSlides(base, mine, base)
    expect(merged.slides.at(-1)).toMatchObject({ from: 'speaker', change: 'added' })
    expect(splitSlides(merged.markdown).at(-1)!.text).toBe(copy)
  })

  it('splits a file into slides that join back into the same bytes, code fences holding --- included', () => {
    const text = `${slide('cover', 'A', 'b')}\n---\norigin: "x:1"\n---\n\n\`\`\`yaml\n---\nkey: 1\n---\n\`\`\`\n`
    const chunks = splitSlides(text)
    expect(chunks.map(chunk => chunk.id)).toEqual(['cover', 'x:1'])
    expect(joinSlides(chunks.map(chunk => chunk.text))).toBe(text)
  })
})

describe('the deck model of a merged slides.md', () => {
  it('takes the speaker\'s title and notes for their slides, with their line, and no key for the fit check', () => {
    const base = generation(BASE)
    const mine = edit(base.markdown, 'Trees:1', text => text.replace('# Trees', '# Young trees').replace('Guards stop rabbits.\n-->', 'Guards stop rabbits.\n\nAsk who has rabbits.\n-->'))
    const merged = mergeSlides(base, mine, base)
    const planned = BASE.map(entry => ({ kind: 'content' as const, title: entry.title, blocks: [], notes: [], key: entry.origin, id: entry.origin }))
    const deck = mergedDeck({ meta: { title: 'Gardens', lang: 'en', source: 'a.md' }, slides: planned, diagnostics: [] }, merged)
    const trees = deck.slides[2]!
    expect(trees).toMatchObject({ title: 'Young trees', speaker: { line: merged.lines[2], layout: 'content' } })
    expect((trees as { speaker: { content: string } }).speaker.content).toContain('# Young trees')
    expect(trees.key).toBeUndefined()
    expect(trees.notes.map(block => (block.type === 'paragraph' ? block.inlines.map(inline => ('value' in inline ? inline.value : '')).join('') : ''))).toEqual(['Time: 30s', 'Guards stop rabbits.', 'Ask who has rabbits.'])
    expect(deck.slides[1]).toBe(planned[1])
  })
})
