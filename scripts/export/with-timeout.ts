import { ExportError } from '../lib/errors'

/** Longest any one stage (rendering, measuring, printing, one screenshot) may wait on the browser before the export fails. */
export const BROWSER_STAGE_TIMEOUT_MS = 60_000

/** Time kept, within a stage's limit, to ask the page what it is stuck on. */
const DETAIL_MS = 1_000

/** A wait's limit as the error says it: `60 s` (`500 ms` below a second). */
function formatLimit(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 1000)} s`
}

/**
 * Resolves or rejects as `work` does, unless it takes longer than `ms`: then it fails
 * with one line, `<what> within 60 s`, followed by `: <detail>` when `detail` says more
 * (e.g. which slide is stuck; asked only then, and within the same `ms`).
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, what: string, detail?: () => Promise<string | undefined>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(resolve, detail ? Math.max(1, ms - DETAIL_MS) : ms, 'expired')
  })
  try {
    const first = await Promise.race([work.then(value => ({ value })), expired])
    if (first !== 'expired')
      return first.value
  }
  finally {
    clearTimeout(timer)
  }
  work.catch(() => {})
  const more = detail ? await withTimeout(detail(), DETAIL_MS, 'no answer').catch(() => 'the page stopped responding') : undefined
  throw new ExportError(`${what} within ${formatLimit(ms)}${more ? `: ${more}` : ''}`)
}
