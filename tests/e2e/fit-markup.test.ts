import type { Browser } from 'playwright-chromium'
import type { CheckReport } from '../../scripts/check/check-report'
import type { SlideMeasure } from '../../scripts/check/slide-measure'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LIMITS, slideProblems } from '../../scripts/check/limits'
import { MEASURE_OPTIONS } from '../../scripts/export/measure-slides'
import { runInPage } from '../../scripts/export/page-bundle'
import { openBrowser } from '../helpers/browser'
import { ROOT, runCommand } from '../helpers/run-cli'

const readReport = (dir: string) => JSON.parse(readFileSync(join(dir, 'exports/check.json'), 'utf8')) as CheckReport

describe.each(['math', 'kbd-sub-sup-footnotes'])('npm run deck on tests/fixtures/%s', (name) => {
  const dir = join(ROOT, 'tests/.tmp', `fit-${name}`)
  let result: Awaited<ReturnType<typeof runCommand>>
  let report: CheckReport

  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true })
    result = await runCommand('deck', [`tests/fixtures/${name}/input.md`, '--out', dir, '--formats', 'png'])
    report = readReport(dir)
  })

  it('exits 0 with the check passed and no slide left unfit, in round 1 or after fixes', () => {
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('check passed')
    expect(result.stderr).toMatch(/check: .*; \d+ rounds?, \d+ fixes, \d+ slides set larger\n/)
    expect(result.stderr).not.toMatch(/warning: slide \d+/)
    expect(report.summary.passed).toBe(true)
    expect(report.slides.flatMap(slide => slide.problems)).toEqual([])
  })

  it('has no text below 24 px anywhere and no body text below 28 px', () => {
    expect(report.summary.minFont).toBeGreaterThanOrEqual(LIMITS.minFont)
    expect(report.summary.minBodyFont).toBeGreaterThanOrEqual(LIMITS.minBodyFont)
    for (const slide of report.slides) {
      expect(slide.minFont === 0 || slide.minFont >= 24, `slide ${slide.slide}: ${slide.minFont}px "${slide.minFontWhat}"`).toBe(true)
      expect(slide.minBodyFont === 0 || slide.minBodyFont >= 28, `slide ${slide.slide}: body ${slide.minBodyFont}px`).toBe(true)
    }
  })
})

const slide = (body: string) => `<div class="print-slide-container" style="width:960px;height:540px;overflow:hidden"><div class="slidev-layout" style="font-size:20px;height:100%">${body}</div></div>`

/** KaTeX's markup, cut down: a base size on `.katex`, a script at half of it, and the zero-width strut in a 2 px box. */
const KATEX = '<span class="katex" style="font-size:24px"><span class="katex-mathml" style="font-size:1px">n</span><span class="katex-html"><span style="font-size:0.5em">n</span><span class="vlist-s" style="font-size:1px">\u200B</span></span></span>'

const PAGE = [
  slide(`<ul>
    <li>Copy with <kbd style="font-size:12px">Ctrl</kbd>+<kbd style="font-size:12px">C</kbd>: H<sub style="font-size:12px">2</sub>O and x<sup style="font-size:12px">2</sup>, a note<sup><a href="#fn1" class="footnote-ref" data-footnote-ref>1</a></sup> and <code style="font-size:12.5px">x</code></li>
    <li>The mean is ${KATEX}</li>
    <li>soft<span style="font-size:2px">\u00AD\u2060\uFEFF\u200C</span>hyphen<span style="font-size:3px">   </span></li>
  </ul>`),
  slide(`<p style="font-size:13px">Body text too small</p><span style="font-size:11px">tiny label</span>`),
].join('')

describe('measureInPage on small markup', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await openBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it('skips invisible text, sizes KaTeX by its .katex element and holds keys, scripts, marks and code to 24 px only', async () => {
    const page = await browser.newPage({ viewport: { width: 960, height: 540 } })
    await page.setContent(`<!doctype html><html><body style="margin:0">${PAGE}</body></html>`)
    const [markup, small] = await runInPage<SlideMeasure[]>(page, 'measure', 'measureInPage', MEASURE_OPTIONS)
    expect(markup).toMatchObject({ slide: 1, minFont: 24, minBodyFont: 40, minFontWhat: 'Ctrl' })
    expect(slideProblems(markup!)).toEqual([])
    expect(small).toMatchObject({ slide: 2, minFont: 22, minBodyFont: 26, minFontWhat: 'tiny label' })
    expect(slideProblems(small!)).toEqual(['text at 22px ("tiny label")', 'body text at 26px'])
    await page.close()
  })
})
