import { writeFile } from '../../lib/files'
import { deckOutline } from '../../plan/deck-outline'
import { CANVAS } from '../canvas'
import { finishPdf, pdfMeta } from '../pdf-meta'
import { withTimeout } from '../with-timeout'
import { defineFormat } from './format'

/** The slides PDF: the print view printed one slide a page, selectable text, fonts embedded, bookmarks, title and author. */
export const pdf = defineFormat({
  name: 'pdf',
  output: 'slides.pdf',
  needs: ['printView', 'plan'],
  reuseKey: () => null,
  async write({ page, deck, path, timeout }) {
    const raw = await withTimeout(page.pdf({
      width: `${CANVAS.width}px`,
      height: `${CANVAS.height}px`,
      printBackground: true,
      preferCSSPageSize: true,
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
    }), timeout, 'the slides PDF was not printed')
    await writeFile(path, await finishPdf(raw, pdfMeta(deck), deckOutline(deck)))
  },
})
