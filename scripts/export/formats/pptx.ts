import { writePptx } from '../write-pptx'
import { defineFormat } from './format'

/** PowerPoint: one slide per slide (its PNG, full bleed), the notes as speaker notes. */
export const pptx = defineFormat({
  name: 'pptx',
  output: 'slides.pptx',
  needs: ['pngs', 'plan'],
  async write({ deck, pngs, path }) {
    await writePptx({ deck, pngs, path })
  },
})
