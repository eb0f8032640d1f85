import { copyFile, rm } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { defineFormat } from './format'

/**
 * The built deck as static files (presenter mode included), with the slides PDF inside
 * when it is written too. The site is built into this format's output (the print view
 * is opened from it, and the next run reuses it when its sources are unchanged), so
 * writing it only adds the PDF.
 */
export const site = defineFormat({
  name: 'site',
  output: 'site',
  needs: ['site'],
  async write({ site: built, outputs }) {
    const slidesPdf = outputs.get('pdf')
    if (!slidesPdf)
      return
    // A reused site's files are hard links to the previous export's: replace, never write into.
    const target = join(built, basename(slidesPdf))
    await rm(target, { force: true })
    await copyFile(slidesPdf, target)
  },
})
