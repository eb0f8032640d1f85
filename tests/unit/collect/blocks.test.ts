// @vitest-environment happy-dom
import type { IrBox, IrItem, IrParagraph } from '../../../scripts/export/pptx/ir'
import { describe, expect, it } from 'vitest'
import { boxOf } from '../../../scripts/export/pptx/collect/boxes'
import { imageOf } from '../../../scripts/export/pptx/collect/images'
import { listParagraphs } from '../../../scripts/export/pptx/collect/lists'
import { tableOf } from '../../../scripts/export/pptx/collect/tables'
import { layOutTextInEachTest, slideWith } from './helpers'

layOutTextInEachTest()

describe('a painted box', () => {
  it('is read when its background or a border paints, with its fill and borders; not when nothing paints', () => {
    const { slide, root } = slideWith('<div id="a" style="background-color: rgb(230, 237, 245); border-left: 4px solid rgb(217, 119, 6)">x</div><div id="b">y</div>')
    const box = (id: string) => boxOf(slide, root.querySelector(`#${id}`)!, getComputedStyle(root.querySelector(`#${id}`)!))
    expect(box('a')).toMatchObject({ kind: 'box', tag: 'div', fill: 'rgb(230, 237, 245)' })
    expect(box('a')!.borders[3]).toMatchObject({ width: 4, style: 'solid', color: 'rgb(217, 119, 6)' })
    expect(box('b')).toBeUndefined()
  })

  it('asks for a picture of a background image, and marks the element with its capture', () => {
    const { slide, root } = slideWith('<div id="g" style="background-image: linear-gradient(red, blue)">x</div>')
    const element = root.querySelector('#g')!
    const box = boxOf(slide, element, getComputedStyle(element)) as IrBox
    expect(box.capture).toBe('c1')
    expect(element.getAttribute('data-capture')).toBe('c1')
    expect(slide.page.captures).toEqual([expect.objectContaining({ id: 'c1', backgroundOnly: true })])
  })
})

describe('a list', () => {
  it('is a paragraph per item at its nesting level, a nested list one level deeper', () => {
    const { slide, root } = slideWith('<ul><li>one</li><li>two<ul><li>two a</li></ul></li><li style="display:none">hidden</li></ul>')
    const out: IrParagraph[] = []
    const after: IrItem[] = []
    listParagraphs(slide, root.querySelector('ul')!, 1, out, after)
    expect(out.map(paragraph => [paragraph.runs.map(run => run.text).join(''), paragraph.level])).toEqual([['one', 1], ['two', 1], ['two a', 2]])
    expect(after).toEqual([])
  })

  it('reads a paragraph inside an item as the item\'s text, and a block inside it as an item after the list', () => {
    const { slide, root } = slideWith('<ol><li><p>first</p><table><tr><td>cell</td></tr></table></li></ol>')
    const out: IrParagraph[] = []
    const after: IrItem[] = []
    listParagraphs(slide, root.querySelector('ol')!, 1, out, after)
    expect(out.map(paragraph => paragraph.runs.map(run => run.text).join(''))).toEqual(['first'])
    expect(after.map(item => item.kind)).toEqual(['table'])
  })
})

describe('a table', () => {
  it('is its shown rows of cells, header cells marked, spans kept, each cell\'s text a paragraph', () => {
    const { slide, root } = slideWith('<table><tr><th>Name</th><th>Size</th></tr><tr><td colspan="2">both</td></tr><tr style="display:none"><td>hidden</td></tr></table>')
    const table = tableOf(slide, root.querySelector('table')!, [])
    expect(table.rows.map(row => row.map(cell => [cell.header, cell.colSpan, cell.paragraphs.map(p => p.runs.map(run => run.text).join(''))]))).toEqual([
      [[true, 1, ['Name']], [true, 1, ['Size']]],
      [[false, 2, ['both']]],
    ])
  })

  it('gives a cell its row\'s fill when its own is transparent', () => {
    const { slide, root } = slideWith('<table><tr style="background-color: rgb(1, 2, 3)"><td>a</td><td style="background-color: rgb(4, 5, 6)">b</td></tr></table>')
    const [first, second] = tableOf(slide, root.querySelector('table')!, []).rows[0]!
    expect([first!.fill, second!.fill]).toEqual(['rgb(1, 2, 3)', 'rgb(4, 5, 6)'])
  })
})

describe('an image', () => {
  it('is its source and alt text; an SVG image is also captured as a picture', () => {
    const { slide, root } = slideWith('<img id="png" src="/a.png" alt="A chart"><img id="svg" src="/b.svg" alt="">')
    const png = imageOf(slide, root.querySelector<HTMLImageElement>('#png')!)
    const svg = imageOf(slide, root.querySelector<HTMLImageElement>('#svg')!)
    expect(png).toMatchObject({ kind: 'image', alt: 'A chart', capture: undefined })
    expect(png.src).toMatch(/\/a\.png$/)
    expect(svg.capture).toBe('c1')
  })
})
