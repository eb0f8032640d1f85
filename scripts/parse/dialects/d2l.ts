import type { TextRule, TextRuleResult } from './text-rules'
import { textScript } from './article-script'
import { D2L_REFERENCE_WORDS } from './dialect-words'
import { fencedRanges, replaceOutsideCode } from './text-rules'

/** Any of d2l's roles: the sign that an article is written in d2l's markup. */
const D2L_ROLE = /:(?:label|eqlabel|numref|eqref|cite|citet|citep|begin_tab|end_tab|width):`|^:end_tab:/m
/** Anchors and image sizes, which d2l's build reads and the reader never sees: `:label:`sec_x``, `:eqlabel:`eq_x``, `:width:`400px``. */
const ANCHOR = /:(?:label|eqlabel|width):`[^`\n]*`/g
/** The lines that open and close a framework's tab: `:begin_tab:`pytorch``, `:end_tab:`. */
const TAB_MARK = /^[ \t]*(?::begin_tab:`[^`\n]*`|:end_tab:)[ \t]*$/gm
/** Cross-references to sections, figures and equations, and citations, with the space d2l writes before them. */
const REFERENCE = /( ?):(numref|eqref|cite|citet|citep):`([^`\n]+)`/g
/** Any reference, left out of the text around another when telling its language. */
const ANY_REFERENCE = /:(?:numref|eqref|cite|citet|citep):`[^`\n]+`/g
/** A label's kind, from its prefix (`fig_`, `sec_`, `eq_`), and its name. */
const LABEL = /^(fig|tab|sec|subsec|chap|eq)[_-](.+)$/
/** A Sphinx reference with its own text: `text <label>`. */
const TITLED = /^([^<]*)<([^<>]+)>$/
/** A character of East Asian text, before which d2l's space is no space in the reading. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u
/** Characters around a reference looked at for the words an author wrote beside it. */
const SAID_REACH = 12
/** Characters around a reference whose script tells the language it reads in. */
const CONTEXT_REACH = 40
/** Names like labels (`eq_price-area`, cut from a reference at the context's edge), left out when telling the script of a reference's context. */
const IDENTIFIER = /[\w-]*_[\w-]*/g
/** Formulas, left out when telling the script of a reference's context. */
const MATH = /\$\$[\s\S]*?\$\$|\$[^$\n]*\$/g
/** d2l's marks around prose that goes with the code (`(**text**)`, `[**text**]`), and blank lines, which end them. */
const CODE_PROSE_MARK = /\(\*\*|\*\*\)|\[\*\*|\*\*\](?![([:])|\n[ \t]*\n/g

/**
 * Reads the markup of the d2l book (Dive into Deep Learning): anchors (`:label:`,
 * `:eqlabel:`, `:width:`) and the lines marking framework tabs (`:begin_tab:`pytorch``,
 * `:end_tab:`) go; `:numref:`fig_x`` and `:eqref:`eq_x`` read as what they name
 * (`图“x”`, `Figure “x”`, in the language of the text around them), `:cite:`Key.2016``
 * as `[Key.2016]`; `(**text**)` and `[**text**]`, which mark prose that goes with the
 * code, read as their text. Only an article with d2l's roles is touched. Code blocks'
 * `{.python .input}` and `#@tab` are read after parsing ({@link readFenceAttributes},
 * {@link readD2lCode}).
 */
export const d2l: TextRule = {
  name: 'd2l',
  apply(body: string): TextRuleResult {
    if (!D2L_ROLE.test(body))
      return { text: body, problems: [] }
    let text = replaceOutsideCode(body, ANCHOR, () => '')
    text = replaceOutsideCode(text, TAB_MARK, () => '')
    text = replaceOutsideCode(text, REFERENCE, readReference)
    return { text: mapProse(text, unwrapCodeProse), problems: [] }
  },
}

/**
 * A reference as the reader reads it, in the language of the text around it; d2l's space
 * before it stays only where the text around is spaced (not after CJK, nor at a line's start).
 */
function readReference(match: RegExpExecArray): string {
  const [whole, space, role, target] = match as unknown as [string, string, string, string]
  const before = match.input.slice(Math.max(0, match.index - CONTEXT_REACH), match.index)
  const after = match.input.slice(match.index + whole.length, match.index + whole.length + CONTEXT_REACH)
  const words = D2L_REFERENCE_WORDS[textScript(`${before} ${after}`.replace(ANY_REFERENCE, ' ').replace(MATH, ' ').replace(IDENTIFIER, ' '))]
  const lead = space && before && !WIDE.test(before.at(-1)!) && before.at(-1) !== '\n' ? space : ''
  if (role.startsWith('cite'))
    return `${lead}[${target.split(',').map(key => key.trim()).join(', ')}]`
  const titled = TITLED.exec(target)
  if (titled?.[1]?.trim())
    return `${lead}${titled[1].trim()}`
  const label = titled?.[2] ?? target
  const found = LABEL.exec(label)
  const name = `${words.quotes[0]}${(found?.[2] ?? label).replace(/_/g, ' ')}${words.quotes[1]}`
  const kind = found ? words.kinds[found[1]!] : undefined
  if (!kind || isSaid(kind.said, before.slice(-SAID_REACH).trimEnd(), after.slice(0, SAID_REACH).trimStart()))
    return `${lead}${name}`
  return `${lead}${kind.before}${name}${kind.after}`
}

/** Whether the author already named the reference's kind just before it (`如图`, `see figure`) or just after it (`一节中`). */
function isSaid(said: readonly string[], before: string, after: string): boolean {
  const lowerBefore = before.toLowerCase()
  const lowerAfter = after.toLowerCase()
  return said.some(word => lowerBefore.endsWith(word) || lowerAfter.startsWith(word) || lowerAfter.startsWith(`一${word}`))
}

/** Applies `read` to the text outside fenced code. */
function mapProse(text: string, read: (prose: string) => string): string {
  let out = ''
  let last = 0
  for (const [from, to] of fencedRanges(text)) {
    out += read(text.slice(last, from)) + text.slice(from, to)
    last = to
  }
  return out + read(text.slice(last))
}

/** Prose without d2l's `(**…**)` and `[**…**]` marks: each opener paired with its closer before the paragraph ends. */
function unwrapCodeProse(prose: string): string {
  const drop = new Set<number>()
  const open: Record<string, number | undefined> = {}
  for (const match of prose.matchAll(CODE_PROSE_MARK)) {
    const mark = match[0]
    if (mark.startsWith('\n')) {
      open['('] = undefined
      open['['] = undefined
    }
    else if (mark.endsWith('**')) {
      open[mark[0]!] = match.index
    }
    else {
      const kind = mark.endsWith(')') ? '(' : '['
      const start = open[kind]
      if (start !== undefined) {
        drop.add(start)
        drop.add(match.index)
        open[kind] = undefined
      }
    }
  }
  if (drop.size === 0)
    return prose
  let out = ''
  let last = 0
  for (const at of [...drop].sort((a, b) => a - b)) {
    out += prose.slice(last, at)
    last = at + 3
  }
  return out + prose.slice(last)
}
