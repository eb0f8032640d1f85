import type { FormatInput } from '../../scripts/export/formats/format'
import { Buffer } from 'node:buffer'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeOrder } from '../../scripts/export/export-deck'
import { defineFormat, needsOf, optionValue } from '../../scripts/export/formats/format'
import { ALL_FORMATS, formatOf, FORMATS, parseFormats } from '../../scripts/export/formats/registry'
import { readPptx } from '../helpers/pptx'

const byName = (...names: string[]) => FORMATS.filter(format => names.includes(format.name))
const names = (formats: readonly { name: string }[]) => formats.map(format => format.name)

describe('the format registry', () => {
  it('lists every format once, in the order users see them, each with its own output in exports/', () => {
    expect(ALL_FORMATS).toEqual(['pdf', 'png', 'pptx', 'handout', 'site', 'notes', 'review'])
    expect(Object.fromEntries(FORMATS.map(format => [format.name, format.output]))).toEqual({
      pdf: 'slides.pdf',
      png: 'png',
      handout: 'handout.pdf',
      pptx: 'slides.pptx',
      site: 'site',
      notes: 'notes.md',
      review: 'review.html',
    })
    expect(new Set(FORMATS.map(format => format.output)).size).toBe(FORMATS.length)
    expect(needsOf(formatOf('pptx'), 'pictures')).toEqual(['printView', 'pngs', 'plan'])
    expect(needsOf(formatOf('pptx'), 'native')).toEqual(['printView', 'plan'])
    expect(needsOf(formatOf('pdf'), undefined)).toEqual(['printView', 'plan'])
  })

  it('lists the handout, which turns the print view into itself, after every other format written from the print view (PowerPoint reads it)', () => {
    const inPage = names(writeOrder(FORMATS).inPage)
    expect(inPage.at(-1)).toBe('handout')
    expect(inPage).toEqual(['pdf', 'pptx', 'handout'])
  })

  it('keeps --formats parsing and its message', () => {
    expect(parseFormats('notes,pdf')).toEqual(['pdf', 'notes'])
    expect(() => parseFormats('pdf,svg')).toThrow('unknown format svg: choose from pdf, png, pptx, handout, site, notes, review or all')
  })
})

describe('a format\'s own option', () => {
  const deck = (notes: number) => ({ slides: Array.from({ length: 4 }, () => ({ kind: 'content', notes: [{ type: 'paragraph', inlines: [{ type: 'text', value: 'word '.repeat(notes) }] }] })) }) as unknown as FormatInput['deck']

  it('is read by its format from the text given, and the format takes its fallback when none is given', () => {
    expect(optionValue(formatOf('handout'), { handout: '3' }, deck(1))).toBe(3)
    expect(optionValue(formatOf('pptx'), { pptx: 'pictures' }, deck(1))).toBe('pictures')
    expect(optionValue(formatOf('pptx'), {}, deck(1))).toBe('native')
    expect(optionValue(formatOf('handout'), {}, deck(1))).toBe(2)
    expect(optionValue(formatOf('handout'), {}, deck(400))).toBe(1)
  })

  it('refuses what it does not take, and a format without one has none', () => {
    expect(formatOf('handout').option!.read('4')).toBeUndefined()
    expect(formatOf('pptx').option!.read('slides')).toBeUndefined()
    expect(optionValue(formatOf('pdf'), { pdf: 'x' }, deck(1))).toBeUndefined()
    expect(FORMATS.flatMap(format => format.option ? [format.option.flag] : [])).toEqual(['pptx', 'handout'])
  })
})

describe('writeOrder', () => {
  it('takes PNGs only when a chosen format needs them with its option\'s value, also when PNGs are not chosen', () => {
    expect(writeOrder(byName('pptx'), () => 'pictures')).toMatchObject({ pngs: true, inPage: byName('pptx'), after: [] })
    expect(writeOrder(byName('pptx'), () => 'native')).toMatchObject({ pngs: false, inPage: byName('pptx'), after: [] })
    expect(writeOrder(byName('pdf', 'notes')).pngs).toBe(false)
    expect(writeOrder(byName('png')).pngs).toBe(true)
  })

  it('writes from the open print view first, in the registry order, and the rest once it is closed', () => {
    const order = writeOrder(FORMATS)
    expect(names(order.inPage)).toEqual(['pdf', 'pptx', 'handout'])
    expect(names(order.after)).toEqual(['png', 'site', 'notes', 'review'])
  })
})

describe('a format', () => {
  let dir: string | undefined

  afterEach(() => {
    if (dir)
      rmSync(dir, { recursive: true, force: true })
  })

  const input = (values: Partial<FormatInput>): FormatInput => ({ path: '', outputs: new Map(), option: undefined, timeout: 1_000, ...values } as FormatInput)

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

  it('pptx with --pptx pictures writes each slide as its PNG, full bleed, with the notes', async () => {
    dir = mkdtempSync(join(tmpdir(), 'format-'))
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
    const pngs = ['01.png', '02.png'].map((name) => {
      writeFileSync(join(dir!, name), png)
      return join(dir!, name)
    })
    const deck = { meta: { title: 'A talk', lang: 'en', source: 'a.md' }, diagnostics: [], slides: [{ kind: 'cover', title: 'A talk', notes: [] }, { kind: 'closing', title: 'Thanks', questions: [], notes: [{ type: 'paragraph', inlines: [{ type: 'text', value: 'Say thanks.' }] }] }] } as unknown as FormatInput['deck']
    await formatOf('pptx').write(input({ path: join(dir, 'slides.pptx'), option: 'pictures', pngs, deck }))
    const pptx = await readPptx(join(dir, 'slides.pptx'))
    expect(pptx.pictures).toEqual([1, 1])
    expect(pptx.notes[1]).toContain('Say thanks.')
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
