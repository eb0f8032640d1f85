import type { Page } from 'playwright-chromium'
import type { SlideMeasure } from '../check/slide-measure'
import type { MeasureOptions } from './measure'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { BODY_TEXT, SMALL_TEXT } from '../check/limits'
import { INVISIBLE_CHARS } from '../check/visible-text'
import { writeFileAtomic } from '../lib/files'
import { PRINT_VIEW, TYPE_STEPS } from '../model/slidev-contract'
import { CANVAS } from './canvas'
import { pageScript, runInPage } from './page-bundle'
import { withTimeout } from './with-timeout'

/** What `measureInPage` (`measure/`) is given: the slide canvas, the print view's selectors and the check's rules of what text is and which limit it meets. */
export const MEASURE_OPTIONS: MeasureOptions = {
  canvasHeight: CANVAS.height,
  invisible: INVISIBLE_CHARS.source,
  bodyText: BODY_TEXT,
  smallText: SMALL_TEXT,
  slide: PRINT_VIEW.slide,
  layout: PRINT_VIEW.layout,
  steps: TYPE_STEPS.map(({ name, className }) => ({ name, className })),
}

/** A slide's measure without its place in the deck: what a cached measure holds. */
type Measured = Omit<SlideMeasure, 'slide'>

/** Measures kept from earlier runs: the file, and the fingerprint of each slide of the open print view (`slideFingerprints`). */
export interface MeasureCache {
  file: string
  fingerprints: readonly (string | null)[]
}

/**
 * Measures every slide of the open print view (`measure/`, run in the page), within
 * `timeout` ms. With a cache, a slide drawn exactly as one measured before (the same
 * fingerprint as its PNG's, by the same measuring code and options) takes that measure
 * again and only the others are measured: a round of the fit loop, or a run after an
 * edit, measures the slides that changed. The file then holds this deck's measures.
 */
export async function measureSlides(page: Page, timeout: number, cache?: MeasureCache): Promise<SlideMeasure[]> {
  const measure = (only?: number[]) => withTimeout(runInPage<SlideMeasure[]>(page, 'measure', 'measureInPage', { ...MEASURE_OPTIONS, only }), timeout, 'the slides were not measured')
  if (!cache)
    return measure()
  const { keys, cached } = await readKept(cache)
  const missing = keys.flatMap((key, index) => (key && cached.has(key) ? [] : [index]))
  const measured = new Map((missing.length > 0 ? await measure(missing) : []).map(slide => [slide.slide - 1, slide]))
  const measures = keys.map((key, index) => measured.get(index) ?? { slide: index + 1, ...cached.get(key!)! })
  const kept = Object.fromEntries(keys.flatMap((key, index) => (key ? [[key, withoutPlace(measures[index]!)]] : [])))
  await writeFileAtomic(cache.file, `${JSON.stringify(kept)}\n`)
  return measures
}

/**
 * Every slide's measure from the cache alone, without the page: undefined unless each
 * slide has a fingerprint with a measure kept for it (then `measureSlides` is needed).
 */
export async function keptMeasures(cache: MeasureCache): Promise<SlideMeasure[] | undefined> {
  const { keys, cached } = await readKept(cache)
  if (keys.some(key => !key || !cached.has(key)))
    return undefined
  return keys.map((key, index) => ({ slide: index + 1, ...cached.get(key!)! }))
}

/** Each slide's key in the cache, and the measures the cache holds. */
async function readKept(cache: MeasureCache): Promise<{ keys: (string | null)[], cached: Map<string, Measured> }> {
  return { keys: await measureKeys(cache.fingerprints), cached: await readCache(cache.file) }
}

/** Each slide's key in the cache: its fingerprint with the measuring code and options (null: a slide whose markup cannot tell how it is drawn). */
async function measureKeys(fingerprints: readonly (string | null)[]): Promise<(string | null)[]> {
  const recipe = createHash('sha256').update(await pageScript('measure')).update(JSON.stringify(MEASURE_OPTIONS)).digest('hex')
  return fingerprints.map(fingerprint => fingerprint && createHash('sha256').update(`${recipe}\0${fingerprint}`).digest('hex'))
}

/** The measures kept from the last run, by key (none when there is no file or it cannot be read). */
async function readCache(file: string): Promise<Map<string, Measured>> {
  try {
    return new Map(Object.entries(JSON.parse(await readFile(file, 'utf8')) as Record<string, Measured>))
  }
  catch {
    return new Map()
  }
}

/** A measure without its slide's place in the deck. */
function withoutPlace({ slide: _slide, ...measured }: SlideMeasure): Measured {
  return measured
}
