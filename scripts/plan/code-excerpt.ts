/** A part of a code block shown on a slide: where it starts (1-based) and its lines. */
export interface CodeWindow {
  from: number
  lines: string[]
}

/** Options for {@link excerptCode}. */
export interface ExcerptOptions {
  /** Most lines a window shows. */
  max: number
  /** Most windows (slides) a block gets. */
  windows?: number
  /** Names the article's text gives in code (`search_courses`): the lines holding them matter. */
  named?: readonly string[]
}

/**
 * Most slides one code block becomes: the rest is in the notes and the handout. One: a
 * second slide of the same listing, with no point of its own, is a page of code a speaker
 * scrolls past (a class's remaining methods, the tail of a program's output).
 */
export const MAX_CODE_SLIDES = 1
/** What a line adds to a window: a definition, a line the text names, one of the first lines. */
const WEIGHT = { signature: 3, named: 4, first: 1 }
const FIRST_LINES = 3
/** Lines that define something: functions, classes, methods, routes, exported constants. */
const SIGNATURE = /^\s*(?:export\s+)?(?:async\s+)?(?:def|function|class|func|fn|interface|struct|impl|module|public|private|protected|static|const\s+\w+\s*=\s*(?:async\s*)?\(|@\w+)\b/
/** Lines that say nothing alone: blank, a fence, a bracket. */
const EMPTY_LINE = /^\s*(?:(?:[`~]{3,}\w*|[)\]}]+[;,]?|[([{])\s*)?$/
/** Fenced languages that hold what a program printed, not code (`text` may hold a prompt, a tree or data as well: it is output only when its label says so). */
const OUTPUT_LANGS = new Set(['output', 'out', 'console', 'log', 'logs', 'shell-session', 'terminal', 'stdout'])
/** Lines that look like a log: a timestamp, a level, a prompt's answer. */
const LOG_LINE = /^\s*(?:\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d|\[?\d\d:\d\d:\d\d|(?:INFO|WARN(?:ING)?|ERROR|DEBUG|TRACE)\b|\[(?:INFO|WARN|ERROR|DEBUG)\])/
/** Share of log-like lines above which a block without a language is a log. */
const LOG_SHARE = 0.5

/**
 * The windows of a long code block that a talk shows, at most {@link MAX_CODE_SLIDES}:
 * one window alone is the one that holds most of what matters (definitions, the lines the
 * text names, the first lines); of more, the first lines, then the windows that hold most.
 * Windows end where a statement ends (brackets and long strings closed, or a blank line),
 * never hold only fences or brackets, and never overlap. A block that fits in the windows
 * whole is split evenly instead, and nothing is left out.
 */
export function excerptCode(lines: readonly string[], { max, windows = MAX_CODE_SLIDES, named = [] }: ExcerptOptions): CodeWindow[] {
  if (lines.length <= max * windows)
    return evenWindows(lines, max, windows)
  const weights = lines.map((line, index) => lineWeight(line, index, named))
  const first = statementWindow(lines, windows === 1 ? bestStart(weights, 0, max) : 0, max)
  const picked: CodeWindow[] = [first]
  let start = first.from - 1 + first.lines.length
  while (picked.length < windows && start < lines.length) {
    const best = bestStart(weights, start, max)
    const window = statementWindow(lines, best, max)
    if (window.lines.every(line => EMPTY_LINE.test(line)))
      break
    picked.push(window)
    start = window.from - 1 + window.lines.length
  }
  return picked
}

/** Characters of output a slide's code box shows on one line; a longer line wraps. */
const OUTPUT_LINE_WIDTH = 80

/**
 * Whether a code block is a dump a talk does not show: what a program printed (by its
 * language, its log-like lines, or a label before it: `labelled`) taking more than `max`
 * lines once its long lines wrap (a wall of URLs, a JSON string full of `\n`).
 */
export function isOutputDump(lang: string | undefined, lines: readonly string[], labelled: boolean, max: number): boolean {
  const shown = lines.reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / OUTPUT_LINE_WIDTH)), 0)
  return shown > max && (labelled || isProgramOutput(lang, lines))
}

/**
 * Lines that only load what a program uses or set up its notebook, by language: imports
 * (`import x`, `from x import y`, `import … from '…'`, `require(…)`, `use x::y;`,
 * `using X;`, `#include`, `library(x)`, Go's import block and `package`), notebook magics
 * and shell escapes (`%matplotlib inline`, `!pip install …`), and comments.
 */
const SETUP_LINES: readonly RegExp[] = [
  /^\s*(?:import\s+[\w.*]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*;?\s*$|from\s+[\w.]+\s+import\s)/,
  /^\s*import\s[^;]*\sfrom\s*['"][^'"]+['"];?\s*$/,
  /^\s*import\s*['"][^'"]+['"]\s*(?:;\s*)?$/,
  /^\s*(?:const|let|var)\s[\w{}\s,:]+=\s*require\(\s*['"][^'"]+['"]\s*\)\s*(?:;\s*)?$/,
  /^\s*(?:pub\s+)?use\s+(?:[\w*,:{}][\w:{}, *]*| );\s*$|^\s*extern\s+crate\s+\w+;\s*$/,
  /^\s*using\s+(?:namespace\s+)?[\w.:]+\s*;\s*$|^\s*#\s*include\s*[<"].+[>"]\s*$/,
  /^\s*(?:library|require)\(\s*['"]?[\w.]+['"]?\s*\)\s*$/,
  /^\s*(?:package\s+[\w.]+;?|import\s*\(|import\s+(?:\w+\s+)?"[^"]+"|"[\w./-]+"|\))\s*$/,
  /^\s*[%!]\S/,
  /^\s*(?:#(?!\s*include)|\/\/)/,
]
/** The part of {@link SETUP_LINES} that loads something: a block of only comments is no setup. */
const LOADS = /\b(?:import|from|require|use|using|include|library|package)\b|^\s*[%!]/

/**
 * Whether a code block only sets a program up ({@link SETUP_LINES}: its imports, a
 * notebook's magics), so a slide of it shows nothing the talk says: a notebook's first
 * cell (`%matplotlib inline`, `from d2l import torch as d2l`, `import math`).
 */
export function isSetupCode(lines: readonly string[]): boolean {
  const filled = lines.filter(line => line.trim())
  return filled.some(line => LOADS.test(line)) && filled.every(line => SETUP_LINES.some(pattern => pattern.test(line)))
}

/** Whether a code block holds what a program printed or a log, not code. */
export function isProgramOutput(lang: string | undefined, lines: readonly string[]): boolean {
  const name = lang?.trim().toLowerCase() ?? ''
  if (OUTPUT_LANGS.has(name))
    return true
  if (name)
    return false
  const filled = lines.filter(line => line.trim())
  return filled.length > 0 && filled.filter(line => LOG_LINE.test(line)).length / filled.length >= LOG_SHARE
}

function lineWeight(line: string, index: number, named: readonly string[]): number {
  let weight = 0
  if (SIGNATURE.test(line))
    weight += WEIGHT.signature
  if (named.some(name => name && line.includes(name)))
    weight += WEIGHT.named
  if (index < FIRST_LINES)
    weight += WEIGHT.first
  return weight
}

/** Where a window of `max` lines, starting at or after `from`, holds the most weight (earliest wins ties). */
function bestStart(weights: readonly number[], from: number, max: number): number {
  let best = from
  let bestWeight = -1
  for (let start = from; start < weights.length; start++) {
    const weight = weights.slice(start, start + max).reduce((sum, value) => sum + value, 0)
    if (weight > bestWeight) {
      best = start
      bestWeight = weight
    }
  }
  const lead = weights.slice(best).findIndex(weight => weight > 0)
  return lead > 0 ? best + lead : best
}

/** A window from `start` of at most `max` lines, ended where a statement ends best in its last half ({@link bestCut}). */
function statementWindow(lines: readonly string[], start: number, max: number): CodeWindow {
  const end = Math.min(lines.length, start + max)
  const cut = end === lines.length ? end : bestCut(lines, start, end, { from: start + Math.floor(max / 2) + 1, to: end })
  const window = trimBlank(lines.slice(start, cut))
  return { from: start + 1 + window.lead, lines: window.lines }
}

/** What opens or closes a string that runs over lines: Python's triple quotes, a JavaScript template literal's backtick. */
const LONG_STRING_MARK = /'''|"""|`/g

/** What a cut costs (see {@link bestCut}): per bracket left open, when the next line is indented under the last, when no blank line is near, per line from the target. */
const CUT_COST = { open: 4, indented: 2, noBlank: 1, distance: 0.25 }

/**
 * Where to cut code that starts at `start` (the cut is the index of the first line after
 * it), between `from` and `to`, nearest `target`: where the brackets and long strings
 * (`'''…'''`) opened since `start` are closed and the next line is not indented deeper
 * than the window's first (a statement, an object, a function ends), at a blank line when
 * one is near. A dict or a function longer than the window is cut where the fewest
 * brackets (and long strings) are open.
 */
function bestCut(lines: readonly string[], start: number, target: number, { from, to }: { from: number, to: number }): number {
  const base = indentOf(lines, start)
  let depth = 0
  let inString = false
  let best = target
  let bestCost = Infinity
  for (let index = start; index < to; index++) {
    depth += bracketBalance(lines[index]!)
    inString = inString !== ((lines[index]!.match(LONG_STRING_MARK) ?? []).length % 2 === 1)
    const cut = index + 1
    if (cut < from || cut >= lines.length)
      continue
    const next = lines[cut]!
    const blank = lines[index]!.trim() === '' || next.trim() === ''
    const indented = indentOf(lines, cut) > base
    const cost = (Math.max(0, depth) + (inString ? 1 : 0)) * CUT_COST.open + (indented ? CUT_COST.indented : 0) + (blank ? 0 : CUT_COST.noBlank) + Math.abs(cut - target) * CUT_COST.distance
    if (cost < bestCost) {
      best = cut
      bestCost = cost
    }
  }
  return best
}

/** How far a line is indented (the first line with text at or after `index`). */
function indentOf(lines: readonly string[], index: number): number {
  const line = lines.slice(index).find(text => text.trim() !== '') ?? ''
  return line.length - line.trimStart().length
}

function bracketBalance(line: string): number {
  const code = line.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '')
  return (code.match(/[([{]/g) ?? []).length - (code.match(/[)\]}]/g) ?? []).length
}

function evenWindows(lines: readonly string[], max: number, windows: number): CodeWindow[] {
  const out: CodeWindow[] = []
  let from = 1
  for (const chunk of splitCode(lines, Math.max(max, Math.ceil(lines.length / windows)))) {
    const lead = lines.slice(from - 1).findIndex(line => line.trim() !== '')
    from += Math.max(0, lead)
    out.push({ from, lines: chunk })
    from += chunk.length
  }
  return out
}

/**
 * Splits lines of code into `count` chunks (by default as few as hold at most `max` lines
 * each) of about even size, of at most `max` lines, each cut moved within a quarter of
 * `max` to where a statement ends best ({@link bestCut}). Blank lines at a chunk's ends are
 * left out.
 */
export function splitCode(lines: readonly string[], max: number, count = Math.ceil(lines.length / max)): string[][] {
  const chunks: string[][] = []
  let start = 0
  for (let index = 1; index < count; index++) {
    const target = Math.round((lines.length * index) / count)
    const reach = Math.floor(max / 4)
    const last = lines.length - max * (count - index)
    const cut = bestCut(lines, start, target, { from: Math.max(start + 1, target - reach, last), to: Math.min(start + max, target + reach, lines.length - 1) })
    chunks.push(trimBlank(lines.slice(start, cut)).lines)
    start = cut
  }
  chunks.push(trimBlank(lines.slice(start)).lines)
  return chunks.filter(chunk => chunk.length > 0)
}

function trimBlank(lines: readonly string[]): { lead: number, lines: string[] } {
  let start = 0
  let end = lines.length
  while (start < end && lines[start]!.trim() === '')
    start++
  while (end > start && lines[end - 1]!.trim() === '')
    end--
  return { lead: start, lines: lines.slice(start, end) }
}
