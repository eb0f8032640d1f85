// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { diagramOf, straightPathPoints, svgShapes } from '../../../scripts/export/pptx/collect/svg'
import { slideWith } from './helpers'

describe('an SVG path of straight segments', () => {
  it('gives its points, absolute and relative, horizontal and vertical, closing adding none', () => {
    const points = straightPathPoints('M 0 0 L 10 0 h 5 v 5 l -5 5 V 20 H 0 Z', (x, y) => [x, y])
    expect(points).toEqual([[0, 0], [10, 0], [15, 0], [15, 5], [10, 10], [10, 20], [0, 20]])
  })
})

describe('an SVG\'s shapes', () => {
  it('are its rectangles, ellipses and text in paint order, groups looked into, what draws nothing left out', () => {
    const { slide, root } = slideWith('<svg><title>t</title><defs><rect /></defs><g><rect class="d-card" rx="4" /><circle /></g><text class="d-label"><tspan>one</tspan><tspan>two</tspan></text></svg>')
    const shapes = svgShapes(slide, root.querySelector('svg')!)
    expect(shapes.map(shape => [shape.type, shape.className])).toEqual([['rect', 'd-card'], ['ellipse', ''], ['text', 'd-label']])
    const text = shapes[2]!
    expect(text.type === 'text' && text.lines.map(line => line.text)).toEqual(['one', 'two'])
  })
})

describe('a diagram', () => {
  it('is named for its figure\'s component class, numbered on its slide, and captured', () => {
    const { slide, root } = slideWith('<figure class="deck-diagram bar-compare"><svg><title>Sizes</title><rect /></svg></figure><figure class="deck-diagram stat-grid"><svg><rect /></svg></figure>')
    const [first, second] = [...root.querySelectorAll('svg')].map(svg => diagramOf(slide, svg))
    expect([first!.component, first!.index, first!.title, first!.capture]).toEqual(['BarCompare', 0, 'Sizes', 'c1'])
    expect([second!.component, second!.index, second!.capture]).toEqual(['StatGrid', 1, 'c2'])
    expect(first!.svg).toMatch(/^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    expect(first!.svg).not.toContain('class=')
  })
})
