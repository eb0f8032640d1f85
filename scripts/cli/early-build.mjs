// @ts-check
/**
 * Used by `scripts/cli/run.mjs` before the deck command's own modules load: when the run
 * will likely build its site, it starts the build's process first, so Slidev and Vite load
 * meanwhile (see `expectsBuild` in `scripts/pipeline/expect-build.ts`, which decides with
 * the parsed arguments: this guess only reads `--out`, `--rebuild` and the file arguments).
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
  // An article named but not there: the run stops before it builds.
  if (positionals.length > 0 && files.length === 0)
    return { build: false, bytes: 0 }
  const articles = files.length > 0 ? files : [DEFAULT_ARTICLE]
  const sources = articles.flatMap(article => [article, `${article.replace(/\.(?:md|markdown)$/i, '')}.deck.yaml`, `${article.replace(/\.(?:md|markdown)$/i, '')}.deck.yml`])
  return { build: values.rebuild === true || built === 0 || sources.some(path => changedAt(path) > built), bytes: articles.reduce((sum, path) => sum + (existsSync(path) ? statSync(path).size : 0), 0) }
}

/**
 * Starts the site's build process at once when `npm run deck` with these arguments will
 * likely build (see {@link likelyBuild}), so Slidev and Vite load while the deck command's
 * own modules load and the deck is planned.
 * @param {string[]} args the command's arguments
 */
export function startBuildIfLikely(args) {
  const likely = likelyBuild(args)
  if (likely.build)
    startEarlySiteBuilder(likely.bytes)
}
