import type { PrintViewDeck } from '../helpers/print-view-deck'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LIMITS } from '../../scripts/check/limits'
import { CANVAS } from '../../scripts/export/canvas'
import { PRINT_VIEW } from '../../scripts/model/slidev-contract'
import { readFormulaRows } from '../../scripts/plan/split-formula'
import { openDeckInPrintView } from '../helpers/print-view-deck'
import { ROOT } from '../helpers/run-cli'

/**
 * An article of tall and tagged formulas (issue 25): a ten-row `aligned` derivation that
 * was cut at the slide's bottom, tags (`\tag{2.21}`, a wide formula's `\tag{3.1.10}`) that
 * were drawn over their formula, a gathered block and bare `\\` rows, cases with no row
 * to cut at, and an `eqnarray`.
 */
const ARTICLE = 'tests/fixtures/tall-math/input.md'
const WORK = join(ROOT, 'tests/.tmp/tall-math')
/** A row of the ten-row derivation, and its last. */
const DERIVATION_FIRST = String.raw`L(\mathbf{w}) &=`
const DERIVATION_LAST = String.raw`\hat{\mathbf{y}} &=`
/** KaTeX's type against the text around it. */
const KATEX_SIZE = 1.21
/** What counts as set smaller: below nine tenths of its type. */
const SMALLER = 0.9
/** Pixels two boxes may share at their edges before they count as overlapping (anti-aliasing). */
const SLACK_PX = 0.5

/** A display formula where the print view drew it: its slide (1-based), its TeX, its size, and its tag's box against its pieces'. */
interface DrawnFormula {
  slide: number
  tex: string
  katexPx: number
  /** The size of its slide's body text. */
  bodyPx: number
  /** Pieces of the formula (KaTeX's bases) that a tag overlaps. */
  overlapped: number
  tagged: boolean
}

/** Every display formula of the print view. Runs in the page. */
function readFormulas({ slide, slack }: { slide: string, slack: number }): DrawnFormula[] {
  const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack
  return [...document.querySelectorAll(slide)].flatMap((container, index) => [...container.querySelectorAll('.katex-display')].map((display) => {
    const tag = display.querySelector('.katex-html > .katex-tag')
    const bases = [...display.querySelectorAll('.katex-html > .katex-base')].map(base => base.getBoundingClientRect())
    const tagBox = tag?.getBoundingClientRect()
    return {
      slide: index + 1,
      tex: display.querySelector('annotation')?.textContent ?? '',
      katexPx: Number.parseFloat(getComputedStyle(display.querySelector('.katex')!).fontSize),
      bodyPx: Number.parseFloat(getComputedStyle(display.closest('.slidev-layout')!).fontSize),
      overlapped: tagBox ? bases.filter(base => overlap(base, tagBox)).length : 0,
      tagged: tag !== null,
    }
  }))
}

describe('tall formulas are cut at their rows or set smaller, and tags stay beside their formula', () => {
  let deck: PrintViewDeck
  let formulas: DrawnFormula[]

  beforeAll(async () => {
    deck = await openDeckInPrintView(ARTICLE, WORK)
    formulas = await deck.view.page.evaluate(readFormulas, { slide: PRINT_VIEW.slide, slack: SLACK_PX })
  })

  afterAll(async () => {
    await deck?.close()
  })

  it('fits every slide, with no slide left unfit', () => {
    expect(deck.result.stdout).toContain('check passed')
    expect(deck.result.stderr).not.toMatch(/warning: slide \d+/)
  })

  it('shows the ten-row derivation on two slides, each part an aligned block of whole rows, every row once and in order', () => {
    const source = readFileSync(join(ROOT, ARTICLE), 'utf8')
    const derivation = /\$\$\n(\\begin\{aligned\}[\s\S]*?\\end\{aligned\})\n\$\$/.exec(source)![1]!
    const rows = (tex: string) => readFormulaRows(tex).rows.map(row => row.text.trim())
    const first = formulas.findIndex(formula => formula.tex.includes(DERIVATION_FIRST))
    const last = formulas.findIndex(formula => formula.tex.includes(DERIVATION_LAST))
    const parts = formulas.slice(first, last + 1)
    expect(parts.length).toBe(2)
    expect(new Set(parts.map(part => part.slide)).size).toBe(2)
    expect(parts.every(part => /^\\begin\{aligned\}[\s\S]*\\end\{aligned\}$/.test(part.tex.trim()))).toBe(true)
    expect(parts.flatMap(part => rows(part.tex))).toEqual(rows(derivation))
  })

  it('draws no equation tag over its formula', () => {
    const tagged = formulas.filter(formula => formula.tagged)
    expect(tagged.length).toBeGreaterThanOrEqual(4)
    expect(tagged.filter(formula => formula.overlapped > 0).map(formula => `slide ${formula.slide}: ${formula.tex.slice(0, 40)}`)).toEqual([])
  })

  it('sets the cases, which have no row to cut at, smaller than the type, never below the smallest text', () => {
    const cases = formulas.find(formula => formula.tex.includes(String.raw`\begin{cases}`))!
    expect(cases.katexPx * CANVAS.scale).toBeGreaterThanOrEqual(LIMITS.minFont)
    expect(cases.katexPx).toBeLessThan(cases.bodyPx * KATEX_SIZE * SMALLER)
  })

  it('draws the eqnarray, which KaTeX does not know, as aligned rows', () => {
    const parts = formulas.filter(formula => formula.tex.includes('&=') && formula.tex.includes(String.raw`\begin{align}`))
    expect(parts.length).toBeGreaterThanOrEqual(2)
  })
})
