import { renderHandoutParts } from '../handout-parts'
import { pdfMeta } from '../pdf-meta'
import { writeHandout } from '../write-handout'
import { defineFormat } from './format'

/**
 * The handout: A4, each slide (the print view's own vector slide) with its notes. It
 * turns the print view into the handout, so it is listed after the other formats that
 * need the print view.
 */
export const handout = defineFormat({
  name: 'handout',
  output: 'handout.pdf',
  needs: ['printView', 'plan'],
  reuseKey: ({ handoutPerPage }) => handoutPerPage,
  async write({ page, deck, path, handoutPerPage, timeout }) {
    await writeHandout(page, { path, parts: renderHandoutParts(deck, handoutPerPage), meta: pdfMeta(deck), timeout })
  },
})
