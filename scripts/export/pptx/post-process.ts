import type { PlaceholderKind, ThemeSpec } from './spec'
import JSZip from 'jszip'
import { isEastAsianFamily } from './css-values'
import { xmlText } from './text-body-xml'

/** A text shape's own XML, put in place of what pptxgenjs wrote for its marker. */
export interface TextReplacement {
  /** `<p:spPr>`: where it is, its geometry and fill. */
  spPr: string
  /** `<p:txBody>`: its paragraphs, with the browser's line breaks. */
  txBody: string
  placeholder?: PlaceholderKind
}

/** What the file written by pptxgenjs still needs, which pptxgenjs cannot write. */
export interface PostProcessPlan {
  /** Text shapes, by the marker text pptxgenjs wrote in them. */
  texts: ReadonlyMap<string, TextReplacement>
  /** Table cells' text bodies (`<a:txBody>`), by marker. */
  cells: ReadonlyMap<string, string>
  /** SVG markup of pictures, by the picture's object name (the PNG pptxgenjs wrote is the fallback). */
  svgs: ReadonlyMap<string, string>
  /** Each slide's notes text body (`<p:txBody>`), in slide order. */
  notes: readonly string[]
  theme: ThemeSpec
  /** Name of the layout whose title is a centred title (`ctrTitle`). */
  centredTitleLayout: string
}

/** Prefix of an object name that puts the object in a group: `pptx-group:<group>|<name>`. */
export const GROUP_MARK = 'pptx-group:'

/** Separates the group from the object's own name. */
const GROUP_SEPARATOR = '|'

/** URI of the extension that gives a picture its SVG (Office 2016). */
const SVG_EXTENSION = '{96DAC541-7B7A-43D3-8B79-37D633B846F1}'

/** Relationship types. */
const RELATIONSHIP = {
  image: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',
  hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
} as const

/** A top-level object of a slide's shape tree. */
const OBJECT = /<p:(sp|pic|graphicFrame|cxnSp)\b[\s\S]*?<\/p:\1>/g

/** An object name that puts the object in `group`, safe in XML. */
export function groupedName(name: string, group?: string): string {
  const safe = name.replace(/[^\w .:-]/g, '_').slice(0, 80)
  return group ? `${GROUP_MARK}${group.replace(/[^\w.:-]/g, '_')}${GROUP_SEPARATOR}${safe}` : safe
}

/** Puts each marked text shape's own geometry and text body in place of pptxgenjs's, and marks a centred title as such. */
export function replaceTexts(xml: string, texts: ReadonlyMap<string, TextReplacement>): string {
  return xml.replace(/<p:sp>[\s\S]*?<\/p:sp>/g, (shape) => {
    const marker = /<a:t>([^<]*)<\/a:t>/.exec(shape)?.[1]
    const replacement = marker ? texts.get(marker) : undefined
    if (!replacement)
      return shape
    let out = shape.replace(/<p:spPr>[\s\S]*?<\/p:spPr>/, () => replacement.spPr).replace(/<p:txBody>[\s\S]*?<\/p:txBody>/, () => replacement.txBody)
    if (replacement.placeholder === 'ctrTitle')
      out = out.replace(/type="title"/, 'type="ctrTitle"')
    else if (replacement.placeholder === 'subTitle')
      out = out.replace(/type="title"/, 'type="subTitle"')
    return out
  })
}

/** Puts each marked table cell's text body in place of pptxgenjs's. */
export function replaceCells(xml: string, cells: ReadonlyMap<string, string>): string {
  return xml.replace(/<a:txBody>[\s\S]*?<\/a:txBody>/g, (body) => {
    const marker = /<a:t>([^<]*)<\/a:t>/.exec(body)?.[1]
    return (marker && cells.get(marker)) || body
  })
}

/** Wraps each run of neighbouring objects of one group in a group shape (`<p:grpSp>`) spanning them, and takes the group off their names. */
export function groupObjects(xml: string): string {
  const tree = /(<p:spTree>[\s\S]*?<\/p:grpSpPr>)([\s\S]*)(<\/p:spTree>)/.exec(xml)
  if (!tree)
    return xml
  const objects = [...tree[2]!.matchAll(OBJECT)].map(match => match[0])
  const rest = tree[2]!.replace(OBJECT, '').trim()
  const groupOf = (object: string) => new RegExp(`name="${GROUP_MARK}([^"${GROUP_SEPARATOR}]*)\\${GROUP_SEPARATOR}`).exec(object)?.[1]
  const out: string[] = []
  for (let index = 0; index < objects.length;) {
    const group = groupOf(objects[index]!)
    let end = index + 1
    if (group) {
      while (end < objects.length && groupOf(objects[end]!) === group)
        end++
    }
    const members = objects.slice(index, end).map(object => object.replace(new RegExp(`name="${GROUP_MARK}[^"${GROUP_SEPARATOR}]*\\${GROUP_SEPARATOR}`), 'name="'))
    out.push(group && members.length > 1 ? groupXml(group, members) : members.join(''))
    index = end
  }
  return xml.replace(tree[0], `${tree[1]}${out.join('')}${rest}${tree[3]}`)
}

/** A group shape around objects, its frame their bounds (child space = slide space). */
function groupXml(name: string, members: readonly string[]): string {
  const boxes = members.map((member) => {
    const off = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(member)
    const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(member)
    return off && ext ? { x: Number(off[1]), y: Number(off[2]), w: Number(ext[1]), h: Number(ext[2]) } : undefined
  }).filter(box => box !== undefined)
  const x = Math.min(...boxes.map(box => box.x))
  const y = Math.min(...boxes.map(box => box.y))
  const w = Math.max(...boxes.map(box => box.x + box.w)) - x
  const h = Math.max(...boxes.map(box => box.y + box.h)) - y
  const frame = `<a:off x="${x}" y="${y}"/><a:ext cx="${w}" cy="${h}"/><a:chOff x="${x}" y="${y}"/><a:chExt cx="${w}" cy="${h}"/>`
  return `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="0" name="${xmlText(name)}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>${frame}</a:xfrm></p:grpSpPr>${members.join('')}</p:grpSp>`
}

/** Numbers the objects of a slide 1, 2, 3 ... (pptxgenjs repeats ids, which PowerPoint repairs). */
export function renumberObjects(xml: string): string {
  let id = 0
  return xml.replace(/<p:cNvPr id="\d+"/g, () => `<p:cNvPr id="${++id}"`)
}

/** Names every East Asian font that is not one (pptxgenjs writes the Latin font there too) after the deck's East Asian font. */
export function eastAsianFonts(xml: string, eastAsian: string): string {
  return xml.replace(/<a:ea typeface="([^"]*)"/g, (whole, family: string) => (family === '' || family.startsWith('+') || isEastAsianFamily(family) ? whole : `<a:ea typeface="${xmlText(eastAsian)}"`))
}

/** A chart's labels: never wrapped (the browser's did not), with the East Asian font named beside the Latin one. */
export function chartXml(xml: string, eastAsian: string): string {
  return xml
    .replace(/<c:txPr>\s*<a:bodyPr\s*\/>/g, '<c:txPr><a:bodyPr wrap="none"/>')
    .replace(/(<a:latin typeface="[^"]*"\s*\/>)(?!\s*<a:ea)/g, `$1<a:ea typeface="${xmlText(eastAsian)}"/>`)
}

/** The theme's colours and fonts: our palette as the colour scheme, our fonts for Latin and East Asian text. */
export function themeXml(xml: string, theme: ThemeSpec): string {
  const scheme = `<a:clrScheme name="Deck"><a:dk1><a:srgbClr val="${theme.ink}"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="${theme.primary}"/></a:dk2><a:lt2><a:srgbClr val="${theme.paper}"/></a:lt2><a:accent1><a:srgbClr val="${theme.primary}"/></a:accent1><a:accent2><a:srgbClr val="${theme.accent}"/></a:accent2><a:accent3><a:srgbClr val="${theme.primarySoft}"/></a:accent3><a:accent4><a:srgbClr val="${theme.accentSoft}"/></a:accent4><a:accent5><a:srgbClr val="${theme.muted}"/></a:accent5><a:accent6><a:srgbClr val="${theme.band}"/></a:accent6><a:hlink><a:srgbClr val="${theme.primary}"/></a:hlink><a:folHlink><a:srgbClr val="${theme.muted}"/></a:folHlink></a:clrScheme>`
  return xml
    .replace(/<a:clrScheme [\s\S]*?<\/a:clrScheme>/, scheme)
    .replace(/(<a:majorFont>[\s\S]*?)<a:ea typeface="[^"]*"\/>/, `$1<a:ea typeface="${xmlText(theme.fonts.heading.ea)}"/>`)
    .replace(/(<a:minorFont>[\s\S]*?)<a:ea typeface="[^"]*"\/>/, `$1<a:ea typeface="${xmlText(theme.fonts.body.ea)}"/>`)
}

/** Adds relationships to a part's relationships file; returns the file. */
function addRelationships(rels: string, entries: readonly { id: string, type: string, target: string, external?: boolean }[]): string {
  const xml = entries.map(entry => `<Relationship Id="${entry.id}" Type="${entry.type}" Target="${xmlText(entry.target)}"${entry.external ? ' TargetMode="External"' : ''}/>`).join('')
  return rels.replace('</Relationships>', `${xml}</Relationships>`)
}

/** Gives links their relationships: each `{{pptx-link:...}}` token becomes the id of a hyperlink relationship of the slide. */
function linkSlide(xml: string, slide: number): { xml: string, links: { id: string, type: string, target: string, external: boolean }[] } {
  const ids = new Map<string, string>()
  const out = xml.replace(/\{\{pptx-link:([^}]*)\}\}/g, (_, encoded: string) => {
    const href = decodeURIComponent(encoded)
    if (!ids.has(href))
      ids.set(href, `rIdDeckLink${slide}x${ids.size + 1}`)
    return ids.get(href)!
  })
  return { xml: out, links: [...ids].map(([target, id]) => ({ id, type: RELATIONSHIP.hyperlink, target, external: true })) }
}

/** Gives each marked picture its SVG: the file, its relationship and the `svgBlip` extension on the picture's blip. */
function svgSlide(xml: string, slide: number, svgs: ReadonlyMap<string, string>, zip: JSZip): { xml: string, rels: { id: string, type: string, target: string }[] } {
  const rels: { id: string, type: string, target: string }[] = []
  const out = xml.replace(/<p:pic>[\s\S]*?<\/p:pic>/g, (picture) => {
    const name = /<p:cNvPr id="\d+" name="([^"]*)"/.exec(picture)?.[1] ?? ''
    const svg = svgs.get(name)
    if (!svg)
      return picture
    const id = `rIdDeckSvg${slide}x${rels.length + 1}`
    const file = `deck-svg-${slide}-${rels.length + 1}.svg`
    zip.file(`ppt/media/${file}`, svg)
    rels.push({ id, type: RELATIONSHIP.image, target: `../media/${file}` })
    const extension = `<a:extLst><a:ext uri="${SVG_EXTENSION}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="${id}"/></a:ext></a:extLst>`
    return picture.replace(/(<a:blip r:embed="[^"]+"\s*>)([\s\S]*?)(<\/a:blip>)/, (_, open: string, inner: string, close: string) => `${open}${inner.replace(/<a:extLst>[\s\S]*<\/a:extLst>/, '')}${extension}${close}`)
  })
  return { xml: out, rels }
}

/** A slide's notes with our text body in the notes placeholder. */
function notesSlide(xml: string, body: string): string {
  return xml.replace(/(<p:ph type="body"[^>]*\/>[\s\S]*?<\/p:nvSpPr>\s*<p:spPr\s*\/>)\s*<p:txBody>[\s\S]*?<\/p:txBody>/, (_, head: string) => `${head}${body}`)
}

/** The slide files of a package, in slide order. */
function slideFiles(zip: JSZip): string[] {
  const number = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1])
  return Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name)).sort((a, b) => number(a) - number(b))
}

/**
 * Finishes the file pptxgenjs wrote: our text bodies (the browser's line breaks, exact
 * spacing, bullets with their colours, Latin and East Asian fonts, links) in place of the
 * markers, table cells' text, each picture's SVG, diagrams grouped, objects numbered,
 * notes with their bold, East Asian fonts named everywhere pptxgenjs named the Latin one,
 * and the theme's colours and fonts; the centred title of the cover layout.
 */
export async function postProcess(buffer: Uint8Array, plan: PostProcessPlan): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(buffer)
  const ea = plan.theme.fonts.body.ea
  const files = slideFiles(zip)
  for (const [index, file] of files.entries()) {
    const slide = index + 1
    let xml = await zip.file(file)!.async('string')
    xml = replaceCells(replaceTexts(xml, plan.texts), plan.cells)
    const linked = linkSlide(xml, slide)
    const pictures = svgSlide(linked.xml, slide, plan.svgs, zip)
    xml = eastAsianFonts(renumberObjects(groupObjects(pictures.xml)), ea)
    zip.file(file, xml)
    const relsFile = file.replace('slides/', 'slides/_rels/').replace('.xml', '.xml.rels')
    const rels = await zip.file(relsFile)?.async('string')
    if (rels && (linked.links.length > 0 || pictures.rels.length > 0))
      zip.file(relsFile, addRelationships(rels, [...linked.links, ...pictures.rels]))
    const notesTarget = rels ? /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1] : undefined
    const notes = notesTarget ? zip.file(`ppt/notesSlides/${notesTarget}`) : null
    if (notes && plan.notes[index] !== undefined)
      zip.file(`ppt/notesSlides/${notesTarget}`, notesSlide(await notes.async('string'), plan.notes[index]))
  }
  for (const name of Object.keys(zip.files).filter(name => /^ppt\/(?:charts|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/.test(name))) {
    let xml = eastAsianFonts(await zip.file(name)!.async('string'), ea)
    if (name.startsWith('ppt/charts/'))
      xml = chartXml(xml, ea)
    if (name.startsWith('ppt/slideLayouts/') && xml.includes(`<p:cSld name="${plan.centredTitleLayout}">`))
      xml = xml.replace(/type="title"/, 'type="ctrTitle"')
    zip.file(name, xml)
  }
  const theme = zip.file('ppt/theme/theme1.xml')
  if (theme)
    zip.file('ppt/theme/theme1.xml', themeXml(await theme.async('string'), plan.theme))
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
