import type { Deck } from '../../scripts/model/deck'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../scripts/parse'
import { planDeck } from '../../scripts/plan'
import { renderReview } from '../../scripts/render/render-review'

const ARTICLE = `# Shipping small changes

Small pull requests get reviewed faster. This talk explains why.

## Why size matters

Reviewers lose focus after about 400 lines. Defects slip through when a change is too big to hold in your head.

## Costs <script>alert(1)</script>

In 2019 a review took 2 days, in 2021 it took 5 days and in 2023 it took 9 days.

## Summary

Keep changes small.
`

function review(deck: Deck, extra: Partial<Parameters<typeof renderReview>[0]> = {}): string {
  return renderReview({ deck, article: { path: '/talk/article.md', text: ARTICLE }, slidesPath: '/talk/slides.md', pictures: deck.slides.map((_, index) => `png/${String(index + 1).padStart(2, '0')}.png`), problems: deck.slides.map(() => []), diagnostics: [], ...extra })
}

/** The row of slide `n`. */
function row(html: string, n: number): string {
  const start = html.indexOf(`<section class="row`, html.indexOf(`id="slide-${n}"`) - 60)
  return html.slice(start, html.indexOf('</section>', start))
}

describe('the review page', () => {
  const deck = planDeck(parseArticle({ path: '/talk/article.md', text: ARTICLE }))
  const html = review(deck)
  const numberOf = (shown: string) => deck.slides.findIndex(slide => JSON.stringify(slide).includes(shown)) + 1

  it('links each point to the article line it came from, and shows that line beside it', () => {
    const n = numberOf('Reviewers lose focus')
    const shown = row(html, n)
    expect(shown).toMatch(new RegExp(`Reviewers lose focus after about 400 lines <a class="line" href="#s${n}-L7">line 7</a>`))
    expect(shown).toContain(`<span id="s${n}-L7" class="used"><b>7</b>Reviewers lose focus`)
    expect(shown).toContain(`<img src="png/${String(n).padStart(2, '0')}.png"`)
  })

  it('marks a chart the planner drew from a sentence, and lists its slide to check first', () => {
    const text = '# 成本\n\n训练很贵。\n\n## 规模\n\nGPT-3使用了大约45TB的文本数据，一次训练费用近460万美元，参数规模达到1750亿。\n\n## 数据\n\n数据来自网页和书籍。\n'
    const zh = planDeck(parseArticle({ path: '/talk/article.md', text }))
    const page = renderReview({ deck: zh, article: { path: '/talk/article.md', text }, slidesPath: '/talk/slides.md', pictures: [], problems: [], diagnostics: [] })
    const n = zh.slides.findIndex(slide => slide.kind === 'content' && slide.blocks.some(block => block.type === 'diagram' && block.origin === 'detected')) + 1
    expect(n).toBeGreaterThan(0)
    const shown = row(page, n)
    expect(shown).toContain('chart drawn by the planner from the text')
    expect(shown).toContain(`href="#s${n}-L7"`)
    expect(page).toMatch(new RegExp(`Check first \\(\\d+\\):</strong> [^\\n]*<a href="#slide-${n}">${n}</a>`))
    expect(shown).toContain('<div class="none">no picture</div>')
  })

  it('says which slides are backup slides of a talk of --minutes', () => {
    const text = ['# Gardens', 'Gardens feed a street.', ...['Land', 'Water', 'Soil', 'Seeds', 'Tools', 'People'].map(title => `## ${title}\n\n${`The ${title.toLowerCase()} of a garden needs care every week of the year, and the gardeners write down what they do. `.repeat(4)}`)].join('\n\n')
    const short = planDeck(parseArticle({ path: '/talk/article.md', text }), { minutes: 2 })
    const n = short.slides.findIndex(slide => slide.backup) + 1
    expect(n).toBeGreaterThan(0)
    const page = renderReview({ deck: short, article: { path: '/talk/article.md', text }, slidesPath: '/talk/slides.md', pictures: [], problems: [], diagnostics: [] })
    expect(row(page, n)).toContain('backup slide, after the closing (not in the talk)')
    expect(row(page, 1)).not.toContain('backup slide')
  })

  it('marks a section the planner folded into one slide for the talk\'s length, and lists it to check first', () => {
    const text = ['# Gardens', 'Gardens feed a street.', ...['Land', 'Water', 'Soil', 'Seeds', 'Tools', 'People'].map(title => `## ${title}\n\n${[1, 2, 3].map(part => `The ${title.toLowerCase()} part ${part} says how gardeners plan it week by week. They write every decision in a shared notebook so that newcomers learn quickly.`).join('\n\n')}`)].join('\n\n')
    const short = planDeck(parseArticle({ path: '/talk/article.md', text }), { minutes: 3 })
    const page = renderReview({ deck: short, article: { path: '/talk/article.md', text }, slidesPath: '/talk/slides.md', pictures: [], problems: [], diagnostics: [] })
    const folded = short.slides.findIndex(slide => slide.kind === 'content' && slide.folded !== undefined) + 1
    expect(folded).toBeGreaterThan(0)
    expect(row(page, folded)).toMatch(/section folded into one slide by the planner for the talk's length: its \d+ slides? (is|are) backup slides/)
    expect(page).toMatch(new RegExp(`Check first \\(\\d+\\):</strong> [^\\n]*<a href="#slide-${folded}">${folded}</a>`))
  })

  it('escapes the article\'s text, titles included', () => {
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('shows a slide of the speaker\'s as written, at its line in slides.md, with the warnings on it', () => {
    const slides = [...deck.slides]
    slides.splice(3, 0, { kind: 'content', title: 'My own slide', blocks: [], notes: [], speaker: { line: 120, content: '# My own slide\n\n<v-click>\n\n- Ask the room how <strong>big</strong> their last change was\n\n</v-click>\n' } })
    const edited = review({ ...deck, slides }, { diagnostics: [{ severity: 'warning', file: '/talk/slides.md', line: 120, message: 'slide 4 "My own slide": overflows by 40px' }] })
    const shown = row(edited, 4)
    expect(shown).toContain('your slide, slides.md:120')
    expect(shown).toContain('<span class="kind">point</span> Ask the room how big their last change was')
    expect(shown).not.toContain('v-click')
    expect(shown).toContain('overflows by 40px')
    expect(shown).toContain('class="row flagged"')
  })
})
