// @ts-check
/**
 * Loaded by `npm run deck` with `node --import` before the TypeScript loader. When the
 * run will likely build its site, it first starts the build's process, so Slidev and Vite
 * load while this one does (see `expectsBuild` in `scripts/pipeline/expect-build.ts`,
 * which decides with the parsed arguments: this guess only reads `--out`, `--rebuild` and
 * the file arguments). Then it loads the packages the deck command uses under plain Node,
 * where they load in two thirds of the time and with 60 MB less than through the loader;
 * our own modules then find them loaded. A package left out of the list is loaded later
 * all the same, only slower.
 */
import { existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { startEarlySiteBuilder } from '../export/site-builder.mjs'

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** The article and the build key file, as `scripts/lib/paths.ts` and `build-key.ts` name them. */
const DEFAULT_ARTICLE = join(PROJECT_ROOT, 'articles/why-chatgpt.md')
const BUILD_KEY = 'exports/site/.deck-build-key'

/**
 * When a file was last changed (0: no such file).
 * @param {string} path the file
 */
function changedAt(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0
}

/**
 * Whether `npm run deck` with these arguments will likely build: `--rebuild`, no built
 * site in the output folder, or an article (or its sidecar) changed since it was built;
 * and the size of the article(s), for the build's heap.
 * @param {string[]} args the command's arguments
 * @returns {{ build: boolean, bytes: number }} the guess and the size
 */
function likelyBuild(args) {
  const { values, positionals } = parseArgs({ args, strict: false, allowPositionals: true, options: { out: { type: 'string', short: 'o' }, rebuild: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } })
  if (values.help)
    return { build: false, bytes: 0 }
  const cwd = process.env.INIT_CWD ?? process.cwd()
  const built = changedAt(join(typeof values.out === 'string' ? resolve(cwd, values.out) : PROJECT_ROOT, BUILD_KEY))
  const files = positionals.map(path => resolve(cwd, path)).filter(path => existsSync(path))
  const articles = files.length > 0 ? files : [DEFAULT_ARTICLE]
  const sources = articles.flatMap(article => [article, `${article.replace(/\.(?:md|markdown)$/i, '')}.deck.yaml`, `${article.replace(/\.(?:md|markdown)$/i, '')}.deck.yml`])
  return { build: values.rebuild === true || built === 0 || sources.some(path => changedAt(path) > built), bytes: articles.reduce((sum, path) => sum + (existsSync(path) ? statSync(path).size : 0), 0) }
}

const likely = likelyBuild(process.argv.slice(2))
if (likely.build)
  startEarlySiteBuilder(likely.bytes)

const PACKAGES = [
  'playwright-chromium',
  'pdf-lib',
  'pptxgenjs',
  'jszip',
  'yaml',
  'zod',
  '@slidev/parser',
  'htmlparser2',
  'domhandler',
  'dom-serializer',
  'unified',
  'remark-parse',
  'remark-gfm',
  'remark-math',
  'remark-frontmatter',
  'remark-cjk-friendly',
  'mdast-util-to-string',
  'unist-util-visit',
  'shiki',
  'sirv',
  'file-type',
  'ipaddr.js',
  '@node-rs/jieba',
  '@node-rs/jieba/dict.js',
  'd3-hierarchy',
  'd3-scale',
  'd3-shape',
  '@dagrejs/dagre',
]

await Promise.all(PACKAGES.map(name => import(name).catch(() => {})))
