import { describe, expect, it } from 'vitest'
import { BROWSER_STAGE_TIMEOUT_MS, withTimeout } from '../../scripts/export/with-timeout'
import { ExportError } from '../../scripts/lib/errors'

const never = () => new Promise<never>(() => {})

describe('withTimeout: no wait on the browser is unbounded', () => {
  it('gives every stage a minute at most', () => {
    expect(BROWSER_STAGE_TIMEOUT_MS).toBe(60_000)
  })

  it('passes on what finishes in time, failures included', async () => {
    await expect(withTimeout(Promise.resolve(7), 50, 'x')).resolves.toBe(7)
    await expect(withTimeout(Promise.reject(new Error('boom')), 50, 'x')).rejects.toThrow('boom')
  })

  it('fails a stuck stage with one line naming it and the limit', async () => {
    const error = await withTimeout(never(), 20, 'the slides PDF was not printed').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ExportError)
    expect((error as Error).message).toBe('the slides PDF was not printed within 20 ms')
  })

  it('asks what is stuck within the same limit, and says so when the page does not answer', async () => {
    const started = performance.now()
    const named = await withTimeout(never(), 1_200, 'the deck did not render', async () => 'slide 12 of 40 still loading (image x.png)').catch((caught: unknown) => caught)
    expect((named as Error).message).toBe('the deck did not render within 1 s: slide 12 of 40 still loading (image x.png)')
    const silent = await withTimeout(never(), 1_200, 'the deck did not render', never).catch((caught: unknown) => caught)
    expect((silent as Error).message).toBe('the deck did not render within 1 s: the page stopped responding')
    expect(performance.now() - started).toBeLessThan(2 * 1_200 + 500)
  })
})
