import type { Diagnostic } from '../lib/diagnostics'
import type { Slide } from '../model/deck'
import type { FillSummary } from './fill'
import type { BrowserTraffic } from './read-net-log'
import type { SlideMeasure } from './slide-measure'
import { isHalfEmpty, summarizeFill } from './fill'
import { hasSmallBody, hasSmallText, LIMITS, overflows, slideProblems } from './limits'

/** The outcome of checking a built deck in a browser. */
export interface CheckReport {
  limits: typeof LIMITS
  slides: (SlideMeasure & { title?: string, layout?: string, problems: string[] })[]
  consoleErrors: string[]
  blockedRequests: string[]
  /** What the browser process itself looked up and connected to off the machine (its NetLog). */
  browserTraffic: BrowserTraffic
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
    /** DNS lookups and connections off the machine by the browser process. */
    browserTraffic: number
    /** How content slides use the canvas (reported; the check does not fail on it). */
    fill: FillSummary
    passed: boolean
  }
}

const NO_TRAFFIC: BrowserTraffic = { lookups: [], connections: [] }

/**
 * Judges measurements against the limits: which slides break which, and whether the deck
 * passes; and how the content slides (known by their `layouts`) use the canvas.
 */
export function buildReport(measures: readonly SlideMeasure[], titles: readonly (string | undefined)[], consoleErrors: readonly string[], blockedRequests: readonly string[], browserTraffic: BrowserTraffic = NO_TRAFFIC, layouts: readonly (string | undefined)[] = []): CheckReport {
  const slides = measures.map((measure, index) => ({ ...measure, title: titles[index], ...(layouts[index] ? { layout: layouts[index] } : {}), problems: slideProblems(measure) }))
  const fonts = measures.map(measure => measure.minFont).filter(size => size > 0)
  const bodies = measures.map(measure => measure.minBodyFont).filter(size => size > 0)
  const summary = {
    slides: slides.length,
    overflowing: slides.filter(slide => overflows(slide)).length,
    maxOverflow: Math.max(0, ...slides.map(slide => slide.overflow)),
    smallText: slides.filter(slide => hasSmallText(slide) || hasSmallBody(slide)).length,
    minFont: fonts.length > 0 ? Math.min(...fonts) : 0,
    minBodyFont: bodies.length > 0 ? Math.min(...bodies) : 0,
    brokenImages: slides.reduce((sum, slide) => sum + slide.brokenImages.length, 0),
    consoleErrors: consoleErrors.length,
    blockedRequests: blockedRequests.length,
    browserTraffic: browserTraffic.lookups.length + browserTraffic.connections.length,
    fill: summarizeFill(slides),
    passed: false,
  }
  summary.passed = slides.every(slide => slide.problems.length === 0) && consoleErrors.length === 0 && blockedRequests.length === 0 && summary.browserTraffic === 0
  return { limits: LIMITS, slides, consoleErrors: [...consoleErrors], blockedRequests: [...blockedRequests], browserTraffic: { lookups: [...browserTraffic.lookups], connections: [...browserTraffic.connections] }, summary }
}

/** The report with what the browser process did on the network added (known only once the browser has closed). */
export function withBrowserTraffic(report: CheckReport, traffic: BrowserTraffic): CheckReport {
  const measures = report.slides.map(({ title: _title, layout: _layout, problems: _problems, ...measure }) => measure)
  return buildReport(measures, report.slides.map(slide => slide.title), report.consoleErrors, report.blockedRequests, traffic, report.slides.map(slide => slide.layout))
}

/**
 * The check's failures as warnings for the article: one per slide that still breaks a
 * limit, `slide N "title": problem; problem`, at the article line the slide's content
 * starts (see `SlideBase.line`), or for a slide the speaker wrote or changed at its line
 * in `slidesFile`, and one per console error or request off the machine.
 */
export function fitWarnings(report: CheckReport, slides: readonly Slide[], file: string, slidesFile?: string): Diagnostic[] {
  const perSlide = report.slides.filter(measured => measured.problems.length > 0).map((measured): Diagnostic => {
    const slide = slides[measured.slide - 1]
    const title = slide && 'title' in slide ? slide.title : (measured.title ?? slide?.kind ?? '')
    const where = slide?.speaker !== undefined && slidesFile ? { file: slidesFile, line: slide.speaker.line } : { file, line: slide?.line }
    return { severity: 'warning', ...where, message: `slide ${measured.slide} "${title}": ${measured.problems.join('; ')}` }
  })
  const deckWide = [
    ...report.consoleErrors.map(error => `console error in the built deck: ${error}`),
    ...report.blockedRequests.map(url => `the built deck asked for ${url} (blocked: off the machine)`),
    ...report.browserTraffic.lookups.map(host => `the browser looked up ${host} by itself (off the machine)`),
    ...report.browserTraffic.connections.map(address => `the browser connected to ${address} by itself (off the machine)`),
  ].map((message): Diagnostic => ({ severity: 'warning', file, message }))
  return [...perSlide, ...deckWide]
}

/** Pads text to a width in terminal columns, CJK characters taking two. */
function padWide(text: string, width: number): string {
  const columns = [...text].reduce((sum, char) => sum + (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(char) ? 2 : 1), 0)
  return text + ' '.repeat(Math.max(0, width - columns))
}

/** A slide's fill for the table: `64%`, marked `*` when its lower half is empty. */
function formatFill(slide: Pick<SlideMeasure, 'fill'>): string {
  if (!slide.fill)
    return ''
  return `${isHalfEmpty(slide.fill) ? '*' : ''}${Math.round(slide.fill.share * 100)}%`
}

/** The report as a table and a summary, for a terminal. */
export function formatReport(report: CheckReport): string {
  const rows = report.slides.map(slide => [
    String(slide.slide).padStart(3),
    padWide((slide.title ?? '').slice(0, 26), 28),
    (slide.layout ?? '').padEnd(9),
    formatFill(slide).padStart(6),
    `${slide.overflow}`.padStart(8),
    `${slide.minFont}`.padStart(8),
    `${slide.minBodyFont}`.padStart(8),
    slide.problems.length > 0 ? `✗ ${slide.problems.join('; ')}` : '✓',
  ].join('  '))
  const { summary } = report
  const { fill } = summary
  return [
    `${'#'.padStart(3)}  ${'title'.padEnd(28)}  ${'layout'.padEnd(9)}  ${'fill'.padStart(6)}  overflow  min font  min body  result`,
    ...rows,
    '',
    `${summary.slides} slides: ${summary.overflowing} overflowing (max ${summary.maxOverflow}px), ${summary.smallText} with small text (smallest ${summary.minFont}px, body ${summary.minBodyFont}px; limits ${report.limits.minFont}/${report.limits.minBodyFont}px), ${summary.brokenImages} broken images, ${summary.consoleErrors} console errors, ${summary.blockedRequests} requests off the machine, ${summary.browserTraffic} lookups or connections off the machine by the browser`,
    `fill: ${fill.slides} content slides fill a median ${Math.round(fill.median * 100)}% of the height; ${fill.halfEmpty.length} with the lower half empty${fill.halfEmpty.length > 0 ? ` (slides ${fill.halfEmpty.join(', ')})` : ''}, ${fill.sparse.length} filling less than half${fill.sparse.length > 0 ? ` (slides ${fill.sparse.join(', ')})` : ''}`,
    ...report.consoleErrors.map(error => `  console error: ${error}`),
    ...report.blockedRequests.map(url => `  blocked request: ${url}`),
    ...report.browserTraffic.lookups.map(host => `  browser looked up: ${host}`),
    ...report.browserTraffic.connections.map(address => `  browser connected to: ${address}`),
    summary.passed ? 'check passed' : 'check FAILED',
  ].join('\n')
}
