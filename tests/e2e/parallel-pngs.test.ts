import { createHash } from 'node:crypto'
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import JSZip from 'jszip'
import { describe, expect, inject, it } from 'vitest'
import { findBrowser } from '../../scripts/export/find-browser'
import { makeDeck } from '../../scripts/pipeline/make-deck'
import { pdfPageTexts } from '../helpers/pdf'
import { ROOT } from '../helpers/run-cli'
import { useSharedDeck } from '../helpers/shared-deck'

const deckDir = inject('deckDir')
const noCjkFontConfig = inject('noCjkFontConfig')

useSharedDeck()

const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')
const pngHashes = (dir: string) => readdirSync(dir).sort().map(name => sha(readFileSync(join(dir, name))))

describe('slide PNGs taken from a second page', () => {
  it('are the PNGs one page takes, while the PDF, the handout and the PowerPoint pictures (which wait for them) are written from the first', async () => {
    const dir = join(ROOT, 'tests/.tmp/parallel-pngs')
    rmSync(dir, { recursive: true, force: true })
    cpSync(deckDir, dir, { recursive: true })
    // Nothing kept: every PNG is taken and every output written, from the site the shared deck built.
    for (const kept of ['png', 'outputs.json', 'view.json'])
      rmSync(join(dir, '.deck-cache', kept), { recursive: true, force: true })
    const stages: string[] = []
    const fontConfig = process.env.FONTCONFIG_FILE
    // The shared deck was exported with no system CJK font; so is this one.
    process.env.FONTCONFIG_FILE = noCjkFontConfig
    try {
      const made = await makeDeck({
        article: join(ROOT, 'tests/fixtures/e2e/article.md'),
        outDir: dir,
        browserPath: findBrowser().path,
        formats: ['pdf', 'png', 'pptx', 'handout'],
        formatOptions: { pptx: 'pictures' },
        parallelPngs: 1,
        onStage: stage => stages.push(stage),
      })
      expect(made.rounds).toBe(1)
    }
    finally {
      if (fontConfig === undefined)
        delete process.env.FONTCONFIG_FILE
      else
        process.env.FONTCONFIG_FILE = fontConfig
    }
    expect(stages, 'the PNGs are waited for last, having been taken meanwhile').toEqual(expect.arrayContaining(['reuse', 'slides', 'pdf', 'pptx', 'handout', 'pngs']))
    expect(stages.indexOf('pngs')).toBeGreaterThan(stages.indexOf('handout'))

    const exportsDir = join(dir, 'exports')
    const shared = join(deckDir, 'exports')
    expect(pngHashes(join(exportsDir, 'png')), 'the same PNGs, byte for byte').toEqual(pngHashes(join(shared, 'png')))
    for (const pdf of ['slides.pdf', 'handout.pdf'])
      expect(await pdfPageTexts(join(exportsDir, pdf)), pdf).toEqual(await pdfPageTexts(join(shared, pdf)))
    const zip = await JSZip.loadAsync(await readFile(join(exportsDir, 'slides.pptx')))
    const media = await Promise.all(Object.values(zip.files).filter(file => file.name.startsWith('ppt/media/') && !file.dir).map(async file => sha(await file.async('uint8array'))))
    expect(new Set(media), 'each PowerPoint slide is its PNG').toEqual(new Set(pngHashes(join(exportsDir, 'png'))))
  }, 180_000)
})
