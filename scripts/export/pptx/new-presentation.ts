import type PptxGenJS from 'pptxgenjs'

/** What a new PowerPoint file says of itself: its document properties and the theme's fonts. */
export interface PresentationInfo {
  title: string
  author?: string
  subject?: string
  /** Latin font faces of the theme's headings and body. */
  fonts: { heading: string, body: string }
}

/**
 * A new 16:9 presentation with its title, author, subject and theme fonts set, for both
 * PowerPoint writers (native and pictures). pptxgenjs is loaded here, when a PowerPoint
 * file is written, not when the command starts.
 */
export async function newPresentation({ title, author, subject, fonts }: PresentationInfo): Promise<PptxGenJS> {
  const { default: PptxGen } = await import('pptxgenjs')
  const pptx: PptxGenJS = new PptxGen()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = title
  if (author)
    pptx.author = author
  if (subject)
    pptx.subject = subject
  pptx.theme = { headFontFace: fonts.heading, bodyFontFace: fonts.body }
  return pptx
}
