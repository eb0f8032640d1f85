import { splitSlides } from '../../scripts/merge'

/** An article of our own, with sections enough for a slide of each kind of edit. */
export const GARDEN_ARTICLE = `# Keeping a Garden Through Winter

Winter is hard on a small garden, but a little care in autumn keeps most plants alive.

## Mulch the beds

A thick layer of mulch keeps the soil from freezing deep. Straw and shredded leaves both work well.

Spread the mulch after the first hard frost. Mulch laid too early invites mice to nest in it.

## Protect young trees

Young trees lose bark to rabbits in winter. A wire guard around the trunk stops them.

Paint the south side of the trunk white. The paint keeps the bark from splitting on sunny days.

## Water before the ground freezes

Evergreens keep losing water all winter. A deep watering in late autumn fills the soil around their roots.

## Plan for spring

Order seeds in January, when the catalogues arrive. Sketch the beds on paper and rotate the crops.

## Summary

Mulch, guards and a deep watering carry a garden through the cold months.
`

/** The article after the speaker's edits: a sentence added to one section, a new section, and the paragraph under an edited slide rewritten. */
export const GARDEN_ARTICLE_CHANGED = GARDEN_ARTICLE
  .replace('keeps most plants alive.', 'keeps most plants alive. Most of the work takes one afternoon.')
  .replace('A thick layer of mulch keeps the soil', 'A thick layer of mulch, ten centimetres or more, keeps the soil')
  .replace('## Summary', '## Clean the tools\n\nOil the blades of shears and hoes before you store them. Rust starts in the damp months.\n\n## Summary')

/** The sentence and the section the changed article adds, and the rewritten words. */
export const ADDED_SENTENCE = 'Most of the work takes one afternoon'
export const ADDED_SECTION = 'Clean the tools'
export const REWRITTEN = 'ten centimetres or more'

/** A slide the speaker adds, after the slide of `ADDED_AFTER`. */
export const OWN_SLIDE = '---\n\n# A slide of my own\n\n- Ask who grows garlic\n'
export const ADDED_AFTER = 'Protect young trees:1'

/** The edits, each on one slide (by origin): what it replaces and with what. */
export const EDITS = {
  /** A title changed; the article's paragraph under it changes too (the conflict). */
  title: { origin: 'Mulch the beds:1', from: '# Mulch the beds', to: '# Mulch is a blanket for the soil' },
  /** A point reworded. */
  point: { origin: 'Protect young trees:1', from: '- A wire guard around the trunk stops them', to: '- A wire guard keeps the rabbits off' },
  /** A note added at the end of the slide's notes. */
  notes: { origin: 'Plan for spring:1', from: '\n-->', to: '\n\nMention the seed swap at the library.\n-->' },
  /** The layout set. */
  layout: { origin: 'Water before the ground freezes:1', from: 'layout: "focus"', to: 'layout: "content"' },
} as const

/** The slide the speaker deletes. */
export const DELETED = 'Water before the ground freezes:0'

/**
 * Makes the speaker's edits in a generated `slides.md`: changes a title, rewords a point,
 * adds to a slide's notes, sets a slide's layout, deletes a slide and adds one of their own.
 * Throws when a slide or text it edits is not there (the generation changed).
 */
export function editSlides(markdown: string): string {
  const chunks = splitSlides(markdown)
  const texts = chunks.flatMap((chunk) => {
    if (chunk.id === DELETED)
      return []
    const edit = Object.values(EDITS).find(candidate => candidate.origin === chunk.id)
    let text = chunk.text
    if (edit) {
      if (!text.includes(edit.from))
        throw new Error(`slide ${chunk.id} has no "${edit.from}"`)
      text = text.replace(edit.from, edit.to)
    }
    return chunk.id === ADDED_AFTER ? [text, OWN_SLIDE] : [text]
  })
  for (const origin of [DELETED, ADDED_AFTER, ...Object.values(EDITS).map(edit => edit.origin)]) {
    if (!chunks.some(chunk => chunk.id === origin))
      throw new Error(`no slide ${origin} in the generated deck`)
  }
  return texts.join('\n')
}

/** The slide of an origin in a `slides.md` (undefined: none). */
export function slideOf(markdown: string, origin: string): string | undefined {
  return splitSlides(markdown).find(chunk => chunk.id === origin)?.text
}
