import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { ExportError } from '../lib/errors'

let builtEntry: string | undefined

/** Options for {@link buildSite}. */
export interface BuildSiteOptions {
  /** The `slides.md` to build. */
  entry: string
  /** Folder that receives the static site (replaced). */
  outDir: string
}

/**
 * Builds a Slidev deck into a static site with Slidev's public API and Vite, with the
 * print route enabled (for exporting) but without Slidev's own export run. The site
 * uses hash routing and relative URLs, so it can be hosted in any folder.
 * Slidev caches its project roots per process: build one entry per process. Slidev and
 * Vite are loaded on the first build (they take a second and a half to load), so a run
 * that reuses its last build never loads them.
 */
export async function buildSite({ entry, outDir }: BuildSiteOptions): Promise<void> {
  const absoluteEntry = resolve(entry)
  if (builtEntry && builtEntry !== absoluteEntry)
    throw new ExportError(`Slidev can build one deck per process (already built ${builtEntry})`)
  builtEntry = absoluteEntry
  if (!existsSync(absoluteEntry))
    throw new ExportError(`${entry}: no such deck to build`)
  const [{ resolveOptions, ViteSlidevPlugin }, { build, mergeConfig }] = await Promise.all([import('@slidev/cli'), import('vite')])
  const options = await resolveOptions({ entry: absoluteEntry, download: true }, 'build')
  const indexHtml = resolve(options.userRoot, 'index.html')
  const config = mergeConfig({
    base: './',
    logLevel: 'error',
    plugins: [{
      name: 'deck:index-html',
      resolveId: { order: 'pre', handler: (id: string) => (id === indexHtml ? id : null) },
      load: { order: 'pre', handler: (id: string) => (id === indexHtml ? options.utils.indexHtml : undefined) },
    }],
    build: {
      outDir: resolve(outDir),
      emptyOutDir: true,
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: { index: indexHtml } },
    },
  }, {
    configFile: false,
    root: options.userRoot,
    plugins: await ViteSlidevPlugin(options),
    define: { __VUE_PROD_DEVTOOLS__: false },
  })
  try {
    await build(config)
  }
  catch (error) {
    const reason = error instanceof Error ? error.message.split('\n').slice(0, 3).join(' ') : String(error)
    throw new ExportError(`building the deck failed: ${reason}`)
  }
}
