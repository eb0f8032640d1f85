import type { IrDiagram, IrFont, IrParagraph, IrRun, IrSlide, IrTable, IrText } from '../../scripts/export/pptx/ir'
import type { LineBreak, TextRun, TextShape } from '../../scripts/export/pptx/spec'
import type { Deck } from '../../scripts/model/deck'
import { describe, expect, it } from 'vitest'
import { fontPair, parseColor } from '../../scripts/export/pptx/css-values'
import { normalizeDeck } from '../../scripts/export/pptx/normalize'
import { normalizeDiagram } from '../../scripts/export/pptx/normalize-diagram'
import { normalizeTable } from '../../scripts/export/pptx/normalize-table'
import { layoutText, WIDTH_SLACK } from '../../scripts/export/pptx/normalize-text'

const SANS = '"Noto Sans SC", "JetBrains Mono", sans-serif'
const MONO = '"JetBrains Mono", "Noto Sans SC", monospace'
const context = { lang: 'zh-CN', eastAsian: 'Noto Sans SC' }

function font(overrides: Partial<IrFont> = {}): IrFont {
  return { family: SANS, size: 28, weight: 400, italic: false, color: 'rgb(31, 41, 51)', decoration: 'none', background: 'rgba(0, 0, 0, 0)', letterSpacing: 0, verticalAlign: 'baseline', opacity: 1, ...overrides }
}

/** A paragraph whose lines are `lines` (each a list of run texts), 42 px apart, starting at `top`. */
function paragraph(lines: string[][], overrides: Partial<IrParagraph> = {}, top = 100): IrParagraph {
  const runs: IrRun[] = lines.flatMap((texts, line) => texts.map(text => ({ text, font: font(), line })))
  return {
    tag: 'p',
    rect: { x: 100, y: top, w: 700, h: lines.length * 42 },
    runs,
    lines: lines.map((_, line) => ({ top: top + 7 + line * 42, bottom: top + 35 + line * 42, left: 100, right: 600 })),
    level: 0,
    markerEnd: 100,
    align: 'start',
    lineHeight: 42,
    whiteSpace: 'normal',
    font: font(),
    ...overrides,
  }
}

const texts = (parts: (TextRun | LineBreak)[]) => parts.map(part => ('break' in part ? '\n' : part.text)).join('')

describe('reading the browser\'s values', () => {
  it('parses computed colours, with their alpha, and leaves transparent ones out', () => {
    expect(parseColor('rgb(30, 58, 95)')).toEqual({ color: '1E3A5F', alpha: 1 })
    expect(parseColor('rgba(255, 255, 255, 0.25)')).toEqual({ color: 'FFFFFF', alpha: 0.25 })
    expect(parseColor('rgb(255 255 255 / 0.5)')).toEqual({ color: 'FFFFFF', alpha: 0.5 })
    expect(parseColor('#d97706')).toEqual({ color: 'D97706', alpha: 1 })
    expect(parseColor('rgba(0, 0, 0, 0)')).toBeUndefined()
    expect(parseColor('none')).toBeUndefined()
  })

  it('names a Latin and an East Asian font for every stack', () => {
    expect(fontPair(SANS, 'Noto Sans SC')).toEqual({ latin: 'Noto Sans SC', ea: 'Noto Sans SC' })
    expect(fontPair(MONO, 'Noto Sans SC')).toEqual({ latin: 'JetBrains Mono', ea: 'Noto Sans SC' })
    expect(fontPair('Georgia, serif', 'Noto Sans JP')).toEqual({ latin: 'Georgia', ea: 'Noto Sans JP' })
  })
})

describe('laying out text as the browser did', () => {
  it('breaks lines where the browser broke them, and collapses and trims whitespace as it does', () => {
    const laid = layoutText([paragraph([['  ChatGPT 是一个', '\n  对话模型，'], ['它会写代码  ']])], context)!
    expect(laid.paragraphs).toHaveLength(1)
    expect(texts(laid.paragraphs[0]!.parts)).toBe('ChatGPT 是一个 对话模型，\n它会写代码')
    expect(laid.paragraphs[0]!.lineSpacing).toBe(42)
    expect(laid.wraps).toBe(true)
  })

  it('starts the frame at the first line box and makes it a little wider than the browser\'s, never autofit', () => {
    const laid = layoutText([paragraph([['一行']])], context)!
    expect(laid.frame.x).toBe(100)
    expect(laid.frame.y).toBe(100)
    expect(laid.frame.w).toBeCloseTo(700 * (1 + WIDTH_SLACK.share), 1)
    expect(laid.frame.h).toBe(42)
    expect(laid.wraps).toBe(false)
  })

  it('keeps blank lines of preformatted text, and its spaces', () => {
    const code = paragraph([['const a = 1', '\n'], ['\n'], ['  return a']], { whiteSpace: 'pre', tag: 'pre' })
    const laid = layoutText([code], context)!
    expect(texts(laid.paragraphs[0]!.parts)).toBe('const a = 1\n\n  return a')
  })

  it('counts a blank line the browser left with no text in it as a line', () => {
    const code = paragraph([['a'], ['b']], { whiteSpace: 'pre' })
    code.lines[1] = { ...code.lines[1]!, top: code.lines[1]!.top + 42, bottom: code.lines[1]!.bottom + 42 }
    expect(texts(layoutText([code], context)!.paragraphs[0]!.parts)).toBe('a\n\nb')
  })

  it('makes list items bullets at their levels, the bullet where the browser put the marker, and keeps the gaps between items', () => {
    const marker = { listStyle: 'square', ordinal: 1, font: font({ color: 'rgb(217, 119, 6)' }), width: 28 }
    const first = paragraph([['第一点']], { tag: 'li', level: 1, markerEnd: 94, rect: { x: 100, y: 100, w: 700, h: 42 }, marker })
    const second = paragraph([['子要点']], { tag: 'li', level: 2, markerEnd: 124, rect: { x: 130, y: 160, w: 670, h: 42 }, marker: { ...marker, listStyle: 'disc' } }, 160)
    const laid = layoutText([first, second], context)!
    const [a, b] = laid.paragraphs
    expect(laid.frame.x).toBe(66)
    expect(a).toMatchObject({ level: 0, marginLeft: 34, indent: -34, spaceBefore: 0, bullet: { kind: 'char', char: '■', font: 'Arial', sizePercent: 60, paint: { color: 'D97706' } } })
    expect(b).toMatchObject({ level: 1, marginLeft: 64, indent: -34, spaceBefore: 18, bullet: { kind: 'char', char: '•' } })
  })

  it('numbers ordered items natively, and writes a number PowerPoint cannot (01) as text before a tab', () => {
    const numbered = paragraph([['步骤']], { tag: 'li', level: 1, marker: { listStyle: 'decimal', ordinal: 3, font: font(), width: 30 } })
    expect(layoutText([numbered], context)!.paragraphs[0]!.bullet).toMatchObject({ kind: 'number', scheme: 'arabicPeriod', startAt: 3 })
    const padded = paragraph([['目录项']], { tag: 'li', level: 1, marker: { listStyle: 'decimal-leading-zero', ordinal: 4, font: font({ family: MONO }), width: 30 } })
    const laid = layoutText([padded], context)!.paragraphs[0]!
    expect(laid.bullet).toEqual({ kind: 'none' })
    expect(laid.parts[0]).toMatchObject({ text: '04\t', font: { latin: 'JetBrains Mono', ea: 'Noto Sans SC' } })
  })

  it('keeps runs\' own styles: bold, colour, code font, links; drops transparent text', () => {
    const mixed = paragraph([['普通', '加粗', 'code', '隐']])
    mixed.runs[1]!.font = font({ weight: 700, color: 'rgb(30, 58, 95)' })
    mixed.runs[2]!.font = font({ family: MONO, background: 'rgb(238, 238, 238)' })
    mixed.runs[2]!.href = 'https://example.com/a'
    mixed.runs[3]!.font = font({ color: 'rgba(0, 0, 0, 0)' })
    const parts = layoutText([mixed], context)!.paragraphs[0]!.parts as TextRun[]
    expect(parts.map(part => part.text)).toEqual(['普通', '加粗', 'code'])
    expect(parts[1]).toMatchObject({ bold: true, paint: { color: '1E3A5F' } })
    expect(parts[2]).toMatchObject({ font: { latin: 'JetBrains Mono' }, highlight: 'EEEEEE', href: 'https://example.com/a' })
  })
})

describe('tables', () => {
  it('become native tables with the browser\'s columns, rows, fills and borders', () => {
    const cell = (x: number, w: number, y: number, text: string, header = false) => ({
      rect: { x, y, w, h: 30 },
      header,
      fill: header ? 'rgb(230, 237, 245)' : 'rgba(0, 0, 0, 0)',
      borders: [{ width: 0, color: 'rgb(0, 0, 0)', style: 'none' }, { width: 0, color: 'rgb(0, 0, 0)', style: 'none' }, { width: 1, color: 'rgb(217, 222, 229)', style: 'solid' }, { width: 0, color: 'rgb(0, 0, 0)', style: 'none' }] as IrTable['rows'][number][number]['borders'],
      padding: [5, 10, 5, 10] as [number, number, number, number],
      verticalAlign: 'middle',
      colSpan: 1,
      rowSpan: 1,
      paragraphs: [paragraph([[text]], { rect: { x: x + 10, y: y + 5, w: w - 20, h: 20 }, lineHeight: 20 }, y + 5)],
    })
    const table: IrTable = { kind: 'table', rect: { x: 50, y: 200, w: 400, h: 60 }, rows: [[cell(50, 150, 200, '格式', true), cell(200, 250, 200, 'Pages', true)], [cell(50, 150, 230, 'PDF'), cell(200, 250, 230, '1 per slide')]] }
    const shape = normalizeTable(table, context)!
    expect(shape.columns).toEqual([150, 250])
    expect(shape.rows.map(row => row.height)).toEqual([30, 30])
    expect(shape.rows[0]!.cells[0]).toMatchObject({ fill: { color: 'E6EDF5' }, anchor: 'ctr', margins: [5, 2, 5, 10] })
    expect(shape.rows[0]!.cells[0]!.borders[2]).toMatchObject({ width: 1, paint: { color: 'D9DEE5' } })
    expect(texts(shape.rows[1]!.cells[1]!.paragraphs[0]!.parts)).toBe('1 per slide')
  })
})

function svgText(className: string, text: string, x: number, y: number, size = 17): IrDiagram['shapes'][number] {
  return { type: 'text', className, anchor: 'start', font: font({ size }), lines: [{ text, x, y: y + size, rect: { x, y, w: text.length * size * 0.6, h: size * 1.4 } }] }
}

describe('diagrams', () => {
  const base = { kind: 'diagram' as const, index: 0, rect: { x: 100, y: 150, w: 760, h: 200 }, svg: '<svg xmlns="http://www.w3.org/2000/svg"/>', title: 'A diagram', capture: 'c1' }
  const diagramContext = { text: context, pngs: new Map([['c1', 'iVBORw0KGgo=']]), paper: 'FBFAF7', group: 'diagram-1-0' }

  it('draws a BarCompare as a native chart of the deck\'s numbers, where the browser drew the bars', () => {
    const bar = (y: number, w: number, top = false) => ({ type: 'rect' as const, className: `d-bar${top ? ' is-top' : ''}`, rect: { x: 300, y, w, h: 30 }, radius: 5, fill: top ? 'rgb(217, 119, 6)' : 'rgb(30, 58, 95)', stroke: 'none', strokeWidth: 0, opacity: top ? 1 : 0.78 })
    const diagram: IrDiagram = { ...base, component: 'BarCompare', shapes: [svgText('d-title', '用户破亿用时', 300, 150), svgText('d-label', 'ChatGPT', 150, 200), bar(200, 100), svgText('d-value', '2个月', 410, 200), svgText('d-label', 'TikTok', 150, 240), bar(240, 400, true), svgText('d-value', '9个月', 710, 240)] }
    const shapes = normalizeDiagram(diagram, { component: 'BarCompare', props: { unit: '个月', items: [{ label: 'ChatGPT', value: 2 }, { label: 'TikTok', value: 9 }] } }, diagramContext)
    const chart = shapes.find(shape => shape.kind === 'chart')!
    expect(chart).toMatchObject({ labels: ['ChatGPT', 'TikTok'], values: [2, 9], valueFormat: 'General"个月"', group: 'diagram-1-0' })
    expect(chart.kind === 'chart' && chart.colors[1]).toBe('D97706')
    expect(shapes.filter(shape => shape.kind === 'text').map(shape => shape.kind === 'text' && texts(shape.paragraphs[0]!.parts))).toEqual(['用户破亿用时'])
    expect(shapes.every(shape => shape.group === 'diagram-1-0')).toBe(true)
  })

  it('draws a Timeline as grouped native shapes and text, and a MindMap as its SVG with the PNG behind it', () => {
    const timeline: IrDiagram = { ...base, component: 'Timeline', shapes: [
      { type: 'path', className: 'd-axis', points: [{ x: 120, y: 250 }, { x: 840, y: 250 }], closed: false, fill: 'none', stroke: 'rgb(217, 222, 229)', strokeWidth: 2, dash: 'none', opacity: 1, arrowEnd: false },
      { type: 'ellipse', className: 'd-dot', rect: { x: 195, y: 245, w: 10, h: 10 }, fill: 'rgb(217, 119, 6)', stroke: 'none', strokeWidth: 0, opacity: 1 },
      svgText('d-date', '2022.11', 180, 220),
    ] }
    const shapes = normalizeDiagram(timeline, undefined, diagramContext)
    expect(shapes.map(shape => shape.kind)).toEqual(['path', 'box', 'text'])
    expect(shapes.every(shape => shape.group === 'diagram-1-0')).toBe(true)
    expect((shapes[2] as TextShape).wrap).toBe(false)
    const mind = normalizeDiagram({ ...base, component: 'MindMap', shapes: [] }, undefined, diagramContext)
    expect(mind).toEqual([expect.objectContaining({ kind: 'picture', svg: base.svg, alt: 'A diagram', data: { mime: 'image/png', base64: 'iVBORw0KGgo=' } })])
  })
})

describe('a deck', () => {
  const deck = {
    meta: { title: '讲题', lang: 'zh-CN', source: 'a.md' },
    diagnostics: [],
    slides: [
      { kind: 'cover', title: '讲题', notes: [] },
      { kind: 'content', title: '要点', blocks: [], notes: [{ type: 'paragraph', inlines: [{ type: 'text', value: '先说 ' }, { type: 'strong', children: [{ type: 'text', value: '重点' }] }] }] },
      { kind: 'statement', text: [{ type: 'text', value: '一句话' }], variant: 'statement', notes: [] },
    ],
  } as unknown as Deck
  const text = (tag: string, className: string, words: string, y: number): IrText => ({ kind: 'text', tag, className, rect: { x: 56, y, w: 848, h: 45 }, paragraphs: [paragraph([[words]], { tag }, y)] })
  const slide = (items: IrSlide['items'], background = 'rgb(251, 250, 247)'): IrSlide => ({ layoutClass: 'slidev-layout', background, backgroundImage: 'none', items })
  const spec = normalizeDeck({
    deck,
    images: new Map(),
    pngs: new Map(),
    ir: {
      captures: [],
      theme: { '--deck-primary': '#1e3a5f', '--deck-accent': '#d97706', '--deck-paper': '#fbfaf7', '--deck-font': SANS, '--deck-mono': MONO },
      slides: [
        slide([text('h1', '', '讲题', 200), text('p', 'subtitle', '副题', 260)]),
        slide([text('span', 'deck-content__part', '1/2', 20), text('h1', '', '要点', 36)]),
        slide([text('p', 'statement', '一句话', 200)]),
      ],
    },
  })

  it('puts each slide on its layout and its title in the title placeholder (a statement\'s text, when it has no heading)', () => {
    expect(spec.slides.map(one => one.layout)).toEqual(['Cover', 'Content', 'Statement'])
    const titles = spec.slides.map(one => one.shapes.filter((shape): shape is TextShape => shape.kind === 'text' && shape.placeholder !== undefined).map(shape => [shape.placeholder, texts(shape.paragraphs[0]!.parts)]))
    expect(titles).toEqual([[['ctrTitle', '讲题']], [['title', '要点']], [['title', '一句话']]])
  })

  it('takes the theme from the page and keeps the notes\' bold', () => {
    expect(spec.theme).toMatchObject({ primary: '1E3A5F', accent: 'D97706', paper: 'FBFAF7', fonts: { body: { latin: 'Noto Sans SC', ea: 'Noto Sans SC' }, mono: { latin: 'JetBrains Mono', ea: 'Noto Sans SC' } }, lang: 'zh-CN' })
    expect(spec.slides[1]!.notes).toEqual([{ runs: [{ text: '先说 ', bold: false }, { text: '重点', bold: true }] }])
    expect(spec.slides[1]!.notesText).toBe('先说 重点')
  })
})
