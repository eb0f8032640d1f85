import { existsSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { serveDev } from '../export/serve-dev'
import { serveSite } from '../export/serve-site'
import { InputError, UsageError } from '../lib/errors'
import { PROJECT_ROOT } from '../lib/paths'
import { ROUTES } from '../model/slidev-contract'
import { generateDeck } from '../pipeline/generate'
import { watchArticle } from '../pipeline/watch-article'
import { parseCommonArgs } from './parse-args'
import { displayPath, formatEdits, formatGenerated, formatTalkLength, printDiagnostics } from './report'
import { runCli } from './run-cli'

/** The port served on when `--port` is not given. */
const DEFAULT_PORT = 3030

const USAGE = `usage: npm run present -- [DIR] [--port N]
       npm run present -- --watch [article.md] [--out DIR] [--port N] [--minutes N] [--assets DIR] [--no-remote-images] [--allow-private-images] [--fresh]`

const HELP = `${USAGE}
Serves the deck on http://127.0.0.1:PORT (default 3030) with Slidev's presenter view; opens nothing.
  without --watch: DIR/exports/site, as built by npm run deck (DIR: the project folder)
  --watch:         generates DIR/slides.md from the article, serves it with Slidev's dev
                   server, and regenerates it when the article or its sidecar changes;
                   open pages reload by themselves; your edits to slides.md are kept
                   (--fresh: start over from the article once, at the start)
Two screens: open the deck URL on the projector (F for full screen) and the presenter URL on
your own screen; they follow each other.
`

runCli(async () => {
  const args = parseCommonArgs(process.argv.slice(2), USAGE, { watch: { type: 'boolean', short: 'w' }, port: { type: 'string', short: 'p' } }, 'article or folder')
  if (args.help) {
    process.stdout.write(HELP)
    return
  }
  const portText = typeof args.extra.port === 'string' ? args.extra.port : String(DEFAULT_PORT)
  const port = Number(portText)
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UsageError(`--port takes a port number, not ${portText}\n${USAGE}`)
  const stop: (() => unknown)[] = []
  if (args.extra.watch === true) {
    const { article, outDir, minutes, offline } = args
    const images = { assetsDir: args.assetsDir, remoteImages: args.remoteImages, allowPrivateImages: args.allowPrivateImages }
    const first = await generateDeck({ article, outDir, minutes, offline, fresh: args.fresh, ...images })
    printDiagnostics(first.diagnostics)
    process.stderr.write(`${formatGenerated(first)}\n${formatTalkLength(first.deck)}\n`)
    const server = await serveDev(first.slidesPath, port)
    stop.push(server.close)
    let running = Promise.resolve()
    const watcher = watchArticle(article, () => {
      running = running.then(async () => {
        const started = performance.now()
        try {
          const result = await generateDeck({ article, outDir, minutes, offline: true, ...images })
          printDiagnostics(result.diagnostics)
          process.stderr.write(`regenerated ${result.deck.slides.length} slides in ${Math.round(performance.now() - started)} ms${formatEdits(result)}\n`)
        }
        catch (error) {
          process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)} (still serving the last deck)\n`)
        }
      })
    })
    stop.push(watcher.close)
    printUrls(server.url, `watching ${displayPath(article)}`)
  }
  else {
    const dir = args.given ?? PROJECT_ROOT
    const site = join(dir, 'exports/site')
    if (!existsSync(join(site, 'index.html')))
      throw new InputError(site, 'no built deck here; run npm run deck first (or npm run present -- --watch)')
    const server = await serveSite(site, port).catch((error: Error) => {
      throw new UsageError(`cannot serve on port ${port}: ${error.message}`)
    })
    stop.push(server.close)
    printUrls(server.url, `serving ${displayPath(site)}`)
  }
  await new Promise<void>((done) => {
    const finish = () => {
      process.stderr.write('stopping\n')
      void Promise.all(stop.map(close => close())).then(() => done())
    }
    process.once('SIGINT', finish)
    process.once('SIGTERM', finish)
  })
})

function printUrls(url: string, what: string): void {
  process.stdout.write(`${what}
  deck:      ${url}${ROUTES.slide(1)}
  presenter: ${url}${ROUTES.presenter(1)}
ready (Ctrl+C stops)
`)
}
