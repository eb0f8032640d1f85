import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'

/** File in a built site that records what it was built from. */
export const BUILD_KEY_FILE = '.deck-build-key'

/** Bump when the way the site is built changes, so no older build is taken for a new one. */
const BUILD_RECIPE = 'build-site/2'

/**
 * The theme's parts that a deck's build reads, relative to the project folder (the
 * layouts take their props' types from the Slidev contract, the fonts plugin in
 * `setup/vite-plugins.ts` its languages' fonts from the messages), and the build's own
 * settings (`build-site-process.mjs`).
 */
const THEME_PARTS = ['layouts', 'components', 'styles', 'diagrams', 'setup', 'public', 'scripts/model/slidev-contract.ts', 'scripts/model/messages.ts', 'scripts/export/build-site-process.mjs', 'package.json', 'package-lock.json', 'uno.config.ts', 'vite.config.ts', 'index.html']

/**
 * A fingerprint of everything a deck's static build depends on: `slides.md`, the files
 * beside it that Slidev bundles (`assets/`, `public/`, `components/`, `layouts/`,
 * `styles/`, `setup/`), the theme (its layouts, components, styles, diagrams, config and
 * the locked dependencies) and the build recipe. Equal keys mean equal sites.
 */
export async function buildKey(entry: string, themeRoot: string): Promise<string> {
  const hash = createHash('sha256').update(BUILD_RECIPE)
  const deckDir = dirname(entry)
  hash.update(await readFile(entry))
  for (const part of ['assets', 'public', 'components', 'layouts', 'styles', 'setup'])
    await hashTree(hash, deckDir, join(deckDir, part))
  for (const part of THEME_PARTS)
    await hashTree(hash, themeRoot, join(themeRoot, part))
  return hash.digest('hex')
}

async function hashTree(hash: ReturnType<typeof createHash>, root: string, path: string): Promise<void> {
  if (!existsSync(path))
    return
  const info = await stat(path)
  if (info.isDirectory()) {
    for (const name of (await readdir(path)).sort()) {
      if (name !== 'node_modules' && !name.startsWith('.'))
        await hashTree(hash, root, join(path, name))
    }
    return
  }
  hash.update(`\0${relative(root, path)}\0`)
  hash.update(await readFile(path))
}
