import type { CheckReport } from '../../scripts/check/check-report'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { runCommand } from '../helpers/run-cli'
import { useSharedDeck, waitForSharedDeck } from '../helpers/shared-deck'

const deckDir = inject('deckDir')
const badDir = inject('badDeckDir')

useSharedDeck()

const readReport = (dir: string) => JSON.parse(readFileSync(join(dir, 'exports/check.json'), 'utf8')) as CheckReport

describe('npm run check on a deck made to fail', () => {
  let result: Awaited<ReturnType<typeof runCommand>>
  let report: CheckReport

  beforeAll(async () => {
    result = await runCommand('check', [badDir])
    report = readReport(badDir)
  })

  it('exits non-zero and prints a table and a summary', () => {
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/overflow\s+min font\s+min body/)
    expect(result.stdout).toMatch(/6 slides: 1 overflowing/)
    expect(result.stdout).toContain('check FAILED')
  })

  it('catches content running off the slide', () => {
    expect(report.slides[1]!.overflow).toBeGreaterThan(50)
    expect(report.slides[1]!.problems.join()).toMatch(/overflows by/)
  })

  it('catches tiny type', () => {
    expect(report.slides[2]!.minFont).toBeLessThan(24)
    expect(report.slides[2]!.minFont).toBeGreaterThan(10)
    expect(report.slides[2]!.problems.join()).toMatch(/text at/)
  })

  it('catches a remote image: the request is blocked, the image is broken', () => {
    expect(report.blockedRequests).toEqual(['http://192.0.2.1/remote.png'])
    expect(report.slides[3]!.brokenImages).toEqual(['http://192.0.2.1/remote.png'])
  })

  it('catches console errors', () => {
    expect(report.consoleErrors.length).toBeGreaterThan(0)
  })

  it('passes the slide that is fine', () => {
    expect(report.slides[5]!.problems).toEqual([])
    expect(report.slides[0]!.problems).toEqual([])
  })
})

describe('npm run deck checks what it made', () => {
  it('re-planned the slide that overflowed, said what it changed, and passed', async () => {
    const log = (await waitForSharedDeck()).deckLog
    expect(log).toMatch(/round 1: \d+ slides? did not fit/)
    expect(log).toMatch(/overflows by [\d.]+px .* -> (stepped the type down|split it into \d slides)/)
    const report = readReport(deckDir)
    expect(report.summary.passed).toBe(true)
    expect(report.summary.overflowing).toBe(0)
    expect(report.summary.minFont).toBeGreaterThanOrEqual(24)
    expect(report.summary.minBodyFont).toBeGreaterThanOrEqual(28)
  })
})
