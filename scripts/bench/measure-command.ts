import type { Buffer } from 'node:buffer'
import type { SpawnOptions } from 'node:child_process'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** How often the memory of a command's processes is read. */
const SAMPLE_MS = 100
/** GNU time, which reports the largest resident set of any one process of a command. */
const GNU_TIME = '/usr/bin/time'
const KB = 1024

/** What one run of a command took. */
export interface CommandCost {
  seconds: number
  /** Largest resident set of any one of its processes, in bytes (GNU time's `%M`, else sampled). */
  peakProcessBytes: number
  /** Largest sum of the resident sets of all its processes at one time (sampled every 100 ms), in bytes. */
  peakTreeBytes: number
  /** The end of what it printed on stderr (its last 4000 characters). */
  stderrTail: string
}

/** Resident set of a process in bytes, 0 when it is gone. */
function residentBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * KB : 0
  }
  catch {
    return 0
  }
}

/** The children of a process (of every thread of it), from /proc. */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap(task => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number))
  }
  catch {
    return []
  }
}

/** A process and all its descendants now. */
function processTree(root: number): number[] {
  const tree = [root]
  for (let index = 0; index < tree.length; index++)
    tree.push(...childrenOf(tree[index]!))
  return tree
}

/**
 * Runs a command to its end and measures it: wall time, the largest resident set of any
 * one of its processes (as `/usr/bin/time -v` reports it, when installed) and the largest
 * sum of the resident sets of all its processes (the browser's included), read from /proc
 * every {@link SAMPLE_MS} ms. A command that fails throws with the end of its stderr.
 */
export async function measureCommand(label: string, command: string, args: readonly string[], options: SpawnOptions): Promise<CommandCost> {
  const timeDir = existsSync(GNU_TIME) ? mkdtempSync(join(tmpdir(), 'bench-time-')) : undefined
  const timeFile = timeDir && join(timeDir, 'rss')
  const [file, argv] = timeFile ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, [...args]]
  const started = performance.now()
  const child = spawn(file, argv, { ...options, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000)
  })
  let peakTreeBytes = 0
  let peakSampled = 0
  const sample = () => {
    const sizes = processTree(child.pid!).map(residentBytes)
    peakTreeBytes = Math.max(peakTreeBytes, sizes.reduce((sum, size) => sum + size, 0))
    peakSampled = Math.max(peakSampled, ...sizes)
  }
  const sampler = setInterval(sample, SAMPLE_MS)
  const code = await new Promise<number | null>(resolve => child.once('close', resolve))
  clearInterval(sampler)
  const seconds = (performance.now() - started) / 1000
  const reported = timeFile && existsSync(timeFile) ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) * KB : 0
  if (timeDir)
    rmSync(timeDir, { recursive: true, force: true })
  if (code !== 0)
    throw new Error(`${label} failed (${code}):\n${stderr.slice(-2000)}`)
  return { seconds, peakProcessBytes: reported || peakSampled, peakTreeBytes, stderrTail: stderr }
}
