import type { PptxMode } from '../pptx/mode'
import { join } from 'node:path'
import { DEFAULT_PPTX_MODE, PPTX_MODES } from '../pptx/mode'
import { writePptxFromPage } from '../pptx/write-from-page'
import { writePptx } from '../write-pptx'
import { defineFormat } from './format'

/** The folder (in the deck's cache) of the pictures of formulas, SVGs and gradients, by the fingerprint of their slide. */
const CAPTURE_CACHE = 'pptx'

/**
 * PowerPoint: by default native, every word editable (titles in title placeholders,
 * points as bullets, tables, charts and diagrams as PowerPoint's own objects, placed as
 * the print view drew them); `--pptx pictures`: one slide per slide as its PNG, full
 * bleed. Either way the notes are the speaker notes. It reads the open print view, so it
 * is listed before the handout, which changes the page.
 */
export const pptx = defineFormat({
  name: 'pptx',
  output: 'slides.pptx',
  // Only its pictures are the PNGs; the native file is read from the print view.
  needs: mode => mode === 'pictures' ? ['printView', 'pngs', 'plan'] : ['printView', 'plan'],
  option: {
    flag: 'pptx',
    takes: PPTX_MODES.join(' or '),
    read: text => PPTX_MODES.find(mode => mode === text),
    fallback: (): PptxMode => DEFAULT_PPTX_MODE,
  },
  reuseKey: option => option,
  async write({ page, deck, pngs, path, timeout, option, fingerprints, cacheDir }) {
    if (option === 'pictures')
      await writePptx({ deck, pngs, path })
    else
      await writePptxFromPage({ page, deck, path, timeout, cache: { dir: join(cacheDir, CAPTURE_CACHE), fingerprints } })
  },
})
