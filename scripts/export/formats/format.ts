import type { Page } from 'playwright-chromium'
import type { Diagnostic } from '../../lib/diagnostics'
import type { Deck } from '../../model/deck'

/**
 * What a format needs from the export, which decides when and with what it is written:
 * - `printView`: the deck's print view, open in the browser; such formats are written
 *   while it is open, in the registry's order, so one that changes the page is listed
 *   after the others;
 * - `pngs`: one PNG per slide, taken from the print view (taken only when a chosen
 *   format needs them; many are taken from a second page meanwhile, and a format that
 *   needs them waits for them);
 * - `plan`: the planned deck (titles, sections, notes);
 * - `site`: the built site the print view was opened from;
 * - `check`: what the fit check and the run found, and the article the deck was made from.
 * Formats that need no print view are written after the browser page is closed, all at once.
 */
export type FormatNeed = 'printView' | 'pngs' | 'plan' | 'site' | 'check'

/** What the run found, for the formats that show it (`check`). */
export interface RunFindings {
  /** What the fit check found wrong with each slide. */
  problems: readonly (readonly string[])[]
  /** The run's warnings, with the file and line they name. */
  diagnostics: readonly Diagnostic[]
  /** The article the deck was made from, as read. */
  article: { path: string, text: string }
  /** The deck's `slides.md`. */
  slidesPath: string
}

/** What every format is given. */
interface BaseInput {
  /** Where to write this format's output: a file or folder in the staging folder, moved into place once every output is complete. */
  path: string
  /** The staged output of each format being written, by name. */
  outputs: ReadonlyMap<string, string>
  /** Longest wait on the browser for any one step, in ms. */
  timeout: number
  /** Fingerprint of each slide as the print view draws it (see `slideFingerprints`; null: none). */
  fingerprints: readonly (string | null)[]
  /** The deck's folder of what earlier runs made, by fingerprint (`DIR/.deck-cache`), for a format to keep its own parts in. */
  cacheDir: string
}

/** What each need adds to a format's input. */
interface NeedInputs {
  printView: { page: Page }
  pngs: { pngs: readonly string[] }
  plan: { deck: Deck }
  site: { site: string }
  check: { findings: RunFindings }
}

/** Turns a union into the intersection of its members. */
type Intersect<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never

/** The input of a format with these needs and an option of this type: the base, the option's value, and what each need brings. */
export type FormatInput<Need extends FormatNeed = FormatNeed, Value = unknown> = BaseInput & { option: Value } & Intersect<NeedInputs[Need]>

/**
 * A format's own command-line option (`--handout 2`, `--pptx pictures`): the format
 * declares it, the deck command reads it, and the format's input holds its value.
 */
export interface FormatOption<Value> {
  /** Its name on the command line, without the dashes. */
  flag: string
  /** What it takes, as a wrong value is told (`1, 2 or 3 slides a page`). */
  takes: string
  /** Its value from the text given; undefined when it takes no such text. */
  read: (text: string) => Value | undefined
  /** Its value when it is not given (it may depend on the deck). */
  fallback: (deck: Deck) => Value
}

/** The text given for each format's option, by format name (read by the format's {@link FormatOption}). */
export type FormatOptionTexts = Readonly<Partial<Record<string, string>>>

/** A format's option's value: read from the text given, else its fallback; undefined for a format without one. */
export function optionValue(format: Pick<ExportFormat, 'name' | 'option'>, texts: FormatOptionTexts, deck: Deck): unknown {
  if (!format.option)
    return undefined
  const text = texts[format.name]
  return (text === undefined ? undefined : format.option.read(text)) ?? format.option.fallback(deck)
}

/** What a format needs with its option's value (see {@link ExportFormat}`.needs`). */
export function needsOf(format: Pick<ExportFormat, 'needs'>, option: unknown): readonly FormatNeed[] {
  return typeof format.needs === 'function' ? format.needs(option) : format.needs
}

/** One output `npm run deck` can write into `exports/`. */
export interface ExportFormat<Name extends string = string> {
  /** Its name in `--formats`. */
  name: Name
  /** Its file or folder name in the exports folder. */
  output: string
  /** What it needs from the export (see {@link FormatNeed}), or what it needs with each value of its option. */
  needs: readonly FormatNeed[] | ((option: unknown) => readonly FormatNeed[])
  /** Its own command-line option, if it has one. */
  option?: FormatOption<unknown>
  /** Writes it to `input.path`. */
  write: (input: FormatInput) => Promise<void>
  /**
   * For a format made from the print view: what of its option's value decides its file
   * besides the page and the deck. When all three are as in the last export, that file
   * is used again without the page (see `output-reuse.ts`); a format without it is
   * always written.
   */
  reuseKey?: (option: unknown) => unknown
}

/**
 * A format, typed by what it needs: its `write` sees only what its `needs` name. One
 * file per format calls this; `registry.ts` lists them.
 */
export function defineFormat<const Name extends string, const Need extends FormatNeed, Value = undefined>(format: {
  name: Name
  output: string
  needs: readonly Need[] | ((option: Value) => readonly Need[])
  option?: FormatOption<Value>
  write: (input: FormatInput<Need, Value>) => Promise<void>
  reuseKey?: (option: Value) => unknown
}): ExportFormat<Name> {
  // The exporter gives every format the whole input, which holds what any need brings.
  return format as unknown as ExportFormat<Name>
}
