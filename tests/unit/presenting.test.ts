import { join } from 'node:path'
import { parse } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { parseCommonArgs } from '../../scripts/cli/parse-args'
import { parseArticle } from '../../scripts/parse'
import { planDeck } from '../../scripts/plan'
import { boldKeyPhrases } from '../../scripts/plan/bold-key-phrases'
import { planTiming, speakingSeconds } from '../../scripts/plan/plan-timing'
import { renderSlidev } from '../../scripts/render'
import { parseFile } from '../helpers/plan-file'
import { ROOT } from '../helpers/run-cli'

const ARTICLE = join(ROOT, 'articles/why-chatgpt.md')

describe('speakingSeconds', () => {
  it('reads 230 Chinese characters or 140 English words a minute', () => {
    expect(speakingSeconds('说'.repeat(230))).toBeCloseTo(60)
    expect(speakingSeconds(Array.from({ length: 140 }).fill('word').join(' '))).toBeCloseTo(60)
    expect(speakingSeconds(`${'说'.repeat(115)} ${Array.from({ length: 70 }).fill('GPT-3').join(' ')}`)).toBeCloseTo(60)
  })
})

describe('planTiming', () => {
  it('estimates the talk from the notes, in whole minutes, shared out by spoken text', async () => {
    const deck = planDeck(await parseFile(ARTICLE))
    const seconds = deck.slides.map(slide => slide.seconds!)
    expect(deck.meta.duration?.source).toBe('estimate')
    expect(deck.meta.duration!.seconds % 60).toBe(0)
    expect(seconds.reduce((a, b) => a + b, 0)).toBe(deck.meta.duration!.seconds)
    expect(deck.meta.duration!.seconds).toBeGreaterThan(10 * 60)
    const sections = deck.slides.filter(slide => slide.kind === 'section').map(slide => slide.seconds!)
    const longest = Math.max(...seconds)
    expect(Math.max(...sections)).toBeLessThan(longest / 2)
    expect(Math.min(...seconds)).toBeGreaterThanOrEqual(8)
  })

  it('scales every slide to the length asked for, adding up exactly', async () => {
    const parsed = await parseFile(ARTICLE)
    const estimated = planDeck(parsed)
    const deck = planDeck(parsed, { minutes: 45 })
    expect(deck.meta.duration).toEqual({ seconds: 2700, source: 'minutes' })
    expect(deck.slides.reduce((sum, slide) => sum + slide.seconds!, 0)).toBe(2700)
    const ratio = deck.slides[5]!.seconds! / estimated.slides[5]!.seconds!
    expect(ratio).toBeGreaterThan(1.5)
    expect(planTiming(deck, { minutes: 1 }).slides.reduce((sum, slide) => sum + slide.seconds!, 0)).toBe(60)
  })

  it('writes the length into the headmatter for the presenter timer, and each slide\'s time into its notes', async () => {
    const markdown = renderSlidev(planDeck(await parseFile(ARTICLE), { minutes: 30 }))
    const slides = (await parse(markdown, 'slides.md')).slides
    expect(slides[0]!.frontmatter).toMatchObject({ duration: '30min', timer: 'countdown' })
    expect(slides.every(slide => /^时间：本页 \d+:\d\d · 讲完本页时 \d+:\d\d \/ 30:00/.test(slide.note ?? ''))).toBe(true)
    expect(slides.at(-1)!.note).toMatch(/讲完本页时 30:00 \/ 30:00/)
  })
})

describe('click steps', () => {
  it('reveal the points of a slide unit by unit, with a notes marker for each step', async () => {
    const markdown = renderSlidev(planDeck(await parseFile(ARTICLE)))
    const slides = (await parse(markdown, 'slides.md')).slides
    let revealing = 0
    for (const slide of slides) {
      const steps = (slide.content.match(/<v-click>/g) ?? []).length
      const markers = (slide.note?.match(/^\[click\]$/gm) ?? []).length
      expect(markers, `slide ${slide.index + 1}`).toBe(steps)
      expect(steps === 0 || steps >= 2, `slide ${slide.index + 1}`).toBe(true)
      if (steps > 0) {
        revealing++
        expect(slide.content).not.toMatch(/<(?:Timeline|BarCompare|StatGrid|FlowChain|DerivationGraph|OrgStructure|TermCards|MindMap) (?![^>]*:whole="true")/)
      }
    }
    expect(revealing).toBeGreaterThan(5)
  })

  it('never lets the article\'s own text act as a click marker', () => {
    const parsed = parseArticle({ path: 'a.md', text: '# Talk\n\n## Part\n\nPress [click] to go on, or [click:3] to skip. A second sentence here.\n\nAnother paragraph with [CLICK] in it.\n' })
    const markdown = renderSlidev(planDeck(parsed))
    const notes = parse(markdown, 'slides.md') as unknown as Promise<{ slides: { note?: string }[] }>
    return notes.then(({ slides }) => {
      const all = slides.map(slide => slide.note ?? '').join('\n')
      const slidevMarkers = all.match(/\[click(?::(\d+))?\]/gi) ?? []
      expect(slidevMarkers).toEqual((all.match(/^\[click\]$/gm) ?? []))
      expect(all).toMatch(/Press .*click.* to go on/)
    })
  })
})

describe('boldKeyPhrases', () => {
  it('makes a point\'s words bold where the notes say them, and leaves the article\'s emphasis alone', () => {
    const notes = boldKeyPhrases([
      { type: 'paragraph', inlines: [{ type: 'text', value: '第一句。GPT-3 有 1750 亿参数，非常大。' }] },
      { type: 'paragraph', inlines: [{ type: 'strong', children: [{ type: 'text', value: '已经加粗的句子' }] }] },
    ], ['GPT-3 有 1750 亿参数…', '已经加粗的句子'])
    expect(notes[0]).toEqual({ type: 'paragraph', inlines: [
      { type: 'text', value: '第一句。' },
      { type: 'strong', children: [{ type: 'text', value: 'GPT-3 有 1750 亿参数' }] },
      { type: 'text', value: '，非常大。' },
    ] })
    expect(notes[1]).toEqual({ type: 'paragraph', inlines: [{ type: 'strong', children: [{ type: 'text', value: '已经加粗的句子' }] }] })
  })

  it('bolds key phrases in the notes of most content slides of the default deck', async () => {
    const deck = planDeck(await parseFile(ARTICLE))
    const content = deck.slides.filter(slide => slide.kind === 'content' && slide.blocks.some(block => block.type === 'points'))
    const bolded = content.filter(slide => JSON.stringify(slide.notes).includes('"strong"'))
    expect(bolded.length / content.length).toBeGreaterThan(0.6)
  })
})

describe('--minutes', () => {
  it('takes a positive number of minutes, and refuses anything else', () => {
    expect(parseCommonArgs(['--minutes', '25'], 'usage').minutes).toBe(25)
    expect(parseCommonArgs([], 'usage').minutes).toBeUndefined()
    expect(() => parseCommonArgs(['--minutes', 'soon'], 'usage')).toThrow(/--minutes takes the talk's length in minutes/)
    expect(() => parseCommonArgs(['--minutes', '0'], 'usage')).toThrow(/--minutes/)
  })
})
