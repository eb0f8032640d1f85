import type { Bullet, Frame, NotesParagraph, Paint, TextParagraph, TextRun, TextShape } from './spec'

/** English Metric Units in a point: DrawingML's length unit. */
export const EMU_PER_POINT = 12_700

/** Whether a character can stand in XML 1.0: tab, line feed, carriage return, and from the space on, but U+FFFE and U+FFFF. */
function xmlChar(char: string): boolean {
  const code = char.codePointAt(0)!
  return (code >= 0x20 || code === 0x09 || code === 0x0A || code === 0x0D) && code !== 0xFFFE && code !== 0xFFFF
}

/** Text escaped for XML, without the characters XML cannot hold. */
export function xmlText(text: string): string {
  return [...text].filter(xmlChar).join('').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Points as EMU, rounded. */
export function emu(points: number): number {
  return Math.round(points * EMU_PER_POINT)
}

/** A solid colour (`<a:srgbClr>` with its alpha when not opaque). */
export function colorXml(paint: Paint): string {
  const alpha = paint.alpha < 0.999 ? `<a:alpha val="${Math.round(paint.alpha * 100_000)}"/>` : ''
  return alpha ? `<a:srgbClr val="${paint.color}">${alpha}</a:srgbClr>` : `<a:srgbClr val="${paint.color}"/>`
}

/** The placeholder a hyperlink's relationship id stands for until the slide's relationships are written. */
export function linkToken(href: string): string {
  return `{{pptx-link:${encodeURIComponent(href)}}}`
}

/** Run properties (`<a:rPr>`): size, weight, colour, the Latin and East Asian fonts, link. */
function runProperties(run: TextRun, lang: string): string {
  const attributes = [
    `lang="${lang}"`,
    'altLang="en-US"',
    `sz="${Math.round(run.size * 100)}"`,
    run.bold ? 'b="1"' : 'b="0"',
    run.italic ? 'i="1"' : '',
    run.underline ? 'u="sng"' : '',
    run.strike ? 'strike="sngStrike"' : '',
    run.spacing ? `spc="${Math.round(run.spacing * 100)}"` : '',
    run.baseline ? `baseline="${run.baseline * 1000}"` : '',
    'dirty="0"',
  ].filter(Boolean).join(' ')
  const highlight = run.highlight ? `<a:highlight><a:srgbClr val="${run.highlight}"/></a:highlight>` : ''
  const fonts = `<a:latin typeface="${xmlText(run.font.latin)}"/><a:ea typeface="${xmlText(run.font.ea)}"/><a:cs typeface="${xmlText(run.font.latin)}"/>`
  const link = run.href ? `<a:hlinkClick r:id="${linkToken(run.href)}"/>` : ''
  return `<a:rPr ${attributes}><a:solidFill>${colorXml(run.paint)}</a:solidFill>${highlight}${fonts}${link}</a:rPr>`
}

/** A paragraph's bullet (`<a:buClr>`, size, font, then the bullet itself). */
function bulletXml(bullet: Bullet): string {
  if (bullet.kind === 'none')
    return '<a:buNone/>'
  const common = `<a:buClr>${colorXml(bullet.paint)}</a:buClr><a:buSzPct val="${bullet.sizePercent * 1000}"/><a:buFont typeface="${xmlText(bullet.font)}"/>`
  return bullet.kind === 'char'
    ? `${common}<a:buChar char="${xmlText(bullet.char)}"/>`
    : `${common}<a:buAutoNum type="${bullet.scheme}" startAt="${bullet.startAt}"/>`
}

/** One paragraph (`<a:p>`): exact line spacing, space before, margins, bullet, runs and the browser's line breaks. */
export function paragraphXml(paragraph: TextParagraph): string {
  const attributes = [
    `marL="${emu(paragraph.marginLeft)}"`,
    `indent="${emu(paragraph.indent)}"`,
    paragraph.level > 0 ? `lvl="${Math.min(8, paragraph.level)}"` : '',
    `algn="${paragraph.align}"`,
  ].filter(Boolean).join(' ')
  const spacing = `<a:lnSpc><a:spcPts val="${Math.round(paragraph.lineSpacing * 100)}"/></a:lnSpc><a:spcBef><a:spcPts val="${Math.round(paragraph.spaceBefore * 100)}"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft>`
  const parts = paragraph.parts.map(part => ('break' in part
    ? `<a:br><a:rPr lang="${paragraph.lang}" sz="${Math.round(part.size * 100)}" dirty="0"/></a:br>`
    : `<a:r>${runProperties(part, paragraph.lang)}<a:t>${xmlText(part.text)}</a:t></a:r>`)).join('')
  return `<a:p><a:pPr ${attributes}>${spacing}${bulletXml(paragraph.bullet)}</a:pPr>${parts}<a:endParaRPr lang="${paragraph.lang}" sz="${Math.round(paragraph.endSize * 100)}" dirty="0"/></a:p>`
}

/**
 * A text body (`<p:txBody>`, or `<a:txBody>` in a table cell): no insets, square wrap in
 * a frame a little wider than the browser's (no wrap for text on single lines), no
 * autofit, anchored at the top (or the middle), and the paragraphs.
 */
export function textBodyXml(paragraphs: readonly TextParagraph[], options: { cell?: boolean, anchor?: 't' | 'ctr', wrap?: boolean } = {}): string {
  const tag = options.cell ? 'a:txBody' : 'p:txBody'
  const body = options.cell ? '<a:bodyPr/>' : `<a:bodyPr wrap="${options.wrap === false ? 'none' : 'square'}" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="${options.anchor ?? 't'}"/>`
  return `<${tag}>${body}<a:lstStyle/>${paragraphs.map(paragraphXml).join('')}</${tag}>`
}

/** Shape properties (`<p:spPr>`) of a text shape: where it is, its outline and fill. */
export function textShapePropertiesXml(shape: Pick<TextShape, 'frame' | 'fill' | 'geometry' | 'radius'>): string {
  const { x, y, w, h }: Frame = shape.frame
  const adjust = shape.geometry === 'roundRect' ? `<a:gd name="adj" fmla="val ${Math.round(Math.min(0.5, shape.radius) * 100_000)}"/>` : ''
  const fill = shape.fill ? `<a:solidFill>${colorXml(shape.fill)}</a:solidFill>` : '<a:noFill/>'
  return `<p:spPr><a:xfrm><a:off x="${emu(x)}" y="${emu(y)}"/><a:ext cx="${emu(Math.max(1, w))}" cy="${emu(Math.max(1, h))}"/></a:xfrm><a:prstGeom prst="${shape.geometry}"><a:avLst>${adjust}</a:avLst></a:prstGeom>${fill}<a:ln><a:noFill/></a:ln></p:spPr>`
}

/** Speaker notes as a notes text body: a paragraph each, bold kept, line breaks kept. */
export function notesBodyXml(paragraphs: readonly NotesParagraph[], lang: string): string {
  const run = (text: string, bold: boolean) => `<a:r><a:rPr lang="${lang}" altLang="en-US"${bold ? ' b="1"' : ''} dirty="0"/><a:t>${xmlText(text)}</a:t></a:r>`
  const body = paragraphs.map(paragraph => `<a:p>${paragraph.runs.map(part => part.text.split('\n').map(line => (line ? run(line, part.bold) : '')).join('<a:br/>')).join('')}</a:p>`).join('')
  return `<p:txBody><a:bodyPr/><a:lstStyle/>${body || '<a:p/>'}</p:txBody>`
}
