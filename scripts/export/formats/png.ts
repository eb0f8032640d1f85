import { constants } from 'node:fs'
import { copyFile, mkdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { defineFormat } from './format'

/** One 1920x1080 PNG per slide, `01.png` ...: the PNGs taken from the print view. */
export const png = defineFormat({
  name: 'png',
  output: 'png',
  needs: ['pngs'],
  async write({ pngs, path }) {
    await mkdir(path, { recursive: true })
    await Promise.all(pngs.map(file => copyFile(file, join(path, basename(file)), constants.COPYFILE_FICLONE)))
  },
})
