import { writeFile } from '../../lib/files'
import { renderScript } from '../../render/render-script'
import { defineFormat } from './format'

/** The talk script: each slide's number, title, time and the words to say. */
export const notes = defineFormat({
  name: 'notes',
  output: 'notes.md',
  needs: ['plan'],
  async write({ deck, path }) {
    await writeFile(path, renderScript(deck))
  },
})
