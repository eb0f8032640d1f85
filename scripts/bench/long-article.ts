/**
 * A long course chapter, made up and the same every time: the bench's long case
 * (`export-speed.ts --long`), what the fit loop meets in real chapters of 100+ slides.
 * Each section has topics with prose, display formulas (aligned derivations of several
 * rows among them), tables of up to a dozen rows, code listings of up to 40 lines and
 * lists; some of them are too tall for one slide, as in real chapters.
 */

/** How many sections and topics a section the chapter has. */
const SECTIONS = 5
const TOPICS = 4

/** A small deterministic generator of numbers in [0, 1) (mulberry32), so the chapter is the same on every run. */
function randomFrom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6D2B79F5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = ['gradient', 'loss', 'model', 'weight', 'layer', 'batch', 'sample', 'feature', 'error', 'update', 'training', 'estimate', 'parameter', 'function', 'vector', 'matrix', 'learning rate', 'prediction', 'variance', 'noise']

/** A sentence of `count` words from the list, capitalised and closed. */
function sentence(random: () => number, count: number): string {
  const words = Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)]!)
  const text = words.join(' ')
  return `${text[0]!.toUpperCase()}${text.slice(1)} is what the ${words[0]} changes in practice.`
}

/** A paragraph of 2-4 sentences. */
function paragraph(random: () => number): string {
  return Array.from({ length: 2 + Math.floor(random() * 3) }, () => sentence(random, 6 + Math.floor(random() * 8))).join(' ')
}

/** A display formula: an aligned derivation of `rows` rows. */
function derivation(rows: number, topic: number): string {
  const lines = Array.from({ length: rows }, (_, row) => `L_{${topic}}(\\mathbf{w}) &= \\frac{1}{n}\\sum_{i=1}^{n} \\left(y_i - \\mathbf{w}^\\top \\mathbf{x}_i - b_{${row}}\\right)^2 + \\lambda_{${row}} \\|\\mathbf{w}\\|^2`)
  return `$$\n\\begin{aligned}\n${lines.join(' \\\\\n')}\n\\end{aligned}\n$$`
}

/** A table of `rows` rows of results. */
function table(random: () => number, rows: number): string {
  const body = Array.from({ length: rows }, (_, row) => `| run ${row + 1} | ${(random() * 0.1).toFixed(4)} | ${(random() * 100).toFixed(1)} | ${Math.floor(random() * 512) + 16} |`)
  return ['| Run | Learning rate | Accuracy (%) | Batch size |', '| --- | --- | --- | --- |', ...body].join('\n')
}

/** A Python listing of `lines` lines. */
function listing(lines: number, topic: number): string {
  const body = Array.from({ length: lines - 2 }, (_, line) => `    loss_${line} = ((X @ w + b - y) ** 2).mean() + lam * (w ** 2).sum()  # step ${line}`)
  return ['```python', `def train_${topic}(X, y, w, b, lam):`, ...body, `    return loss_${lines - 3}`, '```'].join('\n')
}

/** The chapter's Markdown. */
export function longArticle(seed = 7): string {
  const random = randomFrom(seed)
  const parts = ['---', 'title: Linear models, trained and measured (a long chapter)', 'lang: en', '---', '', '# Linear models, trained and measured', '', paragraph(random)]
  for (let section = 1; section <= SECTIONS; section++) {
    parts.push('', `## ${section}. Part ${section}: ${WORDS[section]!} and ${WORDS[section + 5]!}`, '', paragraph(random))
    for (let topic = 1; topic <= TOPICS; topic++) {
      const id = section * 10 + topic
      parts.push('', `### ${section}.${topic} The ${WORDS[(id * 3) % WORDS.length]!} of topic ${id}`, '', paragraph(random), '', derivation(2 + Math.floor(random() * 9), id), '', paragraph(random))
      if (random() < 0.6)
        parts.push('', table(random, 4 + Math.floor(random() * 10)))
      if (random() < 0.7)
        parts.push('', paragraph(random), '', listing(8 + Math.floor(random() * 33), id))
      parts.push('', ...Array.from({ length: 3 + Math.floor(random() * 3) }, () => `- ${sentence(random, 5 + Math.floor(random() * 6))}`))
    }
  }
  parts.push('', '## Summary', '', paragraph(random), '')
  return parts.join('\n')
}
