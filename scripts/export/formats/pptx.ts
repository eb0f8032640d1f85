import { join } from 'node:path'
import { writePptxFromPage } from '../pptx/write-from-page'
import { writePptx } from '../write-pptx'
import { defineFormat } from './format'

/**
 * PowerPoint: by default native, every word editable (titles in title placeholders,
 * points as bullets, tables, charts and diagrams as PowerPoint's own objects, placed as
 * the print view drew them); `--pptx pictures`: one slide per slide as its PNG, full
 * bleed. Either way the notes are the speaker notes. It reads the open print view, so it
 * is listed before the handout, which changes the page.
 */
/** The folder (in the deck's cache) of the pictures of formulas, SVGs and gradients, by the fingerprint of their slide. */
const CAPTURE_CACHE = 'pptx'

export const pptx = defineFormat({
  name: 'pptx',
  output: 'slides.pptx',
  needs: ['printView', 'pngs', 'plan'],
  reuseKey: ({ pptxMode }) => pptxMode,
  async write({ page, deck, pngs, path, timeout, pptxMode, fingerprints, cacheDir }) {
    if (pptxMode === 'pictures')
      await writePptx({ deck, pngs, path })
    else
      await writePptxFromPage({ page, deck, path, timeout, cache: { dir: join(cacheDir, CAPTURE_CACHE), fingerprints } })
  },
})
