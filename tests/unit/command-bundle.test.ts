import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commandBundle } from '../../scripts/cli/command-bundle.mjs'
import { ROOT } from '../helpers/run-cli'

const DIR = join(ROOT, 'tests/.tmp/command-bundle')
const BUNDLES = join(DIR, 'bundles')
const ENTRY = join(DIR, 'cli/hello.ts')
const HELPER = join(DIR, 'lib/where.ts')
const PLAIN = join(DIR, 'lib/state.mjs')

/** Loads a bundle as a fresh module and returns what it exports. */
async function load(bundle: string): Promise<Record<string, unknown>> {
  return import(`${pathToFileURL(bundle).href}?load=${Math.random()}`) as Promise<Record<string, unknown>>
}

beforeAll(() => {
  rmSync(DIR, { recursive: true, force: true })
  mkdirSync(join(DIR, 'cli'), { recursive: true })
  mkdirSync(join(DIR, 'lib'), { recursive: true })
  writeFileSync(HELPER, `export const where: string = import.meta.url\nexport const greeting: string = 'hello'\n`)
  writeFileSync(PLAIN, `export const state = { calls: 0 }\n`)
  writeFileSync(ENTRY, `import { greeting, where } from '../lib/where'\nimport { state } from '../lib/state.mjs'\nexport const entryUrl: string = import.meta.url\nexport { greeting, state, where }\n`)
})

afterAll(() => rmSync(DIR, { recursive: true, force: true }))

describe('commandBundle', () => {
  it('bundles a command\'s TypeScript, each module keeping its own import.meta.url, a plain .mjs module left outside (one module, one state)', async () => {
    const bundle = await commandBundle(DIR, ENTRY, BUNDLES)
    expect(bundle.startsWith(BUNDLES)).toBe(true)
    const loaded = await load(bundle)
    expect(loaded.greeting).toBe('hello')
    expect(loaded.where).toBe(pathToFileURL(HELPER).href)
    expect(loaded.entryUrl).toBe(pathToFileURL(ENTRY).href)
    expect(readFileSync(bundle, 'utf8')).toContain(JSON.stringify(pathToFileURL(PLAIN).href))
    const plain = await import(pathToFileURL(PLAIN).href) as { state: object }
    expect(loaded.state).toBe(plain.state)
  })

  it('takes the kept bundle while no file in it changed, and makes a new one when one did', async () => {
    const first = await commandBundle(DIR, ENTRY, BUNDLES)
    expect(await commandBundle(DIR, ENTRY, BUNDLES)).toBe(first)
    writeFileSync(HELPER, `export const where: string = import.meta.url\nexport const greeting: string = 'hello again'\n`)
    // A later change time, whatever the file system's clock granularity.
    utimesSync(HELPER, new Date(), new Date(Date.now() + 5000))
    const second = await commandBundle(DIR, ENTRY, BUNDLES)
    expect(second).not.toBe(first)
    expect((await load(second)).greeting).toBe('hello again')
  })

  it('makes the bundle again when its manifest names a bundle that is gone', async () => {
    const kept = await commandBundle(DIR, ENTRY, BUNDLES)
    rmSync(kept)
    const made = await commandBundle(DIR, ENTRY, BUNDLES)
    expect((await load(made)).greeting).toBe('hello again')
  })

  it('bundles the same command of a second copy of the project from that copy\'s files, when both keep their bundles in one folder', async () => {
    const copy = join(DIR, 'copy')
    mkdirSync(join(copy, 'cli'), { recursive: true })
    mkdirSync(join(copy, 'lib'), { recursive: true })
    for (const file of [ENTRY, HELPER, PLAIN])
      writeFileSync(file.replace(DIR, copy), readFileSync(file))
    const mine = await commandBundle(DIR, ENTRY, BUNDLES)
    const theirs = await commandBundle(copy, ENTRY.replace(DIR, copy), BUNDLES)
    expect(theirs).not.toBe(mine)
    expect((await load(theirs)).where).toBe(pathToFileURL(HELPER.replace(DIR, copy)).href)
    expect(await commandBundle(DIR, ENTRY, BUNDLES), 'each copy keeps its own').toBe(mine)
  })

  it('fails, for the caller to run the modules through tsx, when the bundle cannot be written', async () => {
    const blocked = join(DIR, 'blocked')
    writeFileSync(blocked, 'a file where the bundles\' folder would be\n')
    await expect(commandBundle(DIR, ENTRY, join(blocked, 'bundles'))).rejects.toThrow()
  })
})
