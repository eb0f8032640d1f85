import type { AnyNode, Document, Element } from 'domhandler'
import type JSZip from 'jszip'
import type { PlaceholderKind, ThemeSpec } from './spec'
import { isTag } from 'domhandler'
import { append, appendChild, findAll, findOne, removeElement } from 'domutils'
import { isEastAsianFamily } from './css-values'
import { xmlText } from './text-body-xml'
import { childElements, elementsNamed, firstNamed, firstText, parseElement, parseXml, replaceWith, serializeXml } from './xml-parts'

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

/** What a slide's shape tree opens with: its own name and geometry. */
const TREE_HEAD = new Set(['p:nvGrpSpPr', 'p:grpSpPr'])
/** The elements that are objects of a slide's shape tree. */
const OBJECTS = new Set(['p:sp', 'p:pic', 'p:graphicFrame', 'p:cxnSp'])

/** An object name that puts the object in `group`, safe in XML. */
export function groupedName(name: string, group?: string): string {
  const safe = name.replace(/[^\w .:-]/g, '_').slice(0, 80)
  return group ? `${GROUP_MARK}${group.replace(/[^\w.:-]/g, '_')}${GROUP_SEPARATOR}${safe}` : safe
}

/** Puts each marked text shape's own geometry and text body in place of pptxgenjs's, and marks a centred title or subtitle as such. */
export function replaceTexts(root: Document, texts: ReadonlyMap<string, TextReplacement>): void {
  for (const shape of elementsNamed(root, 'p:sp')) {
    const marker = firstText(shape)
    const replacement = marker ? texts.get(marker) : undefined
    if (!replacement)
      continue
    const geometry = firstNamed(shape, 'p:spPr')
    if (geometry)
      replaceWith(geometry, parseElement(replacement.spPr))
    const body = firstNamed(shape, 'p:txBody')
    if (body)
      replaceWith(body, parseElement(replacement.txBody))
    if (replacement.placeholder === 'ctrTitle' || replacement.placeholder === 'subTitle')
      retypeTitle(shape, replacement.placeholder)
  }
}

/** Makes the first title placeholder within `root` (`type="title"`) a centred title or a subtitle. */
function retypeTitle(root: AnyNode, type: 'ctrTitle' | 'subTitle'): void {
  const title = findOne(element => element.attribs.type === 'title', 'children' in root ? root.children : [], true)
  if (title)
    title.attribs.type = type
}

/** Puts each marked table cell's text body in place of pptxgenjs's. */
export function replaceCells(root: Document, cells: ReadonlyMap<string, string>): void {
  for (const body of elementsNamed(root, 'a:txBody')) {
    const marker = firstText(body)
    const cell = marker ? cells.get(marker) : undefined
    if (cell)
      replaceWith(body, parseElement(cell))
  }
}

/** The group an object's name puts it in (`pptx-group:<group>|<name>`), if any. */
function groupOf(object: Element): string | undefined {
  const name = firstNamed(object, 'p:cNvPr')?.attribs.name ?? ''
  return name.startsWith(GROUP_MARK) && name.includes(GROUP_SEPARATOR) ? name.slice(GROUP_MARK.length, name.indexOf(GROUP_SEPARATOR)) : undefined
}

/** Takes the group off an object's name. */
function ungroupName(object: Element): void {
  const properties = firstNamed(object, 'p:cNvPr')
  if (properties && groupOf(object) !== undefined)
    properties.attribs.name = properties.attribs.name!.slice(properties.attribs.name!.indexOf(GROUP_SEPARATOR) + 1)
}

/** Wraps each run of neighbouring objects of one group in a group shape (`<p:grpSp>`) spanning them, and takes the group off their names. */
export function groupObjects(root: Document): void {
  const tree = firstNamed(root, 'p:spTree')
  if (!tree)
    return
  const children = childElements(tree)
  const head = children.filter(element => TREE_HEAD.has(element.name))
  const objects = children.filter(element => OBJECTS.has(element.name))
  const rest = children.filter(element => !TREE_HEAD.has(element.name) && !OBJECTS.has(element.name))
  const out: AnyNode[] = []
  for (let index = 0; index < objects.length;) {
    const group = groupOf(objects[index]!)
    let end = index + 1
    if (group) {
      while (end < objects.length && groupOf(objects[end]!) === group)
        end++
    }
    const members = objects.slice(index, end)
    members.forEach(ungroupName)
    out.push(...(group && members.length > 1 ? [groupShape(group, members)] : members))
    index = end
  }
  // The tree's own head, then its objects grouped, then anything else it held (its whitespace dropped).
  tree.children.filter(node => !isTag(node)).forEach(removeElement)
  for (const node of [...head, ...out, ...rest])
    appendChild(tree, node)
}

/** A group shape around objects, its frame their bounds (child space = slide space). */
function groupShape(name: string, members: readonly Element[]): Element {
  const boxes = members.flatMap((member) => {
    const off = firstNamed(member, 'a:off')?.attribs
    const ext = firstNamed(member, 'a:ext')?.attribs
    return off && ext ? [{ x: Number(off.x), y: Number(off.y), w: Number(ext.cx), h: Number(ext.cy) }] : []
  })
  const x = Math.min(...boxes.map(box => box.x))
  const y = Math.min(...boxes.map(box => box.y))
  const w = Math.max(...boxes.map(box => box.x + box.w)) - x
  const h = Math.max(...boxes.map(box => box.y + box.h)) - y
  const frame = `<a:off x="${x}" y="${y}"/><a:ext cx="${w}" cy="${h}"/><a:chOff x="${x}" y="${y}"/><a:chExt cx="${w}" cy="${h}"/>`
  const group = parseElement(`<p:grpSp><p:nvGrpSpPr><p:cNvPr id="0" name="${xmlText(name)}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>${frame}</a:xfrm></p:grpSpPr></p:grpSp>`)
  members.forEach(member => appendChild(group, member))
  return group
}

/** Numbers the objects of a slide 1, 2, 3 ... in document order (pptxgenjs repeats ids, which PowerPoint repairs). */
export function renumberObjects(root: Document): void {
  elementsNamed(root, 'p:cNvPr').filter(element => element.attribs.id !== undefined).forEach((element, index) => {
    element.attribs.id = String(index + 1)
  })
}

/** Names every East Asian font that is not one (pptxgenjs writes the Latin font there too) after the deck's East Asian font. */
export function eastAsianFonts(root: Document, eastAsian: string): void {
  for (const font of elementsNamed(root, 'a:ea')) {
    const family = font.attribs.typeface
    if (family !== undefined && family !== '' && !family.startsWith('+') && !isEastAsianFamily(family))
      font.attribs.typeface = xmlText(eastAsian)
  }
}

/** A chart's labels: never wrapped (the browser's did not), with the East Asian font named beside the Latin one. */
export function chartLabels(root: Document, eastAsian: string): void {
  for (const properties of elementsNamed(root, 'c:txPr')) {
    const body = childElements(properties)[0]
    if (body?.name === 'a:bodyPr' && Object.keys(body.attribs).length === 0 && body.children.length === 0)
      body.attribs.wrap = 'none'
  }
  for (const latin of elementsNamed(root, 'a:latin')) {
    const next = latin.parent ? childElements(latin.parent as Element)[childElements(latin.parent as Element).indexOf(latin) + 1] : undefined
    if (next?.name !== 'a:ea')
      append(latin, parseElement(`<a:ea typeface="${xmlText(eastAsian)}"/>`))
  }
}

/** The theme's colours and fonts: our palette as the colour scheme, our fonts for Latin and East Asian text. */
export function setTheme(root: Document, theme: ThemeSpec): void {
  const scheme = `<a:clrScheme name="Deck"><a:dk1><a:srgbClr val="${theme.ink}"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="${theme.primary}"/></a:dk2><a:lt2><a:srgbClr val="${theme.paper}"/></a:lt2><a:accent1><a:srgbClr val="${theme.primary}"/></a:accent1><a:accent2><a:srgbClr val="${theme.accent}"/></a:accent2><a:accent3><a:srgbClr val="${theme.primarySoft}"/></a:accent3><a:accent4><a:srgbClr val="${theme.accentSoft}"/></a:accent4><a:accent5><a:srgbClr val="${theme.muted}"/></a:accent5><a:accent6><a:srgbClr val="${theme.band}"/></a:accent6><a:hlink><a:srgbClr val="${theme.primary}"/></a:hlink><a:folHlink><a:srgbClr val="${theme.muted}"/></a:folHlink></a:clrScheme>`
  const old = firstNamed(root, 'a:clrScheme')
  if (old)
    replaceWith(old, parseElement(scheme))
  for (const [name, family] of [['a:majorFont', theme.fonts.heading.ea], ['a:minorFont', theme.fonts.body.ea]] as const) {
    const font = firstNamed(root, name)
    const eastAsian = font ? firstNamed(font, 'a:ea') : undefined
    if (eastAsian)
      eastAsian.attribs.typeface = xmlText(family)
  }
}

/** A relationship to add to a part's relationships. */
interface Relationship {
  id: string
  type: string
  target: string
  external?: boolean
}

/** Adds relationships to a part's relationships file. */
function addRelationships(root: Document, entries: readonly Relationship[]): void {
  const list = firstNamed(root, 'Relationships')
  if (!list)
    return
  for (const entry of entries)
    appendChild(list, parseElement(`<Relationship Id="${entry.id}" Type="${entry.type}" Target="${xmlText(entry.target)}"${entry.external ? ' TargetMode="External"' : ''}/>`))
}

/** What a link's relationship id is written as in a text body until it has one: `{{pptx-link:<encoded href>}}`. */
const LINK_TOKEN = /^\{\{pptx-link:([^}]*)\}\}$/

/** Gives links their relationships: each `{{pptx-link:...}}` id becomes the id of a hyperlink relationship of the slide. */
function linkSlide(root: Document, slide: number): Relationship[] {
  const ids = new Map<string, string>()
  for (const element of findAll(() => true, root.children)) {
    for (const [name, value] of Object.entries(element.attribs)) {
      const token = LINK_TOKEN.exec(value)
      if (!token)
        continue
      const href = decodeURIComponent(token[1]!)
      if (!ids.has(href))
        ids.set(href, `rIdDeckLink${slide}x${ids.size + 1}`)
      element.attribs[name] = ids.get(href)!
    }
  }
  return [...ids].map(([target, id]) => ({ id, type: RELATIONSHIP.hyperlink, target, external: true }))
}

/** Gives each marked picture its SVG: the file, its relationship and the `svgBlip` extension on the picture's blip. */
function svgSlide(root: Document, slide: number, svgs: ReadonlyMap<string, string>, zip: JSZip): Relationship[] {
  const rels: Relationship[] = []
  for (const picture of elementsNamed(root, 'p:pic')) {
    const svg = svgs.get(firstNamed(picture, 'p:cNvPr')?.attribs.name ?? '')
    const blip = firstNamed(picture, 'a:blip')
    if (!svg || !blip?.attribs['r:embed'])
      continue
    const id = `rIdDeckSvg${slide}x${rels.length + 1}`
    const file = `deck-svg-${slide}-${rels.length + 1}.svg`
    zip.file(`ppt/media/${file}`, svg)
    rels.push({ id, type: RELATIONSHIP.image, target: `../media/${file}` })
    const extension = parseElement(`<a:extLst><a:ext uri="${SVG_EXTENSION}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="${id}"/></a:ext></a:extLst>`)
    childElements(blip).filter(child => child.name === 'a:extLst').forEach(removeElement)
    appendChild(blip, extension)
  }
  return rels
}

/** A slide's notes with our text body in the notes placeholder (the body placeholder's shape, whose geometry pptxgenjs leaves empty). */
function notesSlide(root: Document, body: string): void {
  const shape = elementsNamed(root, 'p:sp').find(candidate => elementsNamed(candidate, 'p:ph').some(placeholder => placeholder.attribs.type === 'body'))
  const geometry = shape ? firstNamed(shape, 'p:spPr') : undefined
  const text = shape ? firstNamed(shape, 'p:txBody') : undefined
  if (geometry && geometry.children.length === 0 && text)
    replaceWith(text, parseElement(body))
}

/** The slide files of a package, in slide order. */
function slideFiles(zip: JSZip): string[] {
  const number = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1])
  return Object.keys(zip.files).filter(name => /^ppt\/slides\/slide\d+\.xml$/.test(name)).sort((a, b) => number(a) - number(b))
}

/** Reads a part of the package, lets `change` change it, and writes it back; false when the package has no such part. */
async function editPart<T>(zip: JSZip, name: string, change: (root: Document) => T): Promise<T | undefined> {
  const file = zip.file(name)
  if (!file)
    return undefined
  const part = parseXml(await file.async('string'))
  const result = change(part.document)
  zip.file(name, serializeXml(part))
  return result
}

/**
 * Finishes the file pptxgenjs wrote: our text bodies (the browser's line breaks, exact
 * spacing, bullets with their colours, Latin and East Asian fonts, links) in place of the
 * markers, table cells' text, each picture's SVG, diagrams grouped, objects numbered,
 * notes with their bold, East Asian fonts named everywhere pptxgenjs named the Latin one,
 * and the theme's colours and fonts; the centred title of the cover layout.
 */
export async function postProcess(buffer: Uint8Array, plan: PostProcessPlan): Promise<Uint8Array> {
  const { default: Zip } = await import('jszip')
  const zip = await Zip.loadAsync(buffer)
  const ea = plan.theme.fonts.body.ea
  for (const [index, file] of slideFiles(zip).entries()) {
    const slide = index + 1
    const rels = await editPart(zip, file, (root) => {
      replaceTexts(root, plan.texts)
      replaceCells(root, plan.cells)
      const added = [...linkSlide(root, slide), ...svgSlide(root, slide, plan.svgs, zip)]
      groupObjects(root)
      renumberObjects(root)
      eastAsianFonts(root, ea)
      return added
    })
    const relsFile = file.replace('slides/', 'slides/_rels/').replace('.xml', '.xml.rels')
    const notesTarget = await editPart(zip, relsFile, (root) => {
      if (rels && rels.length > 0)
        addRelationships(root, rels)
      const target = elementsNamed(root, 'Relationship').map(relationship => relationship.attribs.Target ?? '').find(target => /^\.\.\/notesSlides\/notesSlide\d+\.xml$/.test(target))
      return target?.slice('../notesSlides/'.length)
    })
    if (notesTarget && plan.notes[index] !== undefined)
      await editPart(zip, `ppt/notesSlides/${notesTarget}`, root => notesSlide(root, plan.notes[index]!))
  }
  for (const name of Object.keys(zip.files).filter(name => /^ppt\/(?:charts|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/.test(name))) {
    await editPart(zip, name, (root) => {
      eastAsianFonts(root, ea)
      if (name.startsWith('ppt/charts/'))
        chartLabels(root, ea)
      if (name.startsWith('ppt/slideLayouts/') && firstNamed(root, 'p:cSld')?.attribs.name === plan.centredTitleLayout) {
        retypeTitle(root, 'ctrTitle')
      }
    })
  }
  await editPart(zip, 'ppt/theme/theme1.xml', root => setTheme(root, plan.theme))
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
