import type { FormatInput } from '../../scripts/export/formats/format'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeOrder } from '../../scripts/export/export-deck'
import { defineFormat } from '../../scripts/export/formats/format'
import { ALL_FORMATS, formatOf, FORMATS, parseFormats } from '../../scripts/export/formats/registry'

const byName = (...names: string[]) => FORMATS.filter(format => names.includes(format.name))
const names = (formats: readonly { name: string }[]) => formats.map(format => format.name)

describe('the format registry', () => {
  it('lists every format once, in the order users see them, each with its own output in exports/', () => {
    expect(ALL_FORMATS).toEqual(['pdf', 'png', 'handout', 'pptx', 'site', 'notes'])
    expect(Object.fromEntries(FORMATS.map(format => [format.name, format.output]))).toEqual({
      pdf: 'slides.pdf',
      png: 'png',
      handout: 'handout.pdf',
      pptx: 'slides.pptx',
      site: 'site',
      notes: 'notes.md',
    })
    expect(new Set(FORMATS.map(format => format.output)).size).toBe(FORMATS.length)
    expect(formatOf('pptx').needs).toEqual(['pngs', 'plan'])
  })

  it('lists the handout, which turns the print view into itself, after every other format written from the print view', () => {
    const inPage = names(writeOrder(FORMATS).inPage)
    expect(inPage.at(-1)).toBe('handout')
    expect(inPage).toEqual(['pdf', 'handout'])
  })

  it('keeps --formats parsing and its message', () => {
    expect(parseFormats('notes,pdf')).toEqual(['pdf', 'notes'])
    expect(() => parseFormats('pdf,svg')).toThrow('unknown format svg: choose from pdf, png, handout, pptx, site, notes or all')
  })
})

describe('writeOrder', () => {
  it('takes PNGs only when a chosen format needs them, also when PNGs are not chosen', () => {
    expect(writeOrder(byName('pptx'))).toMatchObject({ pngs: true, inPage: [], after: byName('pptx') })
    expect(writeOrder(byName('pdf', 'notes')).pngs).toBe(false)
    expect(writeOrder(byName('png')).pngs).toBe(true)
  })

  it('writes from the open print view first, in the registry order, and the rest once it is closed', () => {
    const order = writeOrder(FORMATS)
    expect(names(order.inPage)).toEqual(['pdf', 'handout'])
    expect(names(order.after)).toEqual(['png', 'pptx', 'site', 'notes'])
  })
})

describe('a format', () => {
  let dir: string | undefined

  afterEach(() => {
    if (dir)
      rmSync(dir, { recursive: true, force: true })
  })

  const input = (values: Partial<FormatInput>): FormatInput => ({ path: '', outputs: new Map(), handoutPerPage: 1, timeout: 1_000, ...values } as FormatInput)

  it('is one file: a new one is scheduled by what it needs', async () => {
    const words = defineFormat({
      name: 'words',
      output: 'words.txt',
      needs: ['plan'],
      async write({ deck, path }) {
        writeFileSync(path, deck.meta.title)
      },
    })
    expect(writeOrder([words])).toEqual({ pngs: false, inPage: [], after: [words] })
    dir = mkdtempSync(join(tmpdir(), 'format-'))
    await words.write(input({ path: join(dir, words.output), deck: { meta: { title: 'A talk' } } as FormatInput['deck'] }))
    expect(readFileSync(join(dir, 'words.txt'), 'utf8')).toBe('A talk')
  })

  it('png copies the PNGs taken from the print view into its folder', async () => {
    dir = mkdtempSync(join(tmpdir(), 'format-'))
    mkdirSync(join(dir, '.png'))
    const pngs = ['01.png', '02.png'].map((name) => {
      writeFileSync(join(dir!, '.png', name), name)
      return join(dir!, '.png', name)
    })
    await formatOf('png').write(input({ path: join(dir, 'png'), pngs }))
    expect(readdirSync(join(dir, 'png')).sort()).toEqual(['01.png', '02.png'])
  })

  it('site puts the slides PDF into the built site when the PDF is written too', async () => {
    dir = mkdtempSync(join(tmpdir(), 'format-'))
    const site = join(dir, 'site')
    mkdirSync(site)
    await formatOf('site').write(input({ path: site, site }))
    expect(readdirSync(site)).toEqual([])
    writeFileSync(join(dir, 'slides.pdf'), '%PDF')
    await formatOf('site').write(input({ path: site, site, outputs: new Map([['pdf', join(dir, 'slides.pdf')]]) }))
    expect(readdirSync(site)).toEqual(['slides.pdf'])
  })
})
