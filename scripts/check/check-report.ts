import type { SlideMeasure } from './measure-in-page'
import { LIMITS, slideProblems } from './limits'

/** The outcome of checking a built deck in a browser. */
export interface CheckReport {
  limits: typeof LIMITS
  slides: (SlideMeasure & { title?: string, problems: string[] })[]
  consoleErrors: string[]
  blockedRequests: string[]
  summary: {
    slides: number
    overflowing: number
    maxOverflow: number
    smallText: number
    minFont: number
    minBodyFont: number
    brokenImages: number
    consoleErrors: number
    blockedRequests: number
    passed: boolean
  }
}

/** Judges measurements against the limits: which slides break which, and whether the deck passes. */
export function buildReport(measures: readonly SlideMeasure[], titles: readonly (string | undefined)[], consoleErrors: readonly string[], blockedRequests: readonly string[]): CheckReport {
  const slides = measures.map((measure, index) => ({ ...measure, title: titles[index], problems: slideProblems(measure) }))
  const fonts = measures.map(measure => measure.minFont).filter(size => size > 0)
  const bodies = measures.map(measure => measure.minBodyFont).filter(size => size > 0)
  const summary = {
    slides: slides.length,
    overflowing: slides.filter(slide => slide.overflow > LIMITS.overflow).length,
    maxOverflow: Math.max(0, ...slides.map(slide => slide.overflow)),
    smallText: slides.filter(slide => (slide.minFont > 0 && slide.minFont < LIMITS.minFont) || (slide.minBodyFont > 0 && slide.minBodyFont < LIMITS.minBodyFont)).length,
    minFont: fonts.length > 0 ? Math.min(...fonts) : 0,
    minBodyFont: bodies.length > 0 ? Math.min(...bodies) : 0,
    brokenImages: slides.reduce((sum, slide) => sum + slide.brokenImages.length, 0),
    consoleErrors: consoleErrors.length,
    blockedRequests: blockedRequests.length,
    passed: false,
  }
  summary.passed = slides.every(slide => slide.problems.length === 0) && consoleErrors.length === 0 && blockedRequests.length === 0
  return { limits: LIMITS, slides, consoleErrors: [...consoleErrors], blockedRequests: [...blockedRequests], summary }
}

/** Pads text to a width in terminal columns, CJK characters taking two. */
function padWide(text: string, width: number): string {
  const columns = [...text].reduce((sum, char) => sum + (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(char) ? 2 : 1), 0)
  return text + ' '.repeat(Math.max(0, width - columns))
}

/** The report as a table and a summary, for a terminal. */
export function formatReport(report: CheckReport): string {
  const rows = report.slides.map(slide => [
    String(slide.slide).padStart(3),
    padWide((slide.title ?? '').slice(0, 26), 28),
    `${slide.overflow}`.padStart(8),
    `${slide.minFont}`.padStart(8),
    `${slide.minBodyFont}`.padStart(8),
    slide.problems.length > 0 ? `✗ ${slide.problems.join('; ')}` : '✓',
  ].join('  '))
  const { summary } = report
  return [
    `${'#'.padStart(3)}  ${'title'.padEnd(28)}  overflow  min font  min body  result`,
    ...rows,
    '',
    `${summary.slides} slides: ${summary.overflowing} overflowing (max ${summary.maxOverflow}px), ${summary.smallText} with small text (smallest ${summary.minFont}px, body ${summary.minBodyFont}px; limits ${report.limits.minFont}/${report.limits.minBodyFont}px), ${summary.brokenImages} broken images, ${summary.consoleErrors} console errors, ${summary.blockedRequests} requests off the machine`,
    ...report.consoleErrors.map(error => `  console error: ${error}`),
    ...report.blockedRequests.map(url => `  blocked request: ${url}`),
    summary.passed ? 'check passed' : 'check FAILED',
  ].join('\n')
}
