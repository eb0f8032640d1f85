import type { HandoutPerPage } from '../handout-parts'
import { handoutPerPageFor, renderHandoutParts } from '../handout-parts'
import { pdfMeta } from '../pdf-meta'
import { writeHandout } from '../write-handout'
import { defineFormat } from './format'

/** The slides a handout page may hold (`--handout N`). */
const HANDOUT_PER_PAGE: readonly HandoutPerPage[] = [1, 2, 3]

/**
 * The handout: A4, each slide (the print view's own vector slide) with its notes. It
 * turns the print view into the handout, so it is listed after the other formats that
 * need the print view.
 */
export const handout = defineFormat({
  name: 'handout',
  output: 'handout.pdf',
  needs: ['printView', 'plan'],
  option: {
    flag: 'handout',
    takes: '1, 2 or 3 slides a page',
    read: text => HANDOUT_PER_PAGE.find(count => String(count) === text.trim()),
    fallback: handoutPerPageFor,
  },
  reuseKey: option => option,
  async write({ page, deck, path, option, timeout }) {
    await writeHandout(page, { path, parts: renderHandoutParts(deck, option), meta: pdfMeta(deck), timeout })
  },
})
