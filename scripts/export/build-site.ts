import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { ExportError } from '../lib/errors'
import { claimEarlySiteBuilder, forkSiteBuilder, setAlive } from './site-builder.mjs'

/** Lines of a build error kept in the one-line message. */
const ERROR_LINES = 3

/** Options for {@link buildSite}. */
export interface BuildSiteOptions {
  /** The `slides.md` to build. */
  entry: string
  /** Folder that receives the static site (replaced). */
  outDir: string
}

/** A build process started ahead of its build, so that Slidev and Vite load meanwhile. */
export interface SiteBuilder {
  /** Builds a deck (one per builder); see {@link buildSite}. */
  build: (options: BuildSiteOptions) => Promise<void>
  /** Ends the process when it is not used after all (nothing when it was). */
  cancel: () => void
}

/** What the build process answers. */
type BuildAnswer = { ok: true } | { error: string }

/**
 * Starts the process that will build a deck (or takes the one the deck command started
 * early, `scripts/cli/early-build.mjs`): it loads Slidev and Vite at once (about a second) and waits for
 * {@link SiteBuilder}`.build`. Until then it does not keep this process alive, and it
 * ends by itself when this process does.
 */
export function startSiteBuilder(articleBytes = 0): SiteBuilder {
  const child = claimEarlySiteBuilder() ?? forkSiteBuilder(articleBytes)
  // The channel closes after the last message is read: a build that ended without answering.
  const exited = new Promise<string>(resolveExit => child.once('disconnect', () => resolveExit(`the build process ended (${child.signalCode ?? `exit code ${child.exitCode ?? 'unknown'}`})`)))
  const failed = new Promise<string>(resolveError => child.once('error', error => resolveError(error.message)))
  let used = false
  return {
    async build({ entry, outDir }) {
      if (used)
        throw new ExportError('a site builder builds one deck')
      used = true
      const absoluteEntry = resolve(entry)
      if (!existsSync(absoluteEntry)) {
        child.kill()
        throw new ExportError(`${entry}: no such deck to build`)
      }
      setAlive(child, true)
      const answered = new Promise<BuildAnswer>(resolveAnswer => child.once('message', message => resolveAnswer(message as BuildAnswer)))
      if (child.connected)
        child.send({ entry: absoluteEntry, outDir: resolve(outDir) })
      const answer = await Promise.race([answered, exited.then(error => ({ error })), failed.then(error => ({ error }))])
      if ('error' in answer) {
        child.kill()
        throw new ExportError(`building the deck failed: ${answer.error.split('\n').slice(0, ERROR_LINES).join(' ')}`)
      }
    },
    cancel() {
      if (!used)
        child.kill()
    },
  }
}

/**
 * Builds a Slidev deck into a static site with Slidev's public API and Vite, with the
 * print route enabled (for exporting) but without Slidev's own export run. The site
 * uses hash routing and relative URLs, so it can be hosted in any folder. The build runs
 * in a child process of its own, under plain Node (`build-site-process.mjs`): Slidev and
 * Vite load there in half the time they take under the TypeScript loader, their memory
 * (the larger part of a run's) is given back when the build ends, and a run that reuses
 * its last build never loads them. A failed build is one line naming the error. Give it
 * a `builder` started earlier (see {@link startSiteBuilder}) to have Slidev loaded by then.
 */
export async function buildSite(options: BuildSiteOptions, builder: SiteBuilder = startSiteBuilder()): Promise<void> {
  await builder.build(options)
}
