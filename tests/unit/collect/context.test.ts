// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { bordersOf, hasInlineContent, isInline, isShown, isTransparent, opacityOf, transformText } from '../../../scripts/export/pptx/collect/context'
import { slideWith } from './helpers'

describe('what the collector asks of every element', () => {
  it('tells colours that paint nothing and inline display', () => {
    expect(['transparent', 'rgba(0, 0, 0, 0)', 'rgb(0 0 0 / 0)', ''].map(isTransparent)).toEqual([true, true, true, true])
    expect(['rgb(255, 0, 0)', 'rgba(0, 0, 0, 0.5)'].map(isTransparent)).toEqual([false, false])
    expect(['inline', 'inline-block', 'contents', 'block', 'flex'].map(isInline)).toEqual([true, true, true, false, false])
  })

  it('leaves out what is not drawn: no display, hidden, transparent through an ancestor, or one of the never-shown', () => {
    const { slide, root } = slideWith('<p id="a">a</p><p id="b" style="display:none">b</p><p id="c" style="visibility:hidden">c</p><div style="opacity:0"><p id="d">d</p></div><span id="e" class="sr-only">e</span>')
    const shown = (id: string) => isShown(slide.page, root.querySelector(`#${id}`)!)
    expect(['a', 'b', 'c', 'd', 'e'].map(shown)).toEqual([true, false, false, false, false])
  })

  it('multiplies an element\'s opacity by its ancestors\'', () => {
    const { slide, root } = slideWith('<div style="opacity:0.5"><p style="opacity:0.5" id="p">x</p></div>')
    expect(opacityOf(slide.page, root.querySelector('#p'))).toBeCloseTo(0.25)
  })

  it('reads the four borders, top first, in canvas pixels', () => {
    const { root } = slideWith('<div id="d" style="border-top:2px solid rgb(255, 0, 0); border-left:1px dashed rgb(0, 0, 255)">x</div>')
    const [top, right, , left] = bordersOf(getComputedStyle(root.querySelector('#d')!), 2)
    expect(top).toEqual({ width: 4, color: 'rgb(255, 0, 0)', style: 'solid' })
    expect(right!.width).toBe(0)
    expect(left).toMatchObject({ width: 2, style: 'dashed' })
  })

  it('tells an element whose own content is inline from one that only holds blocks', () => {
    const { slide, root } = slideWith('<p id="text">words <b>bold</b></p><div id="blocks"><p>inner</p></div><p id="blank">\u200B </p>')
    const inline = (id: string) => hasInlineContent(slide.page, root.querySelector(`#${id}`)!)
    expect([inline('text'), inline('blocks'), inline('blank')]).toEqual([true, false, false])
  })

  it('draws text as its text-transform says', () => {
    const { root } = slideWith('<span id="u" style="text-transform:uppercase">x</span>')
    expect(transformText('title', root.querySelector('#u')!)).toBe('TITLE')
  })
})
