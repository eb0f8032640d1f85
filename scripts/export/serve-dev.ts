import { resolve } from 'node:path'
import { createServer, parser, resolveOptions } from '@slidev/cli'
import { ExportError } from '../lib/errors'

/** A running Slidev dev server. */
export interface DevServer {
  url: string
  close: () => Promise<void>
}

/**
 * Serves a deck with Slidev's own dev server on 127.0.0.1 (public API: `resolveOptions`,
 * `createServer`): the presenter view included. When `slides.md` changes, Slidev's hot
 * update sends the changed slides to every open page (it reads the file again through
 * `loadData`, as Slidev's own dev command does). Only the deck's folder and the theme
 * (with Slidev's own client) are served: not the folders around them (`server.fs.allow`).
 */
export async function serveDev(entry: string, port: number): Promise<DevServer> {
  const options = await resolveOptions({ entry: resolve(entry) }, 'dev')
  const allowed = [...new Set([options.userRoot, ...options.roots, options.clientRoot, options.cliRoot].map(root => resolve(root)))]
  const restrictFiles = {
    name: 'deck:serve-only-the-deck',
    enforce: 'pre' as const,
    configResolved(config: { server: { fs: { allow: string[], strict: boolean } } }) {
      config.server.fs.strict = true
      config.server.fs.allow.splice(0, config.server.fs.allow.length, ...allowed)
    },
  }
  const server = await createServer(options, { server: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'error', plugins: [restrictFiles] }, {
    async loadData(sources) {
      const loaded = await parser.load(options, options.entry, sources, 'dev')
      const { themeMeta } = options.data
      return { ...loaded, themeMeta, config: parser.resolveConfig(loaded.headmatter, themeMeta, options.entry) }
    },
  })
  try {
    await server.listen()
  }
  catch (error) {
    await server.close()
    throw new ExportError(`cannot serve on port ${port}: ${error instanceof Error ? error.message : String(error)}`)
  }
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() }
}
