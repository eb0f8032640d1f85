import type { Deck } from '../../scripts/model/deck'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../scripts/parse'
import { planDeck } from '../../scripts/plan'

function deckOf(text: string, minutes?: number): Deck {
  return planDeck(parseArticle({ path: 'talk.md', text }), { minutes })
}

/** An article of `count` sections, each with a claim, the first with two subsections unless `flat`, and an own summary when asked. */
function article(count: number, lang: 'en' | 'zh-CN', summary = false, flat = false): string {
  const subsections = (index: number) => flat || index > 0
    ? ''
    : lang === 'en'
      ? '\n### Reads\n\nA read served from the cache skips the database.\n\n### Writes\n\nA write clears the cached answer it changes.\n'
      : '\n### 读\n\n命中缓存的读取不必访问数据库。\n\n### 写\n\n写入会清除它改变的那条缓存。\n'
  const sections = Array.from({ length: count }, (_, index) => (lang === 'en'
    ? `## Part ${index + 1}\n\nCaches keep recent answers close to the reader, so repeated reads take far less time.\n`
    : `## 第${index + 1}部分\n\n缓存把最近的结果放在离读者最近的地方，重复读取就快得多。\n`) + subsections(index))
  const own = summary ? [lang === 'en' ? '## Summary\n\nCaching trades memory for speed.\n' : '## 小结\n\n缓存用内存换速度。\n'] : []
  return [lang === 'en' ? '# Caching\n' : '# 缓存\n', ...sections, ...own].join('\n')
}

describe('the recap before the closing slide', () => {
  it('ends a talk of three to eight sections on a mind map of them, in the article\'s language', () => {
    for (const [lang, title] of [['en', 'Recap'], ['zh-CN', '内容回顾']] as const) {
      const deck = deckOf(article(4, lang), undefined)
      const [recap, closing] = deck.slides.slice(-2)
      expect(closing?.kind).toBe('closing')
      expect(recap?.kind === 'content' && recap.title).toBe(title)
      const map = recap?.kind === 'content' ? recap.blocks.find(block => block.type === 'diagram') : undefined
      expect(map?.type === 'diagram' && map.diagram.component === 'MindMap' && map.diagram.props.root?.children?.map(branch => branch.label))
        .toEqual(lang === 'en' ? ['Part 1', 'Part 2', 'Part 3', 'Part 4'] : ['第1部分', '第2部分', '第3部分', '第4部分'])
    }
  })

  it('ends a talk cut to minutes on it too, before the closing slide and the backup slides', () => {
    const slides = deckOf(article(5, 'en'), 2).slides
    const closing = slides.findIndex(slide => slide.kind === 'closing')
    expect(slides[closing - 1]?.kind === 'content' && slides[closing - 1]!.id).toBe('recap')
  })

  it('adds none when the article sums up itself or has too few or too many sections', () => {
    const recaps = (deck: Deck) => deck.slides.filter(slide => slide.kind === 'content' && (slide.title === 'Recap' || slide.title === '内容回顾')).length
    expect(recaps(deckOf(article(4, 'en', true)))).toBe(0)
    expect(recaps(deckOf(article(2, 'en')))).toBe(0)
    expect(recaps(deckOf(article(9, 'zh-CN')))).toBe(0)
  })

  it('adds none when no section has subsections: a map of the sections alone is the agenda again', () => {
    const recaps = (deck: Deck) => deck.slides.filter(slide => slide.kind === 'content' && slide.id === 'recap').length
    expect(recaps(deckOf(article(4, 'en', false, true)))).toBe(0)
    expect(recaps(deckOf(article(4, 'zh-CN', false, true)))).toBe(0)
    expect(recaps(deckOf(article(4, 'zh-CN')))).toBe(1)
  })
})
