import type { Root } from 'mdast'
import type { Block, ContentSlide, Deck, Point } from '../../scripts/model/deck'
import { existsSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { visit } from 'unist-util-visit'
import { describe, expect, it } from 'vitest'
import { MESSAGES } from '../../scripts/model/messages'
import { MAX_POINTS } from '../../scripts/plan/budget'
import { inlineText, toInlines } from '../../scripts/plan/inlines'
import { namesHeading, opensWithNamedReferent } from '../../scripts/plan/named-referent'
import { pointFaults } from '../../scripts/plan/point-faults'
import { isBoldLabel } from '../../scripts/plan/to-units'
import { parseFile, planFile } from '../helpers/plan-file'
import { isWordSubsequence, strangeFigures } from '../helpers/point-fidelity'
import { ROOT } from '../helpers/run-cli'

const fixtures = join(ROOT, 'tests/fixtures')
/** The default article and every fixture's article (the two `corpus-` fixtures are real articles, copied unmodified). */
const articles = [
  join(ROOT, 'articles/why-chatgpt.md'),
  ...readdirSync(fixtures, { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .map(entry => join(fixtures, entry.name, 'input.md'))
    .filter(path => existsSync(path)),
]

/** Faults no point may have; a question is the article's own (a list of questions), not a fragment. */
const FRAGMENT_FAULTS = ['connective', 'pronoun', 'subordinate', 'example', 'filler', 'instruction', 'clipped', 'trailing-mark', 'dangling-end', 'unbalanced']

interface ShownPoint {
  text: string
  slide: ContentSlide
}

function itemTexts(items: readonly Point[]): string[] {
  return items.flatMap(item => [inlineText(item.inlines), ...itemTexts(item.children)])
}

function sourceTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'paragraph')
      return [inlineText(block.inlines)]
    if (block.type === 'points')
      return itemTexts(block.items)
    return block.type === 'quote' ? sourceTexts(block.blocks) : []
  })
}

function contentSlides(deck: Deck): ContentSlide[] {
  return deck.slides.filter((slide): slide is ContentSlide => slide.kind === 'content')
}

function pointsOf(slide: ContentSlide): string[] {
  return slide.blocks.flatMap(block => (block.type === 'points' ? itemTexts(block.items) : []))
}

function isTextOnly(slide: ContentSlide): boolean {
  return slide.blocks.every(block => block.type === 'points' || block.type === 'heading' || block.type === 'click')
}

/** The titles the article's structure gives: its headings, its bold labels that head what follows, its own title and the deck's words for an untitled part. */
function structureTitles(tree: Root, deck: Deck): Set<string> {
  const titles = new Set([deck.meta.title, MESSAGES[deck.meta.lang].intro, MESSAGES[deck.meta.lang].untitled, MESSAGES[deck.meta.lang].recap])
  visit(tree, (node) => {
    if (node.type === 'heading' || (node.type === 'paragraph' && isBoldLabel(toInlines(node.children))))
      titles.add(inlineText(toInlines(node.children)).replace(/\s+/g, ' ').trim())
  })
  return titles
}

describe.each(articles.map(path => [relative(ROOT, path), path]))('%s', async (_name, path) => {
  const parsed = await parseFile(path)
  const deck = await planFile(path, path.endsWith('why-chatgpt.md') ? ROOT : undefined)
  const lang = deck.meta.lang
  const slides = contentSlides(deck)
  const shown: ShownPoint[] = slides.flatMap(slide => pointsOf(slide).map(text => ({ text, slide })))

  it('shows points that read on their own: no leading connective, pronoun or example, no filler, nothing clipped or left hanging', () => {
    // A caption beside its code may name that code with a demonstrative ("This conflict can also be declared…").
    // So may the first point of a topic name what its heading, the slide's title, names ("这种提示风格…" under "零样本提示").
    const opensTopic = (point: ShownPoint) => (point.slide.part?.index ?? 1) === 1 && pointsOf(point.slide)[0] === point.text && namesHeading(point.text, lang)
    const names = (point: ShownPoint) => (point.slide.blocks.some(block => block.type === 'code') && opensWithNamedReferent(point.text, lang)) || opensTopic(point)
    // A sentence a formula completes ("…可以理解为：") captions that formula, its colon kept.
    const completed = (point: ShownPoint) => /[:：]$/.test(point.text) && point.slide.blocks.some(block => block.type === 'math' || block.type === 'diagram')
    const faulty = shown.map(point => ({ point: point.text, faults: pointFaults(point.text, lang).filter(fault => FRAGMENT_FAULTS.includes(fault) && !(fault === 'pronoun' && names(point)) && !((fault === 'trailing-mark' || fault === 'dangling-end') && completed(point))) })).filter(entry => entry.faults.length > 0)
    expect(faulty).toEqual([])
  })

  it('takes every word of a point from its paragraph, in order, with its figures and names as written', () => {
    for (const { text, slide } of shown) {
      const sources = sourceTexts(slide.notes)
      const source = sources.find(candidate => isWordSubsequence(text, candidate, lang))
      expect(source, `"${text}" on "${slide.title}" is not its paragraph's words in order`).toBeDefined()
      expect(strangeFigures(text, source!), `"${text}"`).toEqual([])
    }
  })

  it('titles every content slide with a heading of the article (without sections: with a whole claim of its own text): never code, alt text, a caption or a sentence cut to length', () => {
    const titles = structureTitles(parsed.tree, deck)
    const sectionless = !deck.slides.some(slide => slide.kind === 'section' || slide.kind === 'agenda')
    const claims = slides.filter(slide => !titles.has(slide.title))
    if (!sectionless)
      expect(claims.map(slide => slide.title)).toEqual([])
    for (const slide of claims) {
      expect(pointFaults(slide.title, lang), slide.title).toEqual([])
      expect(sourceTexts(slide.notes).some(source => isWordSubsequence(slide.title, source, lang)), `"${slide.title}" is not its slide's words in order`).toBe(true)
    }
  })

  it('packs a topic\'s points: no two neighbouring text slides of one topic that would fit on one, and at most one slide of one point where its neighbours had room', () => {
    const sameTopic = (a: ContentSlide, b: ContentSlide | undefined): b is ContentSlide => Boolean(a.part && b?.part && a.part.total === b.part.total && Math.abs(a.part.index - b.part.index) === 1)
    const avoidable: string[] = []
    slides.forEach((slide, index) => {
      const next = slides[index + 1]
      if (sameTopic(slide, next) && isTextOnly(slide) && isTextOnly(next))
        expect(pointsOf(slide).length + pointsOf(next).length, `"${slide.title}" and "${next.title}"`).toBeGreaterThan(MAX_POINTS)
      if (!isTextOnly(slide) || pointsOf(slide).length !== 1)
        return
      const neighbours = [slides[index - 1], next].filter(other => sameTopic(slide, other))
      if (neighbours.some(other => isTextOnly(other!) && pointsOf(other!).length < MAX_POINTS))
        avoidable.push(slide.title)
    })
    expect(avoidable.length, avoidable.join(', ')).toBeLessThanOrEqual(1)
  })
})
