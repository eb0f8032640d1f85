import { existsSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { renderFile } from '../helpers/plan-file'

const root = fileURLToPath(new URL('../..', import.meta.url))
const fixtures = join(root, 'tests/fixtures')
const cases = readdirSync(fixtures, { withFileTypes: true }).filter(entry => entry.isDirectory() && existsSync(join(fixtures, entry.name, 'input.md'))).map(entry => entry.name)

describe('golden decks', () => {
  it.each(cases)('%s: input.md renders to the expected slides.md', async (name) => {
    const dir = join(fixtures, name)
    const { deck, markdown } = await renderFile(join(dir, 'input.md'), relative(dir, root))
    await expect(markdown).toMatchFileSnapshot(join(dir, 'slides.md'))
    const parsed = await parse(markdown, join(dir, 'slides.md'))
    expect(parsed.slides).toHaveLength(deck.slides.length)
  })

  it('the committed slides.md is the default article\'s current deck, with the fit hints its last check kept', async () => {
    const { deck, markdown } = await renderFile(join(root, 'articles/why-chatgpt.md'), './', root)
    await expect(markdown).toMatchFileSnapshot(join(root, 'slides.md'))
    const parsed = await parse(markdown, join(root, 'slides.md'))
    expect(parsed.slides).toHaveLength(deck.slides.length)
  })
})
