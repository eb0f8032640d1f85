import katex from 'katex'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../scripts/parse/parse-markdown'
import { MAX_POINTS } from '../../scripts/plan/budget'
import { FORMULA_ROOM_EM, formulaScale, fractionDepth, MAX_FORMULA_EM, readFormulaRows, rowHeightEm, splitFormula } from '../../scripts/plan/split-formula'
import { toUnits } from '../../scripts/plan/to-units'
import { renderBlocks } from '../../scripts/render/slidev-markdown'

/** The ten-row derivation that was cut at the slide's bottom (issue 25). */
const DERIVATION = String.raw`\begin{aligned}
L(\mathbf{w}) &= \frac{1}{2n} \sum_{i=1}^{n} \left(y_i - \mathbf{w}^\top \mathbf{x}_i\right)^2 \\
&= \frac{1}{2n} \left\| \mathbf{y} - X \mathbf{w} \right\|^2 \\
&= \frac{1}{2n} \left(\mathbf{y} - X \mathbf{w}\right)^\top \left(\mathbf{y} - X \mathbf{w}\right) \\
&= \frac{1}{2n} \left(\mathbf{y}^\top \mathbf{y} - 2 \mathbf{w}^\top X^\top \mathbf{y} + \mathbf{w}^\top X^\top X \mathbf{w}\right) \\
\nabla_{\mathbf{w}} L &= \frac{1}{2n} \left(- 2 X^\top \mathbf{y} + 2 X^\top X \mathbf{w}\right) \\
&= \frac{1}{n} \left(X^\top X \mathbf{w} - X^\top \mathbf{y}\right) \\
0 &= X^\top X \mathbf{w} - X^\top \mathbf{y} \\
X^\top X \mathbf{w} &= X^\top \mathbf{y} \\
\mathbf{w}^* &= \left(X^\top X\right)^{-1} X^\top \mathbf{y} \\
\hat{\mathbf{y}} &= X \left(X^\top X\right)^{-1} X^\top \mathbf{y}
\end{aligned}`

/** A formula of `count` rows of one fraction each, in the given environment, each row ending with `end`. */
function fractionRows(environment: string, count: number, { args = '', end = '' } = {}): string {
  const rows = Array.from({ length: count }, (_, i) => String.raw`x_{${i}} &= \frac{a_{${i}}}{b_{${i}}}${end}`)
  return String.raw`\begin{${environment}}${args}
${rows.join(' \\\\\n')}
\end{${environment}}`
}

/** Renders a formula as the deck does (its Slidev Markdown's TeX) with KaTeX in display mode, throwing on any error: the part is a formula of its own. */
function renders(tex: string): boolean {
  const markdown = renderBlocks([{ type: 'math', value: tex }])
  katex.renderToString(markdown.slice(markdown.indexOf('$$\n') + 3, markdown.lastIndexOf('\n$$')), { displayMode: true, throwOnError: true, strict: false })
  return true
}

/** The rows of each part, trimmed, without the environment around them. */
function rowsOf(tex: string): string[] {
  return readFormulaRows(tex).rows.map(row => row.text.trim())
}

describe('splitFormula', () => {
  it('cuts the ten-row derivation at its rows into parts of the same environment, every row whole, once, in order', () => {
    const parts = splitFormula(DERIVATION)
    expect(parts.length).toBe(2)
    expect(parts.flatMap(part => rowsOf(part.value))).toEqual(rowsOf(DERIVATION))
    for (const part of parts) {
      expect(part.value).toMatch(/^\\begin\{aligned\}\n[\s\S]*\n\\end\{aligned\}$/)
      expect(part.em).toBeLessThanOrEqual(MAX_FORMULA_EM)
      expect(renders(part.value)).toBe(true)
    }
    expect(parts.map(part => [part.from, part.to, part.of])).toEqual([[1, 4, 10], [5, 10, 10]])
    expect(parts[1]!.lineOffset).toBe(5)
  })

  it('keeps every row\'s alignment points and tag', () => {
    const tagged = fractionRows('align', 12, { end: String.raw` \tag{2.%}` }).replaceAll('%', '1')
    const parts = splitFormula(tagged)
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) {
      expect(rowsOf(part.value).every(row => row.includes('&=') && row.endsWith(String.raw`\tag{2.1}`))).toBe(true)
      expect(renders(part.value)).toBe(true)
    }
  })

  it.each([
    ['split', ''],
    ['gathered', ''],
    ['gather*', ''],
    ['eqnarray', ''],
    ['alignat', '{1}'],
    ['array', '{rl}'],
  ])('repeats %s and its arguments in every part', (environment, args) => {
    const tex = fractionRows(environment, 10, { args }).replaceAll('&=', environment === 'gathered' || environment === 'gather*' ? '=' : environment === 'eqnarray' ? '&=&' : '&=')
    const parts = splitFormula(tex)
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) {
      expect(part.value.startsWith(`\\begin{${environment}}${args}`)).toBe(true)
      expect(part.value.endsWith(`\\end{${environment}}`)).toBe(true)
      expect(renders(part.value)).toBe(true)
    }
  })

  it('gives what stands before the environment to the first part and its tag to the last', () => {
    const tex = `f(x) = ${fractionRows('aligned', 10)} \\tag{3}`
    const parts = splitFormula(tex)
    expect(parts[0]!.value.startsWith(String.raw`f(x) = \begin{aligned}`)).toBe(true)
    expect(parts.at(-1)!.value.endsWith(String.raw`\end{aligned} \tag{3}`)).toBe(true)
    expect(parts.slice(0, -1).some(part => part.value.includes(String.raw`\tag`))).toBe(false)
    expect(parts.every(part => renders(part.value))).toBe(true)
  })

  it('cuts a formula\'s own line breaks, dropping only the break it is cut at and keeping spacing inside parts', () => {
    const tex = Array.from({ length: 12 }, (_, i) => String.raw`a_{${i}} = \frac{b}{c}`).join(' \\\\[4pt] ')
    const parts = splitFormula(tex)
    expect(parts.length).toBeGreaterThan(1)
    expect(parts.every(part => !part.value.startsWith('\\\\') && !part.value.endsWith(']'))).toBe(true)
    expect(parts[0]!.value).toContain(String.raw`\\[4pt]`)
    expect(parts.flatMap(part => rowsOf(part.value))).toEqual(rowsOf(tex))
  })

  it('leaves whole a formula that fits, and one whose rows sit inside delimiters or groups', () => {
    const short = String.raw`\begin{aligned} a &= b \\ c &= d \end{aligned}`
    expect(splitFormula(short)).toMatchObject([{ value: short, from: 1, to: 2, of: 2, lineOffset: 0 }])
    const cases = String.raw`f = \left\{ ${fractionRows('array', 12, { args: '{ll}' })} \right.`
    expect(splitFormula(cases)).toMatchObject([{ value: cases, of: 1 }])
    const matrix = String.raw`A = \begin{pmatrix} ${Array.from({ length: 12 }, () => String.raw`\frac{1}{2} & 0`).join(' \\\\ ')} \end{pmatrix}`
    expect(splitFormula(matrix)).toHaveLength(1)
    const grouped = String.raw`{${fractionRows('aligned', 12)}}`
    expect(splitFormula(grouped)).toHaveLength(1)
  })

  it('reads past escaped braces and comments', () => {
    const tex = String.raw`\begin{aligned} a &= \{ b \\ % a comment with \\ and {
c &= d \} \end{aligned}`
    expect(rowsOf(tex)).toEqual([String.raw`a &= \{ b`, String.raw`% a comment with \\ and {
c &= d \}`])
  })

  it('weighs a part by its height, from two points for one line to a slide for the tallest', () => {
    expect(splitFormula(String.raw`E = mc^2`)[0]!.weight).toBe(2)
    expect(splitFormula(DERIVATION).map(part => part.weight)).toEqual([MAX_POINTS, MAX_POINTS])
  })
})

describe('row heights', () => {
  it('adds a fraction\'s height per level of nesting, a big operator\'s limits and a matrix\'s rows', () => {
    expect(fractionDepth(String.raw`\frac{1}{1 + \frac{1}{x}}`)).toBe(2)
    expect(fractionDepth(String.raw`{a \over b}`)).toBe(1)
    expect(rowHeightEm('a = b')).toBeLessThan(rowHeightEm(String.raw`a = \frac{b}{c}`))
    expect(rowHeightEm(String.raw`a = \frac{b}{c}`)).toBeLessThan(rowHeightEm(String.raw`a = \frac{b}{1 + \frac{1}{c}}`))
    expect(rowHeightEm(String.raw`s = \sum_{i=1}^{n} x_i`)).toBeGreaterThan(rowHeightEm('s = x'))
    expect(rowHeightEm(String.raw`A = \begin{pmatrix} 1 \\ 2 \\ 3 \end{pmatrix}`)).toBeGreaterThan(rowHeightEm(String.raw`A = \begin{pmatrix} 1 \\ 2 \end{pmatrix}`))
  })
})

describe('formulaScale', () => {
  it('sets a formula taller than the room that cannot be cut smaller, and leaves others at their type', () => {
    const rows = Array.from({ length: 20 }, (_, i) => String.raw`${i} & \text{if } n = ${i}`).join(' \\\\ ')
    const cases = String.raw`f(n) = \begin{cases} ${rows} \end{cases}`
    expect(formulaScale(cases)).toBeLessThan(1)
    expect(formulaScale(cases)).toBeGreaterThan(FORMULA_ROOM_EM / 30)
    expect(splitFormula(DERIVATION).map(part => formulaScale(part.value))).toEqual([1, 1])
    expect(renderBlocks([{ type: 'math', value: cases }])).toMatch(/^<div class="deck-math-fit" style="--deck-math-scale: 0\.\d+">\n\n\$\$\n/)
    expect(renderBlocks([{ type: 'math', value: cases }], { notes: true })).toMatch(/^\$\$\n/)
    expect(renderBlocks([{ type: 'math', value: 'E = mc^2' }])).toBe('$$\nE = mc^2\n$$')
  })
})

describe('formulas as KaTeX draws them', () => {
  it('writes an eqnarray, which KaTeX does not know, as the align that draws it alike', () => {
    const tex = String.raw`\begin{eqnarray*} a &=& \frac{1}{2} \\ \{b\&c\} &\le& {x & y} \end{eqnarray*}`
    expect(renderBlocks([{ type: 'math', value: tex }])).toBe(`$$\n${String.raw`\begin{align*} a &= \frac{1}{2} \\ \{b\&c\} &\le {x & y} \end{align*}`}\n$$`)
    expect(renderBlocks([{ type: 'math', value: String.raw`x = \begin{eqnarray} a &=& b \end{eqnarray}` }])).toContain(String.raw`x = \begin{aligned} a &= b \end{aligned}`)
  })
})

describe('mathUnits', () => {
  const units = (markdown: string) => toUnits(parseMarkdown(markdown).children, { lang: 'en' })

  it('gives each part of a tall formula a unit of its own, at the line its first row is on', () => {
    const found = units(`$$\n${DERIVATION}\n$$\n`)
    expect(found.map(unit => unit.blocks)).toEqual(splitFormula(DERIVATION).map(part => [{ type: 'math', value: part.value }]))
    expect(found.map(unit => unit.line)).toEqual([1, 6])
  })

  it('draws no chain diagram for a formula of several rows', () => {
    const rows = String.raw`\begin{gathered} a = b + c + d + e \\ f = g \end{gathered}`
    expect(units(`$$\n${rows}\n$$\n`)).toMatchObject([{ blocks: [{ type: 'math', value: rows }] }])
  })
})
