// @ts-check
/**
 * Starting the process that builds a deck's site (`build-site-process.mjs`), for
 * `build-site.ts` and for the deck command's early start (`scripts/cli/early-build.mjs`),
 * which starts one before the command's own modules load when the run will likely build, so
 * Slidev and Vite load beside them. Plain JavaScript, kept outside the command's bundle
 * (`scripts/cli/command-bundle.mjs`): the runner and the bundle share this one module, and
 * with it the process started early.
 */
import { fork } from 'node:child_process'
import { availableParallelism } from 'node:os'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const BUILD_PROCESS = fileURLToPath(new URL('./build-site-process.mjs', import.meta.url))

/** @type {import('node:child_process').ChildProcess | undefined} */
let early

/**
 * Threads of the bundler (Rolldown): one core fewer than the machine has, leaving one to
 * the browser and this process. Its JavaScript plugins set the pace: on two cores it
 * builds nearly as fast with one thread as with two, with 90 MB less memory and less CPU
 * time. Settings already in the environment win.
 * @returns {Record<string, string>} the environment variables that set them
 */
function bundlerThreads() {
  const threads = String(Math.max(1, availableParallelism() - 1))
  const blocking = String(Math.max(2, availableParallelism()))
  return { RAYON_NUM_THREADS: threads, ROLLDOWN_WORKER_THREADS: threads, ROLLDOWN_MAX_BLOCKING_THREADS: blocking }
}

/**
 * Lets a child process and its message channel keep this process alive, or not.
 * @param {import('node:child_process').ChildProcess} child the process
 * @param {boolean} alive whether it keeps this process alive
 */
export function setAlive(child, alive) {
  const channel = /** @type {{ ref?: () => void, unref?: () => void } | undefined} */ (child.channel)
  if (alive) {
    child.ref()
    channel?.ref?.()
  }
  else {
    child.unref()
    channel?.unref?.()
  }
}

/** The build's JavaScript heap, in MB, for an article of no size: Node then collects garbage instead of growing to 680 MB (the default article's build needs under 200). */
const BUILD_HEAP_MB = 512
/** Bytes of article for each further MB of the build's heap (a 1.6 MB article gets 1.3 GB). */
const ARTICLE_BYTES_PER_HEAP_MB = 2048

/**
 * The build's heap limit for an article of this many bytes (see {@link BUILD_HEAP_MB}).
 * @param {number} articleBytes the article's size
 * @returns {number} the limit, in MB
 */
export function buildHeapMb(articleBytes) {
  return BUILD_HEAP_MB + Math.ceil(articleBytes / ARTICLE_BYTES_PER_HEAP_MB)
}

/**
 * Forks a build process: it starts loading Slidev and Vite at once, and until it is
 * given a build it does not keep this process alive; it ends by itself when this one does.
 * Its heap is limited by the article's size (see {@link buildHeapMb}).
 * @param {number} [articleBytes] the size of the article it will build
 * @returns {import('node:child_process').ChildProcess} the process
 */
export function forkSiteBuilder(articleBytes = 0) {
  const child = fork(BUILD_PROCESS, [], { execArgv: [`--max-old-space-size=${buildHeapMb(articleBytes)}`], env: { ...bundlerThreads(), ...process.env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  setAlive(child, false)
  return child
}

/**
 * Starts the build process early (once), for {@link claimEarlySiteBuilder} to take.
 * @param {number} [articleBytes] the size of the article it will build
 */
export function startEarlySiteBuilder(articleBytes = 0) {
  early ??= forkSiteBuilder(articleBytes)
}

/**
 * The build process started early, if any is still there; from then on the caller's.
 * @returns {import('node:child_process').ChildProcess | undefined} the process
 */
export function claimEarlySiteBuilder() {
  const child = early
  early = undefined
  return child?.connected ? child : undefined
}

/** Ends the build process started early, when the run needs none after all. */
export function dropEarlySiteBuilder() {
  claimEarlySiteBuilder()?.kill()
}
