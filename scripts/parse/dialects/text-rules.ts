import type { Diagnostic } from '../../lib/diagnostics'

/** What a text rule found: the text with its markup read, and what it could not show. */
export interface TextRuleResult {
  text: string
  /** Lines are counted in the body (1 is its first line); rules keep line breaks, so any stage's text counts the same. */
  problems: { message: string, line: number }[]
}

/** A rule that reads one dialect's markup in an article's text before it is parsed. */
export interface TextRule {
  name: string
  /** Rewrites the body (front matter excluded); must keep every line break, so lines stay the article's. */
  apply: (body: string) => TextRuleResult
}

/** Replaces `match` by `replacement` plus as many line breaks as the match held, so later lines keep their numbers. */
export function keepLines(match: string, replacement = ''): string {
  const breaks = (match.match(/\n/g) ?? []).length - (replacement.match(/\n/g) ?? []).length
  return replacement + '\n'.repeat(Math.max(0, breaks))
}

/** Front matter, left to its own reader: YAML (`---` ... `---` or `...`) or TOML (`+++` ... `+++`). */
const FRONT_MATTER = /^\uFEFF?(?:---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)|\+\+\+\r?\n[\s\S]*?\r?\n\+\+\+)[ \t]*(?:\r?\n|$)/

/** Runs the rules in order over the text after its front matter; problems become warnings at their lines. */
export function applyTextRules(text: string, rules: readonly TextRule[], file?: string): { text: string, diagnostics: Diagnostic[] } {
  const front = FRONT_MATTER.exec(text)?.[0] ?? ''
  let body = text.slice(front.length)
  const diagnostics: Diagnostic[] = []
  for (const rule of rules) {
    const result = rule.apply(body)
    for (const problem of result.problems) {
      diagnostics.push({ severity: 'warning', message: problem.message, file, line: (front.match(/\n/g) ?? []).length + problem.line })
    }
    body = result.text
  }
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return { text: front + body, diagnostics }
}

/** Where the lines of the text last asked about start, so asking for the lines of many offsets reads the text once. */
let lineStarts: { text: string, breaks: number[] } | undefined

/** The 1-based line of an offset in a text. */
export function lineAt(text: string, offset: number): number {
  if (lineStarts?.text !== text)
    lineStarts = { text, breaks: [...text.matchAll(/\n/g)].map(match => match.index) }
  const { breaks } = lineStarts
  let low = 0
  let high = breaks.length
  while (low < high) {
    const middle = Math.floor((low + high) / 2)
    if (breaks[middle]! < offset)
      low = middle + 1
    else
      high = middle
  }
  return low + 1
}

/** Offsets of fenced code blocks in Markdown text (``` or ~~~ fences, to the closing fence or the end). */
export function fencedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = []
  const fence = /^ {0,3}(`{3,}|~{3,})((?:[^`~\n][^\n]*)?)$/gm
  for (let open = fence.exec(text); open; open = fence.exec(text)) {
    const marker = open[1]!
    const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`, 'gm')
    close.lastIndex = open.index + open[0].length + 1
    const end = close.exec(text)
    const stop = end ? end.index + end[0].length : text.length
    ranges.push([open.index, stop])
    fence.lastIndex = stop
  }
  return ranges
}

/** Replaces every match of `pattern` outside fenced code. */
export function replaceOutsideCode(text: string, pattern: RegExp, replace: (match: RegExpExecArray) => string): string {
  const ranges = fencedRanges(text)
  let next = 0
  const inCode = (offset: number) => {
    while (next < ranges.length && ranges[next]![1] <= offset)
      next++
    return next < ranges.length && offset >= ranges[next]![0]
  }
  let out = ''
  let last = 0
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
  for (let match = global.exec(text); match; match = global.exec(text)) {
    if (match[0] === '') {
      global.lastIndex++
      continue
    }
    if (inCode(match.index))
      continue
    out += text.slice(last, match.index) + replace(match)
    last = match.index + match[0].length
  }
  return out + text.slice(last)
}

/**
 * Replaces blocks that run from a match of `open` to the next match of `close` (both
 * global, sticky to nothing): `replace` gets the two matches and the text between them.
 * An opener without its closer is left as it is.
 */
export function replaceBlocks(text: string, open: RegExp, close: RegExp, replace: (opener: RegExpExecArray, inner: string, closer: RegExpExecArray) => string): string {
  let out = ''
  let last = 0
  const opener = new RegExp(open.source, open.flags.includes('g') ? open.flags : `${open.flags}g`)
  for (let start = opener.exec(text); start; start = opener.exec(text)) {
    const closer = new RegExp(close.source, close.flags.includes('g') ? close.flags : `${close.flags}g`)
    closer.lastIndex = start.index + start[0].length
    const end = closer.exec(text)
    if (!end)
      break
    out += text.slice(last, start.index) + replace(start, text.slice(start.index + start[0].length, end.index), end)
    last = end.index + end[0].length
    opener.lastIndex = last
  }
  return out + text.slice(last)
}

/** A fence longer than any run of backticks in the code. */
export function fenceAround(code: string, lang: string): string {
  let longest = 2
  for (const [run] of code.matchAll(/`+/g))
    longest = Math.max(longest, run.length)
  const fence = '`'.repeat(longest + 1)
  return `${fence}${lang}\n${code.replace(/^\n/, '').replace(/\n?[ \t]*$/, '')}\n${fence}`
}
