import type PptxGenJS from 'pptxgenjs'
import type { DeckSpec, Frame, LayoutKind, TextRun, TextShape } from './spec'

/** Points in an inch: pptxgenjs places in inches, the spec in points. */
export const POINTS_PER_INCH = 72

/** Every layout of the master, in the order PowerPoint lists them. */
export const LAYOUT_KINDS: readonly LayoutKind[] = ['Cover', 'Agenda', 'Section', 'Content', 'Statement', 'Closing']

/** Name of the title placeholder in every layout. */
export const TITLE_PLACEHOLDER = 'title'

/** Where a layout's title goes when no slide of the deck shows one: a content slide's heading (`styles/theme.css`). */
const DEFAULT_TITLE: Frame = { x: 56, y: 36, w: 848, h: 45 }

/** Size of a layout's title when no slide shows one, in points (`styles/theme.css`: h1 of a 960 px canvas). */
const DEFAULT_TITLE_SIZE = 32

/** Points as inches. */
export function inches(points: number): number {
  return points / POINTS_PER_INCH
}

/** The first title of a slide on this layout, which the layout's placeholder takes its place and look from. */
function sampleTitle(spec: DeckSpec, kind: LayoutKind): { frame: Frame, run?: TextRun } | undefined {
  for (const slide of spec.slides.filter(candidate => candidate.layout === kind)) {
    const title = slide.shapes.find((shape): shape is TextShape => shape.kind === 'text' && shape.placeholder !== undefined)
    if (title) {
      const run = title.paragraphs[0]?.parts.find((part): part is TextRun => !('break' in part))
      return { frame: title.frame, run }
    }
  }
  return undefined
}

/**
 * Defines the master's layouts in the deck's theme: one per kind of slide (cover, agenda,
 * section divider, content, statement, closing), each with the background its slides
 * have and a title placeholder where, and as, its slides' titles are drawn (navy bold
 * on paper, white on the section band), so slides added in PowerPoint look like ours.
 */
export function defineLayouts(pptx: PptxGenJS, spec: DeckSpec): void {
  for (const kind of LAYOUT_KINDS) {
    const slide = spec.slides.find(candidate => candidate.layout === kind)
    const background = slide && 'paint' in slide.background ? slide.background.paint.color : spec.theme.paper
    const sample = sampleTitle(spec, kind)
    const frame = sample?.frame ?? DEFAULT_TITLE
    const run = sample?.run
    pptx.defineSlideMaster({
      title: kind,
      background: { color: background },
      objects: [{
        placeholder: {
          options: {
            name: TITLE_PLACEHOLDER,
            type: 'title' as PptxGenJS.PLACEHOLDER_TYPE,
            x: inches(frame.x),
            y: inches(frame.y),
            w: inches(frame.w),
            h: inches(frame.h),
            fontFace: run?.font.latin ?? spec.theme.fonts.heading.latin,
            fontSize: run?.size ?? DEFAULT_TITLE_SIZE,
            color: run?.paint.color ?? spec.theme.primary,
            bold: run?.bold ?? true,
            valign: 'top',
            margin: 0,
          },
          text: '',
        },
      }],
    })
  }
}
