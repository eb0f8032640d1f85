import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { DECK_CLASS, diagramProps, LAYOUT, PRINT_VIEW, ROUTES, SLIDE_CANVAS } from '../../scripts/model/slidev-contract'
import { ROOT } from '../helpers/run-cli'

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const client = (path: string) => read(join('node_modules/@slidev/client', path))

describe('the agreement with Slidev\'s runtime', () => {
  it('finds the print view\'s slides, list and loading placeholder where Slidev renders them', () => {
    expect(client('internals/PrintSlideClick.vue')).toContain(`class="${PRINT_VIEW.slide.slice(1)}"`)
    expect(client('internals/PrintContainer.vue')).toContain(`id="${PRINT_VIEW.content.slice(1)}"`)
    expect(client('internals/PrintContainer.vue')).toContain(`id="${PRINT_VIEW.container.slice(1)}"`)
    expect(client('internals/SlideLoading.vue')).toContain(PRINT_VIEW.loading.slice(1))
  })

  it('uses routes Slidev\'s router has', () => {
    const routes = client('setup/routes.ts')
    expect(ROUTES.print).toBe('?print=true#/print')
    expect(routes).toContain(`path: '${ROUTES.print.split('#')[1]}'`)
    expect(ROUTES.slide(3)).toBe('#/3')
    expect(routes).toContain('path: \'/:no\'')
    expect(ROUTES.presenter(3)).toBe('#/presenter/3')
    expect(routes).toContain('path: \'/presenter/:no\'')
  })
})

describe('the agreement with our theme', () => {
  const layouts = readdirSync(join(ROOT, 'layouts')).map(name => name.replace(/\.vue$/, '')).sort()

  it('names every layout of layouts/, and no other', () => {
    expect(Object.values(LAYOUT).sort()).toEqual(layouts)
  })

  it('types the props of every layout that declares props', () => {
    for (const name of layouts) {
      const source = read(`layouts/${name}.vue`)
      if (!source.includes('defineProps'))
        continue
      expect(source, name).toMatch(/import type \{ \w+Props \} from '..\/scripts\/model\/slidev-contract'/)
      expect(source, name).toMatch(/defineProps<\w+Props>\(\)/)
    }
  })

  it('has a style for every class the renderer puts on slides', () => {
    const styles = [...readdirSync(join(ROOT, 'styles')).filter(name => name.endsWith('.css')).map(name => read(`styles/${name}`)), ...layouts.map(name => read(`layouts/${name}.vue`))].join('\n')
    for (const name of Object.values(DECK_CLASS))
      expect(styles, name).toContain(`.${name}`)
  })

  it('is what the committed slides.md says: its layouts, canvas and diagram bindings', async () => {
    const slides = read('slides.md')
    const deck = await parse(slides, join(ROOT, 'slides.md'))
    const known = new Set<string>(Object.values(LAYOUT))
    for (const slide of deck.slides)
      expect(known.has(slide.frontmatter.layout), slide.frontmatter.layout).toBe(true)
    expect(deck.slides[0]!.frontmatter.canvasWidth).toBe(SLIDE_CANVAS.width)
    expect(slides).toContain(`v-bind="${diagramProps(0)}"`)
  })
})
