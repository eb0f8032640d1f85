import type { Block, Inline, Lang } from '../model/deck'
import type { Unit } from './to-units'
import { inlineText, sliceInlines } from './inlines'
import { leadClaim } from './lead-claim'
import { measureText } from './measure-text'
import { scorePoints } from './pick-points'
import { pointFaults } from './point-faults'

/** Longest title a slide is given from its own content, in measureText units (20 CJK characters, 8 English words). */
export const MAX_TITLE = 20
/** A title opens with a word, a figure, an opening quote or bracket, or code: not with a stray mark. */
const TITLE_START = /^[\p{L}\p{N}"'“‘(（《「`$_]/u
/** Longest lead-in (measureText units) that names what it introduces; a longer paragraph says more than that. */
const MAX_LEAD_IN = 40
/** Shortest key phrase that can stand as a title. */
const MIN_TITLE = 2
const LEAD_IN_END = /[：:]\s*$/
/** The term a list item opens with: `name - text`, `term: text`. */
const LIST_TERM = /^([^\s:：]+(?:\s[^\s:：]+)?)\s*(?:\s[-–—]\s|[:：])/
/** Terms of a list a title names. */
const MAX_TERMS = 3
const CLOSING = /(?<![\s，；：、,;:。.!！])[\s，；：、,;:。.!！]+$/u
const CAPTION_HEAD = /^([^：:]+)[：:]/
const GENERIC_ALT = /^(?:图片?|image|img|picture|photo|screenshot|截图|figure|fig\.?)\s*\d*$/i
/** What opens a comment line (`#`, `//`, `--`, `/*`, `*`) and what closes a block comment. */
const COMMENT_OPEN = /^\s*(?:#+|\/{2,}|--|\/\*+|\*+)/
const COMMENT_CLOSE = /(?<!\*)\*+\/\s*$/
const DEFINITION = /^\s*(?:export\s+)?(?:async\s+)?(?:def|function|class|fn|func|interface|type|const|let|var)\s+([A-Za-z_$][\w$]*)/
/** A value named `name` in JSON or a dict (`"name": "search_courses"`): what the data describes. */
const JSON_NAME = /["']name["']\s*:\s*["']([^"'\\]{2,40})["']/
/** An assignment (`prompt1 = f'''`): the name of what the code builds. */
const ASSIGN = /^\s*([A-Z_][\w.]{2,})\s*=(?!=)/i
/** Code blocks of plain text (a prompt, program output): their first line says what they hold. */
const PLAIN_CODE = /^(?:text|txt|plaintext|plain|output|console|markdown|md)?$/i
/** A call of a named function or method (`openai.ChatCompletion.create(`), with what it is assigned to. */
const CALL = /^\s*(?:[\w.[\]'"]+\s*=\s*)?(?:await\s+)?([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+)\(/

/** What a lead-in ends with when it only announces what follows ("可以理解为：", "include:"): a title leaves it out. */
const ANNOUNCE = {
  'zh-CN': /(?:可以理解为|可以总结为|可以概括为|可以分为|主要有|主要包括|包括|分为|如下|[是有为])[：:]\s*$/u,
  'en': /\s(?:is|are|includes?|consists? of|looks? like|as follows)\s*:\s*$/i,
  'ja': /(?:は次のとおり|は以下のとおり|は次の通り|は以下の通り|には)[：:]\s*$/u,
} satisfies Record<Lang, RegExp>

/** A title found in a slide's own content; `lead` is the unit whose lead-in became the title, so its point is not shown twice. */
export interface KeyPhrase {
  title: string
  lead?: Unit
}

/**
 * A title for a slide of a topic that runs over several slides, from what the slide itself
 * shows, in order of preference: the lead-in of what it shows ("Fences inside code:"), its
 * diagram's title or caption, the article's bold phrase in its text, its figure's alt text,
 * the claim of its paragraphs compressed to a title's length, the first comment,
 * definition, call, name or assignment of its code (or the first line of plain text), the
 * first and last row of its part of a table, the terms its list items open with. Only phrases of at most {@link MAX_TITLE}
 * that read on their own and are not yet `taken`; `undefined` when none is.
 */
export function keyPhrase(units: readonly Unit[], lang: Lang, taken: ReadonlySet<string>): KeyPhrase | undefined {
  const fits = (title: string | undefined): title is string => {
    if (!title)
      return false
    const size = measureText(title)
    return size >= MIN_TITLE && size <= MAX_TITLE && TITLE_START.test(title) && !taken.has(title) && pointFaults(title, lang).every(fault => fault === 'question')
  }
  const lead = leadIn(units, lang)
  if (lead && fits(lead.title))
    return lead
  const blocks = units.flatMap(unit => unit.blocks)
  const found = [
    ...blocks.flatMap(diagramTitles),
    ...units.flatMap(unit => boldPhrases([...unit.notes, ...unit.blocks])),
    ...blocks.flatMap(block => (block.type === 'image' && !GENERIC_ALT.test(block.alt.trim()) ? [block.alt.trim()] : [])),
    ...shortClaims(units, lang),
    ...blocks.flatMap(codeTitles),
    ...blocks.flatMap(tableTitle),
    ...blocks.flatMap(listTerms),
  ].map(title => title.replace(CLOSING, '').trim())
  const shown = new Set(blocks.flatMap(block => (block.type === 'points' ? block.items.map(item => inlineText(item.inlines)) : [])))
  const echoes = (title: string) => [...shown].some(point => point !== title && point.includes(title))
  for (const title of [...found.filter(title => !echoes(title)), ...found.filter(echoes)]) {
    if (!fits(title))
      continue
    if (!shown.has(title))
      return { title }
    const repeated = units.find(unit => unit.blocks.length === 1 && unit.blocks[0]!.type === 'points' && unit.blocks[0]!.items.length === 1 && inlineText(unit.blocks[0]!.items[0]!.inlines) === title)
    if (repeated && units.some(unit => unit !== repeated && unit.blocks.length > 0))
      return { title, lead: repeated }
  }
  return undefined
}

/** The paragraphs of a note block: a paragraph, or the items of a list. */
function notePieces(note: Block): Inline[][] {
  if (note.type === 'paragraph')
    return [note.inlines]
  return note.type === 'points' ? note.items.map(item => item.inlines) : []
}

/** The claims of the slide's paragraphs, as short as a title, best first. */
function shortClaims(units: readonly Unit[], lang: Lang): string[] {
  return units
    .flatMap(unit => unit.notes.flatMap(note => notePieces(note).flatMap(inlines => scorePoints(inlines, { lang, max: 1, budget: MAX_TITLE }))))
    .sort((a, b) => b.score - a.score)
    .map(point => inlineText(point.inlines))
}

/** The lead-in of what the slide shows (a paragraph ending with a colon before code, a table, a list), as its claim. */
function leadIn(units: readonly Unit[], lang: Lang): KeyPhrase | undefined {
  const index = units.findIndex(unit => unit.blocks.length > 0 || unit.notes.length > 0)
  const unit = units[index]
  const note = unit?.notes[0]
  if (!unit || note?.type !== 'paragraph' || unit.notes.length !== 1 || !LEAD_IN_END.test(inlineText(note.inlines)))
    return undefined
  if (!units.slice(index + 1).some(other => other.blocks.some(block => block.type !== 'points')))
    return undefined
  const text = inlineText(note.inlines)
  if (measureText(text) > MAX_LEAD_IN)
    return undefined
  const announce = ANNOUNCE[lang].exec(text)
  const claim = leadClaim(announce ? sliceInlines(note.inlines, 0, announce.index) : note.inlines, lang, MAX_TITLE)
  const shown = unit.blocks.flatMap(block => (block.type === 'points' ? block.items : []))
  return claim ? { title: inlineText(claim).replace(CLOSING, '').trim(), ...(shown.length <= 1 ? { lead: unit } : {}) } : undefined
}

function diagramTitles(block: Block): string[] {
  if (block.type !== 'diagram')
    return []
  const props = block.diagram.props as { title?: string, root?: { label?: string } }
  const caption = block.caption ? (CAPTION_HEAD.exec(block.caption)?.[1] ?? block.caption) : undefined
  return [props.title, caption, props.root?.label].filter((text): text is string => Boolean(text))
}

/** The article's bold phrases in blocks, in order: the words it marked as key. */
function boldPhrases(blocks: readonly Block[]): string[] {
  const out: string[] = []
  const walk = (inlines: readonly Inline[]) => {
    for (const inline of inlines) {
      if (inline.type === 'strong')
        out.push(inlineText(inline.children))
      else if ('children' in inline)
        walk(inline.children)
    }
  }
  for (const block of blocks) {
    if (block.type === 'paragraph')
      walk(block.inlines)
    else if (block.type === 'points')
      block.items.forEach(item => walk(item.inlines))
  }
  return out
}

/**
 * What a part of code is about: the first comment that opens a comment (not a line
 * carrying one on) and says something, else the first thing it defines, else the first
 * method it calls (`openai.ChatCompletion.create`).
 */
function codeTitles(block: Block): string[] {
  if (block.type !== 'code')
    return []
  const lines = block.value.split('\n')
  const comment = lines.map((line, index) => (index > 0 && COMMENT_OPEN.test(lines[index - 1]!) ? undefined : commentText(line))).find(text => text && /\p{L}{2}/u.test(text) && !/^[!-]/.test(text))
  const definition = lines.map(line => DEFINITION.exec(line)?.[1]).find(Boolean)
  const call = lines.map(line => CALL.exec(line)?.[1]).find(Boolean)
  const named = JSON_NAME.exec(block.value)?.[1]
  const assigned = lines.map(line => ASSIGN.exec(line)?.[1]).find(Boolean)
  const prose = PLAIN_CODE.test(block.lang ?? '') ? lines.map(line => line.trim()).find(line => /\p{L}{2}/u.test(line)) : undefined
  return [comment, definition, call, named, assigned, prose].filter((text): text is string => Boolean(text))
}

/** The words of a comment line, without its marks; `undefined` for a line of code. */
function commentText(line: string): string | undefined {
  const open = COMMENT_OPEN.exec(line)
  return open ? line.slice(open[0].length).replace(COMMENT_CLOSE, '').trim() : undefined
}

/** What a list whose items open with a term (`name - …`, `**term**: …`) is about: its first terms. */
function listTerms(block: Block): string[] {
  if (block.type !== 'points')
    return []
  const terms = block.items.map(item => LIST_TERM.exec(inlineText(item.inlines))?.[1]?.trim()).filter((term): term is string => Boolean(term))
  return terms.length >= 2 && terms.length >= block.items.length / 2 ? [terms.slice(0, MAX_TERMS).join(', ')] : []
}

/** A table's part named by the first cells of its first and last rows (`row 9 – row 16`). */
function tableTitle(block: Block): string[] {
  if (block.type !== 'table' || block.rows.length === 0)
    return []
  const first = inlineText(block.rows[0]![0] ?? []).trim()
  const last = inlineText(block.rows.at(-1)![0] ?? []).trim()
  if (!first)
    return []
  return [first === last || !last ? first : `${first} – ${last}`]
}
