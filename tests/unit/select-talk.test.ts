import type { Deck } from '../../scripts/model/deck'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../scripts/parse'
import { planDeck } from '../../scripts/plan'
import { deckOutline } from '../../scripts/plan/deck-outline'
import { MAX_FOLDED_POINTS } from '../../scripts/plan/fold-section'
import { slideSeconds } from '../../scripts/plan/plan-timing'
import { TALK_FEATURES } from '../../scripts/plan/talk-features'
import TALK_WEIGHTS from '../../scripts/plan/talk-weights.json'
import { renderScript, renderSlidev } from '../../scripts/render'
import { checkCoverage } from '../../scripts/verify/check-coverage'
import { ROOT } from '../helpers/run-cli'

/** An English article of eight sections, each of three paragraphs of its own words. */
const EN = `# Running a community garden\n\nA community garden feeds a street and brings its people together. This talk covers how one runs.\n\n${[
  'Finding land',
  'Sharing the water',
  'Choosing what to plant',
  'Keeping the soil alive',
  'Sharing the work',
  'Dealing with pests',
  'Harvest and sharing',
  'Paying the bills',
].map((title, index) => `## ${title}\n\n${[1, 2, 3].map(paragraph => `The ${title.toLowerCase()} part ${paragraph} of section ${index + 1} says how gardeners plan it week by week. They write every decision in a shared notebook so that newcomers learn quickly. After a season the notebook holds the garden's whole history of ${title.toLowerCase()}.`).join('\n\n')}`).join('\n\n')}\n\n## Summary\n\nA garden runs on land, water, soil and the people who share the work.\n`

const ZH = readFileSync(join(ROOT, 'articles/why-chatgpt.md'), 'utf8')

function plan(text: string, minutes?: number): Deck {
  return planDeck(parseArticle({ path: 'a.md', text }), { minutes })
}

/** Minutes the talk's slides take to say (backup slides not counted). */
function talkMinutes(deck: Deck): number {
  return deck.slides.filter(slide => !slide.backup).reduce((sum, slide) => sum + slideSeconds(slide, deck.meta.lang), 0) / 60
}

describe('a talk of --minutes N', () => {
  it.each([['English', EN, 5], ['Chinese', ZH, 10]] as const)('%s: the talk\'s slides take N minutes to say (within 10%), the rest are backup slides after the closing slide', (_, text, minutes) => {
    const whole = plan(text)
    expect(talkMinutes(whole)).toBeGreaterThan(minutes * 1.3)
    const deck = plan(text, minutes)
    expect(Math.abs(talkMinutes(deck) - minutes) / minutes).toBeLessThanOrEqual(0.1)
    const closing = deck.slides.findIndex(slide => slide.kind === 'closing')
    expect(deck.slides.slice(closing + 1).length).toBeGreaterThan(0)
    expect(deck.slides.slice(closing + 1).every(slide => slide.backup)).toBe(true)
    expect(deck.slides.slice(0, closing + 1).some(slide => slide.backup)).toBe(false)
    expect(deck.slides.filter(slide => !slide.backup).reduce((sum, slide) => sum + (slide.seconds ?? 0), 0)).toBe(minutes * 60)
    expect(deck.slides.filter(slide => slide.backup).every(slide => slide.seconds === undefined)).toBe(true)
    expect(deck.meta.duration).toEqual({ seconds: minutes * 60, source: 'minutes' })
  })

  it('keeps every sentence: in the talk or in the backup slides', () => {
    const deck = plan(EN, 4)
    const coverage = checkCoverage(parseArticle({ path: 'a.md', text: EN }).tree, renderSlidev(deck), 'en')
    expect(coverage.sentences.missing).toEqual([])
  })

  it('lists and numbers only the talk\'s sections; a backup slide names its section after the backup mark', () => {
    const deck = plan(EN, 2)
    const agenda = deck.slides.find(slide => slide.kind === 'agenda')
    const items = agenda?.kind === 'agenda' ? agenda.items : []
    const talk = deck.slides.filter(slide => !slide.backup)
    const numbers = talk.flatMap(slide => (slide.kind === 'content' || slide.kind === 'statement') && slide.sectionNumber ? [slide.sectionNumber] : [])
    expect(items.length).toBeGreaterThan(1)
    expect(items.length).toBeLessThan(9)
    expect(new Set(numbers.map(number => number.index))).toEqual(new Set(items.map((_, index) => index + 1)))
    expect(numbers.every(number => number.total === items.length)).toBe(true)
    expect(items.every(item => talk.some(slide => slide.kind === 'content' && (slide.section ?? slide.title) === item))).toBe(true)
    const backup = deck.slides.filter(slide => slide.backup)
    expect(backup.every(slide => slide.kind !== 'content' || slide.section?.startsWith('Backup · '))).toBe(true)
    expect(deckOutline(deck).at(-1)).toMatchObject({ title: 'Backup', slide: deck.slides.indexOf(backup[0]!) })
    const script = renderScript(deck)
    expect(script.indexOf('\n# Backup\n')).toBeGreaterThan(script.indexOf('. Thank you'))
    expect(script.indexOf('\n# Backup\n')).toBeLessThan(script.indexOf(`## ${deck.slides.indexOf(backup[0]!) + 1}. `))
  })

  it('keeps a divider only over two or more of its section\'s slides, and numbers a topic\'s parts among the slides kept together', () => {
    const deck = plan(ZH, 10)
    const talk = deck.slides.filter(slide => !slide.backup)
    for (const divider of talk.filter(slide => slide.kind === 'section' && !slide.lead))
      expect(talk.filter(slide => (slide.kind === 'content' || slide.kind === 'statement') && slide.sectionNumber?.index === (divider.kind === 'section' ? divider.index : -1)).length).toBeGreaterThanOrEqual(2)
    expect(talk.filter(slide => slide.kind === 'section').length).toBeLessThan(plan(ZH).slides.filter(slide => slide.kind === 'section').length)
    for (const part of [talk, deck.slides.filter(slide => slide.backup)]) {
      part.forEach((slide, index) => {
        if (slide.kind !== 'content' || !slide.part)
          return
        const before = part[index - slide.part.index + 1]
        expect(before?.kind === 'content' && before.title === slide.title && before.part?.index === 1).toBe(true)
        expect(slide.part.total).toBeGreaterThan(1)
      })
    }
    const notes = JSON.stringify(deck.slides.map(slide => slide.notes))
    for (const section of plan(ZH).slides.filter(slide => slide.kind === 'section'))
      expect(notes).toContain(JSON.stringify(section.notes[0]))
  })

  it.each([5, 8, 10, 12, 15])('numbers every talk slide among the sections the agenda lists (Chinese, %i minutes), also when a section\'s divider with its lead was not chosen', (minutes) => {
    const deck = plan(ZH, minutes)
    const agenda = deck.slides.find(slide => slide.kind === 'agenda')
    const count = agenda?.kind === 'agenda' ? agenda.items.length : 0
    for (const slide of deck.slides.filter(candidate => !candidate.backup)) {
      const number = slide.kind === 'section' ? { index: slide.index, total: slide.total } : (slide.kind === 'content' || slide.kind === 'statement') ? slide.sectionNumber : undefined
      if (number)
        expect(number, 'title' in slide ? slide.title : slide.kind).toEqual({ index: expect.any(Number), total: count })
      if (number)
        expect(number.index).toBeGreaterThanOrEqual(1)
    }
  })

  it('folds a section whose slides do not fit into one slide of their opening points, under its title, and says where its slides went', () => {
    const whole = plan(EN)
    const deck = plan(EN, 4)
    const agenda = deck.slides.find(slide => slide.kind === 'agenda')
    expect(agenda?.kind === 'agenda' ? agenda.items.length : 0).toBe(9)
    const folds = deck.slides.filter(slide => !slide.backup && slide.notes.some(block => JSON.stringify(block).includes('in the backup slides')))
    expect(folds.length).toBeGreaterThan(1)
    for (const fold of folds) {
      expect(fold.kind).toBe('content')
      const title = fold.kind === 'content' ? fold.title : ''
      const points = fold.kind === 'content' && fold.blocks[0]?.type === 'points' ? fold.blocks[0].items : []
      expect(points.length).toBeGreaterThanOrEqual(1)
      expect(points.length).toBeLessThanOrEqual(MAX_FOLDED_POINTS)
      // Each point is the opening point of one of the section's slides, and those slides are all backup slides.
      const own = whole.slides.filter(slide => slide.kind === 'content' && (slide.section ?? slide.title) === title)
      const leads = whole.slides.flatMap(slide => (slide.kind === 'section' && slide.title === title && slide.lead ? [{ inlines: slide.lead[0], children: [] }] : []))
      // In the deck's order: the divider's lead, then each slide's first point.
      const openings = [...leads.map(lead => lead.inlines), ...own.map(slide => (slide.kind === 'content' && slide.blocks[0]?.type === 'points' ? slide.blocks[0].items[0]?.inlines : undefined))]
      for (const point of points)
        expect(openings, title).toContainEqual(point.inlines)
      // The section's own opening comes first.
      expect(points[0]!.inlines).toEqual(openings.find(opening => opening !== undefined))
      expect(deck.slides.filter(slide => slide.backup && slide.kind === 'content' && slide.section === `Backup · ${title}`)).toHaveLength(own.length)
    }
  })

  it.each([5, 8, 10, 15])('keeps a later part of a split topic only with the topic\'s first part, which sets it up (Chinese, %i minutes)', (minutes) => {
    const whole = plan(ZH).slides
    const firstPart = new Map<string, string>()
    let first: string | undefined
    for (const slide of whole) {
      if (slide.kind === 'content' && slide.part?.index === 1)
        first = slide.id
      else if (slide.kind === 'content' && slide.part && first)
        firstPart.set(slide.id!, first)
    }
    expect(firstPart.size).toBeGreaterThan(2)
    const talk = new Set(plan(ZH, minutes).slides.filter(slide => !slide.backup).map(slide => slide.id))
    const later = [...firstPart].filter(([id]) => talk.has(id))
    expect(later.filter(([, opening]) => !talk.has(opening))).toEqual([])
  })

  it('never starts a numbered sequence of topics in its middle: step N comes with step N-1, step 1 with the topic that introduces the steps', () => {
    const steps = ['Planning the beds', ...[1, 2, 3, 4, 5].map(step => `Step ${step} - ${['digging', 'composting', 'sowing', 'watering', 'weeding'][step - 1]}`)]
    const words = (title: string, paragraph: number) => `The ${title.toLowerCase()} part ${paragraph} matters ${paragraph === 1 ? 'most, as 3 of 4 gardeners said in 2023' : 'too'}; gardeners plan it week by week and write each decision in a shared notebook so that newcomers learn quickly.`
    const text = `# Building a garden\n\nA garden is built in steps.\n\n## Building the beds\n\n${steps.map(title => `### ${title}\n\n${[1, 2, 3, 4].map(paragraph => words(title, paragraph)).join('\n\n')}`).join('\n\n')}\n\n## Summary\n\nBeds are built in five steps.\n`
    for (const minutes of [2, 3, 4]) {
      const talk = new Set(plan(text, minutes).slides.filter(slide => !slide.backup && slide.kind === 'content').map(slide => (slide.kind === 'content' ? slide.title : '')))
      expect(talk.size, `${minutes} minutes`).toBeGreaterThan(1)
      steps.slice(1).forEach((title, index) => {
        if (talk.has(title))
          expect(talk.has(steps[index]!), `${minutes} minutes: ${title} without ${steps[index]}`).toBe(true)
      })
    }
  })

  it('keeps the article\'s conclusion in the talk, even when most sections are left out', () => {
    for (const minutes of [2, 4]) {
      const talk = plan(EN, minutes).slides.filter(slide => !slide.backup)
      expect(talk.some(slide => slide.kind === 'content' && slide.variant === 'summary')).toBe(true)
    }
  })

  it('keeps a deck that already fits whole, and a deck without --minutes has no backup slides', () => {
    expect(plan(EN, 60).slides.some(slide => slide.backup)).toBe(false)
    expect(plan(ZH).slides.some(slide => slide.backup)).toBe(false)
  })

  it('scores slides with weights fitted for exactly the model\'s features, none against what the authors\' slides show as pictures', () => {
    expect(Object.keys(TALK_WEIGHTS.weights).sort()).toEqual([...TALK_FEATURES].sort())
    expect(TALK_WEIGHTS.slides).toBeGreaterThan(0)
    expect(Math.min(TALK_WEIGHTS.weights.numbers, TALK_WEIGHTS.weights.figure, TALK_WEIGHTS.weights.code)).toBeGreaterThanOrEqual(0)
  })
})
