import type { Deck, Slide } from '../model/deck'
import { MESSAGES } from '../model/messages'
import { slideLabel } from '../plan/deck-outline'
import { escapeMarkdownText, escapeScriptLineStarts } from './escape'
import { notesMarkdown } from './notes-markdown'

/** Options for {@link renderScript}. */
export interface ScriptOptions {
  /** Seconds planned for each slide, shown beside its heading (default: the plan's). */
  budgets?: readonly (number | undefined)[]
}

/**
 * The talk's script as Markdown: the deck's title, then for each slide its number,
 * title and the words to say (the article's text, in order), ready to print or read;
 * backup slides after a heading of their own.
 */
export function renderScript(deck: Deck, { budgets = deck.slides.map(slide => slide.seconds) }: ScriptOptions = {}): string {
  const { meta } = deck
  const lines = [`# ${escapeMarkdownText(meta.title)}`, '']
  const byline = [meta.subtitle, meta.author].filter(Boolean).join(' · ')
  if (byline)
    lines.push(escapeScriptLineStarts(escapeMarkdownText(byline)), '')
  const length = meta.duration ? formatSeconds(meta.duration.seconds) : undefined
  lines.push(MESSAGES[meta.lang].scriptSummary(deck.slides.length, length), '')
  deck.slides.forEach((slide, index) => {
    const budget = budgets?.[index]
    const time = budget === undefined ? '' : ` (${formatSeconds(budget)})`
    if (slide.backup && !deck.slides[index - 1]?.backup)
      lines.push(`# ${escapeMarkdownText(MESSAGES[meta.lang].backup)}`, '')
    lines.push(`## ${index + 1}. ${escapeMarkdownText(slideLabel(slide, 120))}${time}`, '')
    const text = notesMarkdown(slide.notes) || shownText(slide)
    if (text)
      lines.push(text, '')
  })
  return `${lines.join('\n').trimEnd()}\n`
}

/** What a slide without notes shows, so the script still says it: the agenda's items, the closing questions. */
function shownText(slide: Slide): string {
  switch (slide.kind) {
    case 'agenda':
      return slide.items.map((item, index) => `${slide.start + index}. ${escapeMarkdownText(item)}`).join('\n')
    case 'closing':
      return slide.questions.map((question, index) => `${index + 1}. ${notesMarkdown([{ type: 'paragraph', inlines: question }])}`).join('\n')
    default:
      return ''
  }
}

/** `95` -> `1:35`. */
export function formatSeconds(seconds: number): string {
  const rounded = Math.round(seconds)
  return `${Math.floor(rounded / 60)}:${String(rounded % 60).padStart(2, '0')}`
}
