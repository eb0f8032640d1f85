/**
 * How the PowerPoint file is made (`--pptx`): `native`, every slide's text, tables and
 * diagrams as PowerPoint's own objects, placed as the browser drew them; `pictures`,
 * each slide as its PNG (pixel-exact, nothing editable).
 */
export const PPTX_MODES = ['native', 'pictures'] as const

/** One of {@link PPTX_MODES}. */
export type PptxMode = typeof PPTX_MODES[number]

/** The mode when none is asked for. */
export const DEFAULT_PPTX_MODE: PptxMode = 'native'
