const NUMBER = /(?<![A-Z\d.\-])\d+(?:[.,]\d+)*/gi
/** A run of the characters a name is made of (`[\w.-]`); names never reach past one. */
const NAME_RUN = /[\w.-]+/g

/** The distinct numbers in a text (`1750`, `3.7`, `10,000`), not digits inside names like `GPT-3`. */
export function numbersIn(text: string): string[] {
  return [...new Set(text.match(NUMBER) ?? [])]
}

/**
 * Names written in Latin letters that carry meaning: `ChatGPT`, `GPT-3`, `OpenAI`,
 * `Hugging-Face`, `code-davinci-002`. In order of first appearance, each once.
 * Linear in the text's length (see {@link namesInRun}).
 */
export function namesIn(text: string): string[] {
  const names = new Set<string>()
  for (const [run] of text.matchAll(NAME_RUN))
    namesInRun(run, names)
  return [...names]
}

const isUpper = (code: number) => code >= 65 && code <= 90
const isLower = (code: number) => code >= 97 && code <= 122
const isLetter = (code: number) => isUpper(code) || isLower(code)
const isDigit = (code: number) => code >= 48 && code <= 57
const HYPHEN = 45

/**
 * Finds the names in one run of `[\w.-]` characters, left to right, each match starting
 * where the last one ended. A name is one of:
 * - a capitalised word joined to more by hyphens (`Hugging-Face`; `[A-Z][a-z]+(?:-[A-Z][a-z]+)+`),
 * - a capital, letters and another capital or a digit, then the rest of the run (`ChatGPT`, `GPT-3.5`; `[A-Z][A-Za-z]*[A-Z0-9][\w.-]*`),
 * - words joined by hyphens, then a hyphen and a digit, then the rest of the run (`code-davinci-002`; `[A-Za-z]+(?:-[A-Za-z]+)*-\d[\w.-]*`),
 *
 * tried in that order at each offset, as one regular expression of those alternatives would
 * (CamelCase words, `JavaScript`, are a case of the second).
 * Such an expression backtracks over the whole word at every offset of it (a word of
 * 300,000 letters takes minutes); here what each alternative needs is read once, from
 * the right, into arrays: where a run of letters, of lowercase letters, of hyphenated
 * words and of hyphenated capitalised words starting at an offset ends, and the next
 * capital.
 */
function namesInRun(run: string, names: Set<string>): void {
  const ends = runEnds(run)
  for (let start = 0; start < run.length;) {
    const end = nameEnd(run, start, ends)
    if (end > start) {
      names.add(run.slice(start, end))
      start = end
    }
    else {
      start++
    }
  }
}

/** For each offset of a run, where the stretches a name is made of end (`run.length` past the end). */
interface RunEnds {
  letters: Int32Array
  lowers: Int32Array
  nextUpper: Int32Array
  /** `[A-Za-z]+(?:-[A-Za-z]+)*` from a letter. */
  hyphenated: Int32Array
  /** `[A-Z][a-z]+(?:-[A-Z][a-z]+)*` from a capital followed by a lowercase letter. */
  capitalised: Int32Array
}

function runEnds(run: string): RunEnds {
  const size = run.length + 1
  const ends: RunEnds = { letters: new Int32Array(size), lowers: new Int32Array(size), nextUpper: new Int32Array(size), hyphenated: new Int32Array(size), capitalised: new Int32Array(size) }
  const code = (index: number) => index < run.length ? run.charCodeAt(index) : -1
  for (let index = run.length; index >= 0; index--) {
    const here = code(index)
    const after = index + 1
    ends.letters[index] = isLetter(here) ? ends.letters[after]! : index
    ends.lowers[index] = isLower(here) ? ends.lowers[after]! : index
    ends.nextUpper[index] = isUpper(here) ? index : index < run.length ? ends.nextUpper[after]! : index
    if (isLetter(here)) {
      const joined = code(after) === HYPHEN && isLetter(code(after + 1))
      ends.hyphenated[index] = isLetter(code(after)) ? ends.hyphenated[after]! : joined ? ends.hyphenated[after + 1]! : after
    }
    if (isUpper(here) && isLower(code(after))) {
      const word = ends.lowers[after]!
      const joined = code(word) === HYPHEN && isUpper(code(word + 1)) && isLower(code(word + 2))
      ends.capitalised[index] = joined ? ends.capitalised[word + 1]! : word
    }
  }
  return ends
}

/** Where the name starting at `start` ends, or `start` when none starts there. */
function nameEnd(run: string, start: number, ends: RunEnds): number {
  const here = run.charCodeAt(start)
  if (isUpper(here)) {
    // `Hugging-Face`: a capitalised word and at least one more joined to it
    const word = isLower(run.charCodeAt(start + 1)) ? ends.lowers[start + 1]! : start
    if (word > start && ends.capitalised[start]! > word)
      return ends.capitalised[start]!
    // `ChatGPT`, `GPT-3.5`: another capital among the letters after it, or a digit right after them
    const letters = ends.letters[start + 1]!
    if (ends.nextUpper[start + 1]! < letters || isDigit(run.charCodeAt(letters)))
      return run.length
  }
  if (isLetter(here)) {
    // `code-davinci-002`: hyphenated words, then a hyphen and a digit
    const words = ends.hyphenated[start]!
    if (run.charCodeAt(words) === HYPHEN && isDigit(run.charCodeAt(words + 1)))
      return run.length
  }
  return start
}

/** What a clause carries: numbers, names and the article's own emphasis. */
export function clauseValue(text: string, emphasis: number): number {
  return Math.min(3, numbersIn(text).length) * 1.2
    + Math.min(2, namesIn(text).length) * 0.5
    + (emphasis >= 2 ? 3 : 0)
    - 0.4
}
