// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { paragraphOf } from '../../../scripts/export/pptx/collect/paragraphs'
import { linePieces } from '../../../scripts/export/pptx/collect/text-lines'
import { layOutTextInEachTest, slideWith } from './helpers'

layOutTextInEachTest(5, 10)

describe('a text node\'s pieces', () => {
  it('is one piece on one line, with its box', () => {
    const { root } = slideWith('<p>abc</p>')
    const pieces = linePieces(root.querySelector('p')!.firstChild as Text)
    expect(pieces.map(piece => [piece.text, piece.rect.width, piece.rect.height])).toEqual([['abc', 30, 20]])
  })

  it('is split where the browser broke its lines, a character at a time', () => {
    const { root } = slideWith('<p>abcdefgh</p>')
    const pieces = linePieces(root.querySelector('p')!.firstChild as Text)
    expect(pieces.map(piece => [piece.text, piece.rect.top, piece.rect.width])).toEqual([['abcde', 0, 50], ['fgh', 20, 30]])
  })
})

describe('a paragraph', () => {
  it('gives each run its line, its font and its link, and marks a line break', () => {
    const { slide, root } = slideWith('<p>abc <a href="https://example.org/">de</a><br>fgh</p>')
    const paragraph = paragraphOf(slide, root.querySelector('p')!, 0, [])
    expect(paragraph.runs.map(run => run.text)).toEqual(['abc ', 'de', 'fgh'])
    expect(paragraph.runs[1]!.href).toBe('https://example.org/')
    expect(paragraph.runs[1]!.breakAfter).toBe(true)
    expect(paragraph.tag).toBe('p')
    expect(paragraph.level).toBe(0)
  })

  it('puts runs that overlap in height on one line, and the next below on a new one', () => {
    const { slide, root } = slideWith('<p>abcdefgh</p>')
    const paragraph = paragraphOf(slide, root.querySelector('p')!, 1, [])
    expect(paragraph.lines.map(line => [line.top, line.bottom])).toEqual([[0, 20], [20, 40]])
    expect(paragraph.runs.map(run => run.line)).toEqual([0, 1])
  })
})
