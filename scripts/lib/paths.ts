import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project folder: our Slidev theme (layouts, components, styles) lives here. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** The article a bare `npm run generate` or `npm run deck` uses. */
export const DEFAULT_ARTICLE = resolve(PROJECT_ROOT, 'articles/why-chatgpt.md')

/** A relative path written the way Slidev reads local themes and assets: `/`-separated, starting with `.`. */
export function relativeFrom(fromDir: string, to: string): string {
  const path = relative(fromDir, to).split(sep).join('/')
  if (path === '')
    return './'
  return path.startsWith('.') ? path : `./${path}`
}

/** The folder, in a deck's folder, that receives its exports. */
export const EXPORTS_DIR = 'exports'

/** Where a deck folder keeps its slides, its exports, its built site and its check report. */
export function deckPaths(dir: string): { slides: string, exports: string, site: string, report: string } {
  return { slides: join(dir, 'slides.md'), exports: join(dir, EXPORTS_DIR), site: join(dir, EXPORTS_DIR, 'site'), report: join(dir, EXPORTS_DIR, 'check.json') }
}
