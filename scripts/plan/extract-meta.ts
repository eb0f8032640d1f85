import type { RootContent } from 'mdast'
import type { FrontMatter } from '../parse'
import type { Outline } from './split-sections'
import { toString } from 'mdast-util-to-string'

/** Title, subtitle and author of an article, as the cover shows them. */
export interface ArticleMeta {
  title: string
  subtitle?: string
  author?: string
}

const ZH_SELF_INTRO = /我是([^\s，。,.!！?？、；;：:]{1,12})[。，,.!！]/
const EN_BYLINE = /^(?:by|author:)\s+(\S[^\n]{0,60})$/im

/**
 * Finds the title (front matter, then the article's single H1, then its first heading —
 * the first of several H1s included —, then its first sentence, and only for an article
 * with none of these its file name, without a date or language prefix), the subtitle
 * (front matter `subtitle` or `description`) and the author (front matter, then a
 * self-introduction or byline in the opening paragraphs).
 */
export function extractMeta(frontMatter: FrontMatter, outline: Outline, fileName: string, text = ''): ArticleMeta {
  const title = frontMatter.title
    ?? outline.title?.text
    ?? outline.sections[0]?.titleText
    ?? firstSentence(outline.intro)
    ?? titleFromFileName(fileName, text)
  const description = typeof frontMatter.description === 'string' ? frontMatter.description.trim() : undefined
  const subtitle = frontMatter.subtitle ?? (description || undefined)
  const author = frontMatter.author ?? findAuthor(outline.intro.slice(0, 3))
  return { title, subtitle, author }
}

function findAuthor(nodes: RootContent[]): string | undefined {
  for (const node of nodes) {
    if (node.type !== 'paragraph')
      continue
    const text = toString(node)
    const found = ZH_SELF_INTRO.exec(text) ?? EN_BYLINE.exec(text)
    if (found?.[1])
      return found[1].trim()
  }
  return undefined
}

/** What blogs and repositories put before a post's name: a date (`2024-03-02-`), a language (`zh-`, `en_`). */
const NAME_PREFIX = /^(?:\d{4}-\d{1,2}-\d{1,2}[-_]|(?:zh|en|ja|cn|jp)[-_](?=[a-z\d]))/i

function firstSentence(nodes: RootContent[]): string | undefined {
  const paragraph = nodes.find(node => node.type === 'paragraph')
  const text = paragraph ? toString(paragraph).trim() : ''
  const sentence = /^[^。！？.!?\n]{1,60}/.exec(text)?.[0]?.trim()
  return sentence || undefined
}

/** A title made from the file name, each word spelled as the article spells it most often. */
function titleFromFileName(fileName: string, text: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.(?:md|markdown)$/i, '').replace(NAME_PREFIX, '')
  const words = base.split(/[-_\s]+/).filter(Boolean)
  return words.map(word => spellingIn(text, word) ?? word[0]!.toUpperCase() + word.slice(1)).join(' ') || 'Untitled'
}

function spellingIn(text: string, word: string): string | undefined {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const counts = new Map<string, number>()
  for (const [found] of text.matchAll(new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, 'giu')))
    counts.set(found, (counts.get(found) ?? 0) + 1)
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0]
  return best && best !== best.toLowerCase() ? best : undefined
}
