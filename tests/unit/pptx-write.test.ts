import type { DeckSpec, TextParagraph, TextRun } from '../../scripts/export/pptx/spec'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, describe, expect, it } from 'vitest'
import { eastAsianFonts, groupObjects, renumberObjects } from '../../scripts/export/pptx/post-process'
import { paragraphXml } from '../../scripts/export/pptx/text-body-xml'
import { writeNativePptx } from '../../scripts/export/pptx/write-native'
import { parseXml, serializeXml } from '../../scripts/export/pptx/xml-parts'

const FONTS = { latin: 'Noto Sans SC', ea: 'Noto Sans SC' }
const MONO = { latin: 'JetBrains Mono', ea: 'Noto Sans SC' }
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

/** A piece of XML after a pass of the post-processing. */
function edited(xml: string, pass: (root: ReturnType<typeof parseXml>['document']) => void): string {
  const part = parseXml(xml)
  pass(part.document)
  return serializeXml(part)
}

function run(text: string, overrides: Partial<TextRun> = {}): TextRun {
  return { text, font: FONTS, size: 28, bold: false, italic: false, paint: { color: '1F2933', alpha: 1 }, underline: false, strike: false, spacing: 0, baseline: 0, ...overrides }
}

function para(parts: TextParagraph['parts'], overrides: Partial<TextParagraph> = {}): TextParagraph {
  return { parts, align: 'l', level: 0, lineSpacing: 42, spaceBefore: 0, marginLeft: 0, indent: 0, bullet: { kind: 'none' }, endSize: 28, lang: 'zh-CN', ...overrides }
}

const theme: DeckSpec['theme'] = { ink: '1F2933', muted: '5B6776', paper: 'FBFAF7', primary: '1E3A5F', primarySoft: 'E6EDF5', accent: 'D97706', accentSoft: 'FDF3E3', band: '1E3A5F', fonts: { heading: FONTS, body: FONTS, mono: MONO }, lang: 'zh-CN' }

const spec: DeckSpec = {
  title: '讲题',
  theme,
  slides: [{
    layout: 'Content',
    background: { paint: { color: 'FBFAF7', alpha: 1 } },
    notesText: '先说 重点',
    notes: [{ runs: [{ text: '先说 ', bold: false }, { text: '重点', bold: true }] }],
    shapes: [
      { kind: 'text', name: 'Title', placeholder: 'title', frame: { x: 56, y: 36, w: 848, h: 45 }, anchor: 't', wrap: false, geometry: 'rect', radius: 0, paragraphs: [para([run('标题 & <Title>', { bold: true, paint: { color: '1E3A5F', alpha: 1 } })])] },
      { kind: 'text', name: 'ul', frame: { x: 70, y: 100, w: 800, h: 84 }, anchor: 't', wrap: true, geometry: 'rect', radius: 0, paragraphs: [para([run('第一行'), { break: true, size: 28 }, run('const x', { font: MONO, href: 'https://example.com/' })], { marginLeft: 22, indent: -22, bullet: { kind: 'char', char: '▪', paint: { color: 'D97706', alpha: 1 }, font: 'Noto Sans SC', sizePercent: 70 } })] },
      { kind: 'box', name: 'd-card', group: 'diagram-1-0', frame: { x: 100, y: 300, w: 200, h: 100 }, geometry: 'roundRect', radius: 0.1, fill: { color: 'E6EDF5', alpha: 1 } },
      { kind: 'text', name: 'd-value', group: 'diagram-1-0', frame: { x: 110, y: 310, w: 150, h: 40 }, anchor: 't', wrap: false, geometry: 'rect', radius: 0, paragraphs: [para([run('1750亿', { bold: true })])] },
      { kind: 'picture', name: 'MindMap', frame: { x: 400, y: 300, w: 100, h: 100 }, data: { mime: 'image/png', base64: PNG }, svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>', alt: '思维导图', transparency: 0 },
      { kind: 'table', name: 'table', frame: { x: 56, y: 420, w: 400, h: 60 }, columns: [150, 250], rows: [0, 1].map(row => ({ height: 30, cells: ['格式', 'Pages'].map(text => ({ paragraphs: [para([run(`${text}${row}`, { font: MONO })])], borders: [undefined, undefined, { paint: { color: 'D9DEE5', alpha: 1 }, width: 1, dash: 'solid' as const }, undefined] as [undefined, undefined, { paint: { color: string, alpha: number }, width: number, dash: 'solid' }, undefined], margins: [5, 2, 5, 10] as [number, number, number, number], anchor: 'ctr' as const, colSpan: 1, rowSpan: 1 })) })) },
    ],
  }],
}

const dir = mkdtempSync(join(tmpdir(), 'pptx-write-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function written(): Promise<JSZip> {
  const path = join(dir, 'deck.pptx')
  await writeNativePptx(spec, path)
  return JSZip.loadAsync(readFileSync(path))
}

describe('the native writer', () => {
  it('writes the title into the layout\'s title placeholder, at the browser\'s place, and every line break', async () => {
    const slide = await (await written()).file('ppt/slides/slide1.xml')!.async('string')
    const title = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*type="title"[\s\S]*?<\/p:sp>/.exec(slide)![0]
    expect(title).toContain('<a:t>标题 &amp; &lt;Title&gt;</a:t>')
    expect(title).toContain(`<a:off x="${56 * 12700}" y="${36 * 12700}"/>`)
    expect(title).toContain('wrap="none"')
    expect(slide).toContain('<a:br>')
    expect(slide).not.toMatch(/pptx-[0-9a-f]{12}-\d+/)
    expect(slide).not.toContain('normAutofit')
  })

  it('names the Latin and the East Asian font apart, on runs and in table cells', async () => {
    const slide = await (await written()).file('ppt/slides/slide1.xml')!.async('string')
    expect(slide).toContain('<a:latin typeface="JetBrains Mono"/><a:ea typeface="Noto Sans SC"/>')
    expect(slide).not.toMatch(/<a:ea typeface="JetBrains Mono"/)
    expect(slide).toContain('<a:t>格式1</a:t>')
    expect(slide).toMatch(/<a:buClr><a:srgbClr val="D97706"\/><\/a:buClr><a:buSzPct val="70000"\/><a:buFont typeface="Noto Sans SC"\/><a:buChar char="▪"\/>/)
  })

  it('groups a diagram\'s shapes, gives a picture its SVG and a link its relationship, numbers objects once each', async () => {
    const zip = await written()
    const slide = await zip.file('ppt/slides/slide1.xml')!.async('string')
    const rels = await zip.file('ppt/slides/_rels/slide1.xml.rels')!.async('string')
    expect(slide).toMatch(/<p:grpSp>[\s\S]*name="d-card"[\s\S]*name="d-value"[\s\S]*<\/p:grpSp>/)
    expect(slide).not.toContain('pptx-group:')
    const svg = /<asvg:svgBlip [^>]*r:embed="([^"]+)"/.exec(slide)![1]
    expect(rels).toMatch(new RegExp(`Id="${svg}"[^>]*Target="../media/deck-svg-1-1.svg"`))
    expect(await zip.file('ppt/media/deck-svg-1-1.svg')!.async('string')).toContain('<svg')
    const link = /<a:hlinkClick r:id="([^"]+)"/.exec(slide)![1]
    expect(rels).toMatch(new RegExp(`Id="${link}"[^>]*Target="https://example.com/" TargetMode="External"`))
    const ids = [...slide.matchAll(/<p:cNvPr id="(\d+)"/g)].map(match => match[1])
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('keeps the notes\' bold, and makes the theme ours', async () => {
    const zip = await written()
    const notes = await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string')
    expect(notes).toMatch(/<a:rPr lang="zh-CN" altLang="en-US" b="1" dirty="0"\/><a:t>重点<\/a:t>/)
    const themeXml = await zip.file('ppt/theme/theme1.xml')!.async('string')
    expect(themeXml).toContain('<a:accent2><a:srgbClr val="D97706"/></a:accent2>')
    expect(themeXml).toMatch(/<a:majorFont><a:latin typeface="Noto Sans SC"[^>]*\/><a:ea typeface="Noto Sans SC"\/>/)
    const layouts = await Promise.all(Object.keys(zip.files).filter(name => /slideLayouts\/slideLayout\d+\.xml$/.test(name)).map(name => zip.file(name)!.async('string')))
    expect(layouts.some(layout => layout.includes('<p:cSld name="Cover">') && layout.includes('type="ctrTitle"'))).toBe(true)
    expect(layouts.filter(layout => layout.includes('type="title"'))).toHaveLength(5)
  })
})

describe('post-processing', () => {
  it('wraps neighbours of one group in a group shape spanning them', () => {
    const shape = (name: string, x: number) => `<p:sp><p:nvSpPr><p:cNvPr id="9" name="${name}"/></p:nvSpPr><p:spPr><a:xfrm><a:off x="${x}" y="0"/><a:ext cx="10" cy="20"/></a:xfrm></p:spPr></p:sp>`
    const xml = `<p:spTree><p:nvGrpSpPr/><p:grpSpPr></p:grpSpPr>${shape('a', 0)}${shape('pptx-group:g|b', 5)}${shape('pptx-group:g|c', 40)}</p:spTree>`
    const grouped = edited(xml, (root) => {
      groupObjects(root)
      renumberObjects(root)
    })
    expect(grouped).toMatch(/name="a"[\s\S]*<p:grpSp>[\s\S]*<a:off x="5" y="0"\/><a:ext cx="45" cy="20"\/><a:chOff x="5" y="0"\/><a:chExt cx="45" cy="20"\/>[\s\S]*name="b"[\s\S]*name="c"[\s\S]*<\/p:grpSp>/)
    expect([...grouped.matchAll(/id="(\d+)"/g)].map(match => match[1])).toEqual(['1', '2', '3', '4'])
  })

  it('writes an East Asian font wherever pptxgenjs repeated the Latin one', () => {
    expect(edited('<a:ea typeface="JetBrains Mono" pitchFamily="34"/><a:ea typeface="+mn-ea"/><a:ea typeface="Noto Sans JP"/>', root => eastAsianFonts(root, 'Noto Sans SC')))
      .toBe('<a:ea typeface="Noto Sans SC" pitchFamily="34"/><a:ea typeface="+mn-ea"/><a:ea typeface="Noto Sans JP"/>')
  })

  it('writes a paragraph\'s exact spacing, hanging indent and level', () => {
    const xml = paragraphXml(para([run('x')], { level: 1, marginLeft: 40, indent: -20, spaceBefore: 6.5, lineSpacing: 37 }))
    expect(xml).toContain('<a:pPr marL="508000" indent="-254000" lvl="1" algn="l"><a:lnSpc><a:spcPts val="3700"/></a:lnSpc><a:spcBef><a:spcPts val="650"/></a:spcBef>')
  })
})
