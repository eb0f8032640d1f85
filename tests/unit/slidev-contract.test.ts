import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { DECK_CLASS, DEV_ENDPOINTS, DEV_HEADMATTER, diagramProps, LAYOUT, NAV_STATE, PRINT_VIEW, REFUSED_DEV_PATHS, ROUTES, SLIDE_CANVAS } from '../../scripts/model/slidev-contract'
import { ROOT } from '../helpers/run-cli'

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const client = (path: string) => read(join('node_modules/@slidev/client', path))
/** The installed file of a package whose name starts with `prefix` in `folder` (bundles carry a hash in their names). */
const bundle = (folder: string, prefix: string) => read(join(folder, readdirSync(join(ROOT, folder)).find(name => name.startsWith(prefix) && name.endsWith('.mjs'))!))

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

describe('the dev server\'s endpoints that present --watch refuses or keeps', () => {
  const vite = read('node_modules/vite/dist/node/chunks/node.js')
  const slidev = bundle('node_modules/@slidev/cli/dist', 'serve-')
  const serverRef = read('node_modules/vite-plugin-vue-server-ref/dist/index.mjs')

  it('names where Vite opens the editor, and Vite lets a websocket with an Origin in only with its token', () => {
    expect(vite).toContain(`middlewares.use("${DEV_ENDPOINTS.openInEditor}", (0, import_launch_editor_middleware.default)())`)
    expect(vite).toContain('if (req.headers.origin) return hasValidToken(config, ')
    expect(REFUSED_DEV_PATHS).toContain(DEV_ENDPOINTS.openInEditor)
  })

  it('names Slidev\'s MCP endpoint and its slide data, the inspector and UnoCSS\'s devtools post', () => {
    expect(slidev).toContain(`.replace(/\\/$/, "") !== "${DEV_ENDPOINTS.mcp}") return next();`)
    const slideData = /const regexSlideReqPath = (\/.+\/);/.exec(slidev)?.[1]
    expect(slideData).toBe(String.raw`/^\/__slidev\/slides\/(\d+)\.json$/`)
    expect(new RegExp(slideData!.slice(1, -1)).test(DEV_ENDPOINTS.slideData(3))).toBe(true)
    expect(slidev).toMatch(/if \(req\.method === "GET"\) \{[\s\S]{0,200}\} else if \(req\.method === "POST"\) \{/)
    const [before, after] = DEV_ENDPOINTS.slideData(7).split('7')
    expect(client('composables/useSlideInfo.ts')).toContain(`const url = \`${before}$\{no}${after}\``)
    expect(bundle('node_modules/vite-plugin-inspect/dist', 'node-')).toContain(`server.middlewares.use(\`\${base}${DEV_ENDPOINTS.inspect.slice(1)}\``)
    expect(read('node_modules/@unocss/vite/dist/index.mjs')).toContain(`const BASE_POST_PATH = "${DEV_ENDPOINTS.unocssDevtools}";`)
    for (const path of [DEV_ENDPOINTS.mcp, DEV_ENDPOINTS.inspect])
      expect(REFUSED_DEV_PATHS).toContain(path)
  })

  it('names the shared state\'s posts, and Slidev\'s client posts the navigation state whole, never as a patch', () => {
    expect(serverRef).toContain(`const URL_PREFIX = ${JSON.stringify(DEV_ENDPOINTS.serverState).replace(',', ', ')};`)
    expect(serverRef).toContain('if (!req.url || req.method !== "POST")')
    expect(client('state/shared.ts')).toContain(`import serverState from '${NAV_STATE.module}'`)
    expect(NAV_STATE.path).toBe(`${DEV_ENDPOINTS.serverState[1]}${NAV_STATE.module.split(':')[1]}`)
    const posts = [...serverRef.matchAll(/post\(\{\n *source: id,\n *(\S[^\n]*),\n *timestamp: Date\.now\(\),/g)].map(match => match[1])
    expect(NAV_STATE.keys).toEqual(['source', 'data', 'timestamp'])
    // `$patch` posts a patch (Slidev's client never calls it); a change of the state posts it whole unless imported with `?diff`.
    expect(posts).toHaveLength(2)
    expect(posts[0]).toBe('patch')
    expect(posts[1]).toMatch(/^\$\{diff \? "patch: getDiff\(\)" : `data: \$\{access\}`\}$/)
    expect(client('state/shared.ts')).not.toContain('?diff')
    const clientFiles = ['state', 'composables', 'logic', 'internals', 'pages', 'setup'].flatMap(folder => readdirSync(join(ROOT, 'node_modules/@slidev/client', folder), { recursive: true, encoding: 'utf8' }).filter(name => /\.(?:ts|vue)$/.test(name)).map(name => client(join(folder, name))))
    expect(clientFiles.filter(source => source.includes('$patch'))).toEqual([])
  })

  it('turns off what the headmatter can: Slidev knows mcp and editor and reads them as documented', () => {
    const types = read('node_modules/@slidev/types/dist/index.d.mts')
    for (const key of Object.keys(DEV_HEADMATTER))
      expect(types).toMatch(new RegExp(`^  ${key}\\?: boolean;`, 'm'))
    expect(slidev).toContain('if (options.data.config.mcp === false) {')
    expect(slidev).toContain('__SLIDEV_FEATURE_EDITOR__: options.mode === "dev" && options.data.config.editor !== false,')
    expect(read('node_modules/@slidev/parser/dist/fs.mjs')).toContain('if (options.allowedRoots && !isPathInsideRoots(path, options.allowedRoots)) {')
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
    expect(deck.slides[0]!.frontmatter).toMatchObject(DEV_HEADMATTER)
    expect(slides).toContain(`v-bind="${diagramProps(0)}"`)
  })
})
