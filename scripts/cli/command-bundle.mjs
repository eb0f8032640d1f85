// @ts-check
/**
 * A command's TypeScript modules bundled into one plain JavaScript file with esbuild, kept
 * on disk and made again only when one of the files in it changed, so a command starts
 * under plain Node: no TypeScript loader hooking every import (through one, our modules and
 * the packages took 1.5 times as long to load), and a package a run does not need is never
 * loaded. Packages stay outside the bundle and load from `node_modules` as usual. This is
 * what Vite does with a `vite.config.ts`: each module's `import.meta.url` is its own file's
 * URL in the bundle too, so paths found from it are the same as before.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, extname, join, resolve } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'

/** Where bundles are kept, under the project (npm's usual place for a tool's cache). */
export const BUNDLE_DIR = 'node_modules/.cache/article-to-talk/commands'

/** The Node version the bundle's syntax targets (`engines` in package.json). */
const NODE_TARGET = 'node20'

/** Hex digits of the hash of a command's path in its bundles' names. */
const ENTRY_HASH_LENGTH = 8
/** Hex digits of the hash of a bundle's code in its name. */
const CONTENT_HASH_LENGTH = 12

/** How long a replaced bundle is left for a run that may still be loading it, in ms. */
const OLD_BUNDLE_GRACE_MS = 60_000

/** @typedef {{ bundle: string, inputs: Record<string, [number, number]> }} Manifest */

/**
 * Each input's change time and size, as the manifest keeps them.
 * @param {string} path an absolute path
 * @returns {[number, number] | undefined} the pair, or `undefined` when the file is gone
 */
function stamp(path) {
  try {
    const stats = statSync(path)
    return [stats.mtimeMs, stats.size]
  }
  catch {
    return undefined
  }
}

/**
 * The bundle a manifest names, when it and every file in it are as they were when it was made.
 * @param {string} manifestPath the manifest
 * @returns {string | undefined} the bundle's path
 */
function currentBundle(manifestPath) {
  /** @type {Manifest} */
  let manifest
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  }
  catch {
    return undefined
  }
  const same = Object.entries(manifest.inputs).every(([path, [changed, size]]) => {
    const now = stamp(path)
    return now !== undefined && now[0] === changed && now[1] === size
  })
  return same && stamp(manifest.bundle) ? manifest.bundle : undefined
}

/**
 * The first hex digits of the SHA-256 of `data`.
 * @param {string | Uint8Array} data what to hash
 * @param {number} length how many digits
 * @returns {string} the digits
 */
function shortHash(data, length) {
  return createHash('sha256').update(data).digest('hex').slice(0, length)
}

/**
 * The name of a command's bundles and manifest: the module's name and a hash of its path.
 * Two copies of the project that share one `node_modules` (a second checkout linked to the
 * first's) share the folder of bundles too, and each must run its own code, not the bundle
 * the other made of its files.
 * @param {string} entry the command's module (absolute)
 * @returns {string} the name
 */
function bundleName(entry) {
  return `${basename(entry, extname(entry))}-${shortHash(entry, ENTRY_HASH_LENGTH)}`
}

/**
 * An esbuild plugin for the project's own modules. A TypeScript module gets its own file's
 * URL as `import.meta.url`, as when it runs unbundled. A plain JavaScript module (`.mjs`)
 * stays outside the bundle, imported by its file's URL: it is one module with the one
 * state, whether this runner, the bundle or a child process loads it (the site builder
 * started before the bundle loads is found there by the bundle).
 * @param {string} root the project folder
 * @returns {import('esbuild').Plugin} the plugin
 */
function ownModules(root) {
  const own = (/** @type {string} */ path) => path.startsWith(root) && !path.includes('/node_modules/')
  return {
    name: 'own-modules',
    setup(build) {
      build.onResolve({ filter: /\.mjs$/ }, (args) => {
        const path = resolve(args.resolveDir, args.path)
        return args.path.startsWith('.') && own(path) ? { path: pathToFileURL(path).href, external: true } : undefined
      })
      build.onLoad({ filter: /\.m?ts$/ }, (args) => {
        if (!own(args.path))
          return undefined
        const source = readFileSync(args.path, 'utf8')
        return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' }
      })
    },
  }
}

/**
 * Bundles `entry` into `dir` and writes its manifest there (both through a temporary name,
 * so a run reading them at the same time sees the old files or the new ones).
 * @param {string} root the project folder
 * @param {string} entry the command's module
 * @param {string} dir where bundles are kept
 * @returns {Promise<string>} the bundle's path
 */
async function makeBundle(root, entry, dir) {
  const { build } = await import('esbuild')
  const name = bundleName(entry)
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: NODE_TARGET,
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    write: false,
    outfile: join(dir, `${name}.mjs`),
    logLevel: 'silent',
    plugins: [ownModules(root)],
  })
  const inputs = Object.keys(result.metafile.inputs).map(path => resolve(root, path))
  const code = result.outputFiles.find(file => file.path.endsWith('.mjs'))
  const map = result.outputFiles.find(file => file.path.endsWith('.map'))
  if (!code || !map)
    throw new Error(`esbuild gave no bundle of ${entry}`)
  // A name of its own per content: a run that already loaded the old bundle keeps reading it whole.
  const bundle = join(dir, `${name}-${shortHash(code.contents, CONTENT_HASH_LENGTH)}.mjs`)
  mkdirSync(dir, { recursive: true })
  const temporary = `.${process.pid}.tmp`
  writeFileSync(`${bundle}.map${temporary}`, map.contents)
  renameSync(`${bundle}.map${temporary}`, `${bundle}.map`)
  writeFileSync(`${bundle}${temporary}`, code.text.replace(/sourceMappingURL=\S+$/m, `sourceMappingURL=${basename(bundle)}.map`))
  renameSync(`${bundle}${temporary}`, bundle)
  /** @type {Manifest} */
  const manifest = { bundle, inputs: Object.fromEntries(inputs.map(path => [path, stamp(path) ?? [0, 0]])) }
  const manifestPath = join(dir, `${name}.json`)
  writeFileSync(`${manifestPath}${temporary}`, JSON.stringify(manifest))
  renameSync(`${manifestPath}${temporary}`, manifestPath)
  removeOldBundles(dir, name, bundle)
  return bundle
}

/**
 * Removes the bundles of a command that a newer one replaced over a minute ago (only this
 * copy's: another copy of the project has bundles of another name, see {@link bundleName}).
 * @param {string} dir where bundles are kept
 * @param {string} name the bundles' name (see {@link bundleName})
 * @param {string} current the bundle just made
 */
function removeOldBundles(dir, name, current) {
  const old = readdirSync(dir).filter(file => file.startsWith(`${name}-`) && /\.mjs(?:\.map)?$/.test(file) && !join(dir, file).startsWith(current))
  for (const file of old) {
    const path = join(dir, file)
    if (Date.now() - (stamp(path)?.[0] ?? Date.now()) > OLD_BUNDLE_GRACE_MS)
      rmSync(path, { force: true })
  }
}

/**
 * The bundle of a command's module: the one kept from an earlier run when no file in it
 * changed, otherwise made now (in about a fifth of a second). Kept under the project's
 * `node_modules/.cache` (never in a folder other users can write, whose bundle would run as
 * this user); when that cannot be written, this throws and the caller runs the module
 * through the TypeScript loader instead.
 * @param {string} root the project folder
 * @param {string} entry the command's module (absolute)
 * @param {string} [dir] where bundles are kept
 * @returns {Promise<string>} the bundle's path
 */
export async function commandBundle(root, entry, dir = join(root, BUNDLE_DIR)) {
  const name = bundleName(entry)
  return currentBundle(join(dir, `${name}.json`)) ?? await makeBundle(root, entry, dir)
}
