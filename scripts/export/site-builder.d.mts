import type { ChildProcess } from 'node:child_process'

/** Lets a child process and its message channel keep this process alive, or not. */
export declare function setAlive(child: ChildProcess, alive: boolean): void
/** The build's heap limit, in MB, for an article of this many bytes. */
export declare function buildHeapMb(articleBytes: number): number
/** Forks a build process, loading Slidev and Vite at once, its heap limited by the article's size; it keeps this process alive only once given a build. */
export declare function forkSiteBuilder(articleBytes?: number): ChildProcess
/** Starts the build process early (once), for {@link claimEarlySiteBuilder} to take. */
export declare function startEarlySiteBuilder(articleBytes?: number): void
/** The build process started early, if any is still there; from then on the caller's. */
export declare function claimEarlySiteBuilder(): ChildProcess | undefined
/** Ends the build process started early, when the run needs none after all. */
export declare function dropEarlySiteBuilder(): void
