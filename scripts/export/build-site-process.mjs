// @ts-check
/**
 * The production builds of a deck, in a child process of its own (started by
 * `build-site.ts`). Plain JavaScript, so Node loads Slidev and Vite without the TypeScript
 * loader the commands run under (it doubles their load time and adds 200 MB), and the
 * builds' memory goes back when the process exits. Slidev and Vite start loading at once;
 * the parent sends `{ entry, outDir }` (absolute paths) and gets `{ ok: true }` or
 * `{ error }` back, once per build, one build at a time. A later build in the same
 * process (the fit loop's next round) is faster: Slidev, Vite and their plugins are
 * loaded and compiled by then. It exits when its parent ends it or is gone.
 */
import { resolve } from 'node:path'
import process from 'node:process'

/** Slidev and Vite, loading while the parent sends the deck. */
const modules = Promise.all([import('@slidev/cli'), import('vite')])
modules.catch(() => {})

/**
 * Vite settings of the build beyond Slidev's: relative URLs (the site works from any
 * folder), only errors logged, no chunk size warnings and no gzip sizes computed.
 */
const BUILD_SETTINGS = {
  base: './',
  logLevel: /** @type {const} */ ('error'),
  chunkSizeWarningLimit: 4000,
}

/**
 * Builds the deck `entry` into `outDir` with Slidev's public API and Vite: its print route
 * enabled (for exporting) but without Slidev's own export run.
 * @param {{ entry: string, outDir: string }} request
 */
async function build({ entry, outDir }) {
  const [{ resolveOptions, ViteSlidevPlugin }, { build: viteBuild, mergeConfig }] = await modules
  const options = await resolveOptions({ entry, download: true }, 'build')
  const indexHtml = resolve(options.userRoot, 'index.html')
  const config = mergeConfig({
    base: BUILD_SETTINGS.base,
    logLevel: BUILD_SETTINGS.logLevel,
    plugins: [{
      name: 'deck:index-html',
      resolveId: { order: 'pre', handler: (/** @type {string} */ id) => (id === indexHtml ? id : null) },
      load: { order: 'pre', handler: (/** @type {string} */ id) => (id === indexHtml ? options.utils.indexHtml : undefined) },
    }],
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: BUILD_SETTINGS.chunkSizeWarningLimit,
      reportCompressedSize: false,
      rollupOptions: { input: { index: indexHtml } },
    },
  }, {
    configFile: false,
    root: options.userRoot,
    plugins: await ViteSlidevPlugin(options),
    define: { __VUE_PROD_DEVTOOLS__: false },
  })
  await viteBuild(config)
}

/**
 * Sends the answer to a build.
 * @param {{ ok: true } | { error: string }} answer
 */
function answer(answer) {
  process.send?.(answer)
}

/** The builds asked for, one after another. */
let builds = Promise.resolve()

process.once('disconnect', () => process.exit(1))
process.on('message', (/** @type {{ entry: string, outDir: string }} */ request) => {
  builds = builds.then(() => build(request)).then(
    () => answer({ ok: true }),
    error => answer({ error: error instanceof Error ? error.message : String(error) }),
  )
})
