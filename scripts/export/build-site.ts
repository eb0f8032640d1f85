import type { ChildProcess } from 'node:child_process'
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

/** The process that builds a run's sites, started ahead of its first build so that Slidev and Vite load meanwhile. */
export interface SiteBuilder {
  /** Builds a deck (see {@link buildSite}), one at a time; starts the process again if it was closed. */
  build: (options: BuildSiteOptions) => Promise<void>
  /** Ends the process (its memory goes back), if it runs; a later `build` starts another. */
  close: () => void
}

/** Options for {@link startSiteBuilder}. */
export interface SiteBuilderOptions {
  /** Size of the article, which sets the build's heap (see `buildHeapMb`). */
  articleBytes?: number
  /** Start the process now (or take the one started early), rather than at the first build. */
  now?: boolean
  /**
   * Keep the process between builds, so that a later one builds warm; it holds some
   * 550 MB meanwhile. Otherwise it ends after each build.
   */
  keepWarm?: boolean
}

/** What the build process answers. */
type BuildAnswer = { ok: true } | { error: string }

/** A running build process and how it can end. */
interface BuildProcess {
  child: ChildProcess
  /** Settles with why, when the process ends or cannot start. */
  ended: Promise<string>
}

/** Watches a build process for its end: the channel closes after the last message is read, so a build that ended without answering is seen. */
function watchBuildProcess(child: ChildProcess): BuildProcess {
  const exited = new Promise<string>(resolveExit => child.once('disconnect', () => resolveExit(`the build process ended (${child.signalCode ?? `exit code ${child.exitCode ?? 'unknown'}`})`)))
  const failed = new Promise<string>(resolveError => child.once('error', error => resolveError(error.message)))
  return { child, ended: Promise.race([exited, failed]) }
}

/**
 * The process that builds the run's sites: it loads Slidev and Vite at once (about a
 * second), taking the one the deck command started early (`scripts/cli/early-build.mjs`)
 * if there is one, or at the first build when `now` is false. With `keepWarm` it is kept
 * between builds, so the fit loop's later rounds build warm, until {@link SiteBuilder}`.close`;
 * otherwise it ends after each build and the next starts another. While it is not building
 * it does not keep this process alive, and it ends by itself when this process does. A
 * failed build ends it.
 */
export function startSiteBuilder({ articleBytes = 0, now = true, keepWarm = false }: SiteBuilderOptions = {}): SiteBuilder {
  const start = () => watchBuildProcess(claimEarlySiteBuilder() ?? forkSiteBuilder(articleBytes))
  let running: BuildProcess | undefined = now ? start() : undefined
  let building = false
  const close = () => {
    running?.child.kill()
    running = undefined
  }
  return {
    async build({ entry, outDir }) {
      if (building)
        throw new ExportError('a site builder builds one deck at a time')
      const absoluteEntry = resolve(entry)
      if (!existsSync(absoluteEntry))
        throw new ExportError(`${entry}: no such deck to build`)
      const builder = running ??= start()
      building = true
      setAlive(builder.child, true)
      try {
        const answered = new Promise<BuildAnswer>(resolveAnswer => builder.child.once('message', message => resolveAnswer(message as BuildAnswer)))
        if (builder.child.connected)
          builder.child.send({ entry: absoluteEntry, outDir: resolve(outDir) })
        const answer = await Promise.race([answered, builder.ended.then(error => ({ error }))])
        if ('error' in answer) {
          close()
          throw new ExportError(`building the deck failed: ${answer.error.split('\n').slice(0, ERROR_LINES).join(' ')}`)
        }
      }
      finally {
        building = false
        setAlive(builder.child, false)
        if (!keepWarm)
          close()
      }
    },
    close,
  }
}

/**
 * Builds a Slidev deck into a static site with Slidev's public API and Vite, with the
 * print route enabled (for exporting) but without Slidev's own export run. The site
 * uses hash routing and relative URLs, so it can be hosted in any folder. The build runs
 * in a child process of its own, under plain Node (`build-site-process.mjs`): Slidev and
 * Vite load there in half the time they take under the TypeScript loader, their memory
 * (the larger part of a run's) is given back when the process ends, and a run that reuses
 * its last build never loads them. A failed build is one line naming the error. Give it
 * a `builder` started earlier (see {@link startSiteBuilder}) to have Slidev loaded by then;
 * without one, a process is started for this build and ended after it.
 */
export async function buildSite(options: BuildSiteOptions, builder?: SiteBuilder): Promise<void> {
  const own = builder ? undefined : startSiteBuilder()
  try {
    await (builder ?? own!).build(options)
  }
  finally {
    own?.close()
  }
}
