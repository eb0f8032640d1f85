import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { writeFile } from '../../lib/files'
import { renderReview } from '../../render/render-review'
import { defineFormat } from './format'

/**
 * The review page: each slide's picture, what it shows and the article lines it came
 * from, with what to check first. Its pictures are the exported PNGs beside it (`png/`)
 * when those are written too, else the PNGs themselves inside the page.
 */
export const review = defineFormat({
  name: 'review',
  output: 'review.html',
  needs: ['plan', 'pngs', 'check'],
  async write({ deck, pngs, outputs, findings, path }) {
    const linked = outputs.has('png')
    const pictures = await Promise.all(pngs.map(async png => (linked ? `png/${basename(png)}` : `data:image/png;base64,${(await readFile(png)).toString('base64')}`)))
    await writeFile(path, renderReview({ deck, pictures, ...findings }))
  },
})
