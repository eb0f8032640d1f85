import type { ParsedArticle } from '../parse'
import type { Section } from './split-sections'
import type { ContentSlide, Deck, Lang, Slide } from './types'
import { toString } from 'mdast-util-to-string'
import { detectLanguage } from './detect-language'
import { extractMeta } from './extract-meta'
import { planContent } from './plan-content'
import { splitSections } from './split-sections'
import { toNoteBlocks } from './to-blocks'

const WORDS = {
  'zh-CN': { agenda: '目录', intro: '开场', closing: '谢谢', questions: '欢迎提问' },
  'en': { agenda: 'Agenda', intro: 'Introduction', closing: 'Thank you', questions: 'Questions?' },
} satisfies Record<Lang, Record<string, string>>

/**
 * Plans a deck from a parsed article: a cover, an agenda of the sections, a divider
 * per section followed by its content slides, and a closing slide. Every paragraph's
 * text lands in the notes of the slide that shows it. Pure: no I/O.
 */
export function planDeck(article: ParsedArticle): Deck {
  const outline = splitSections(article.tree)
  const text = toString(article.tree)
  const lang = detectLanguage(text, article.frontMatter.lang)
  const meta = extractMeta(article.frontMatter, outline, article.path, text)
  const words = WORDS[lang]
  const slides: Slide[] = []

  const [first, ...rest] = outline.intro
  const greeting = first?.type === 'paragraph' && meta.author !== undefined && toString(first).includes(meta.author)
  const coverNotes = greeting ? toNoteBlocks(first) : []
  slides.push({ kind: 'cover', title: meta.title, subtitle: meta.subtitle, author: meta.author, notes: coverNotes, line: outline.title?.line })

  const introNodes = greeting ? rest : outline.intro
  const introSlides = planContent(introNodes, { lang, title: outline.sections.length > 0 ? words.intro : meta.title })

  if (outline.sections.length > 0)
    slides.push({ kind: 'agenda', title: words.agenda, items: outline.sections.map(section => section.titleText), notes: [] })
  slides.push(...introSlides)

  outline.sections.forEach((section, index) => {
    slides.push({ kind: 'section', title: section.titleText, index: index + 1, total: outline.sections.length, notes: [], line: section.line })
    slides.push(...planSection(section, lang))
  })

  slides.push({ kind: 'closing', title: words.closing, questions: [], notes: [] })
  return { meta: { ...meta, lang, source: article.path }, slides }
}

function planSection(section: Section, lang: Lang): ContentSlide[] {
  return [section, ...section.subsections].flatMap((part) => {
    if (part !== section && part.nodes.length === 0)
      return [{ kind: 'content', title: part.titleText, section: section.titleText, blocks: [], notes: [], line: part.line } satisfies ContentSlide]
    return planContent(part.nodes, { lang, title: part.titleText, section: section.titleText })
  })
}
