import type { Deck } from '../plan/types'
import { slideLabel } from '../plan/deck-outline'
import { notesText } from './notes-text'

/** Options for {@link renderScript}. */
export interface ScriptOptions {
  /** Seconds planned for each slide, shown beside its heading (default: the plan's). */
  budgets?: readonly (number | undefined)[]
}

/**
 * The talk's script as Markdown: the deck's title, then for each slide its number,
 * title and the words to say (the article's text, in order), ready to print or read.
 */
export function renderScript(deck: Deck, { budgets = deck.slides.map(slide => slide.seconds) }: ScriptOptions = {}): string {
  const { meta } = deck
  const english = meta.lang === 'en'
  const lines = [`# ${meta.title}`, '']
  const byline = [meta.subtitle, meta.author].filter(Boolean).join(' · ')
  if (byline)
    lines.push(byline, '')
  const length = meta.duration ? formatSeconds(meta.duration.seconds) : undefined
  lines.push(english ? `Talk script: ${deck.slides.length} slides${length ? `, ${length}` : ''}.` : `讲稿：共 ${deck.slides.length} 页${length ? `，时长 ${length}` : ''}。`, '')
  deck.slides.forEach((slide, index) => {
    const budget = budgets?.[index]
    const time = budget === undefined ? '' : ` (${formatSeconds(budget)})`
    lines.push(`## ${index + 1}. ${slideLabel(slide, 120)}${time}`, '')
    const text = notesText(slide.notes, { markdown: true })
    if (text)
      lines.push(text, '')
  })
  return `${lines.join('\n').trimEnd()}\n`
}

/** `95` -> `1:35`. */
export function formatSeconds(seconds: number): string {
  const rounded = Math.round(seconds)
  return `${Math.floor(rounded / 60)}:${String(rounded % 60).padStart(2, '0')}`
}
