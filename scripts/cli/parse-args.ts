import { resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { UsageError } from '../lib/errors'
import { DEFAULT_ARTICLE, PROJECT_ROOT } from '../lib/paths'

/** The options every command shares. */
export interface CommonArgs {
  /** The file or folder named on the command line, from where the user was; undefined when none. */
  given?: string
  /** The article: the one given, else the project's own. */
  article: string
  outDir: string
  dark: boolean
  offline: boolean
  /** Check the deck but do not re-plan slides that do not fit. */
  noFix: boolean
  /** Length of the talk, when given. */
  minutes?: number
  /** Folder that root-relative image links resolve against (`--assets`). */
  assetsDir?: string
  /** Fetch remote images (`--no-remote-images` turns it off). */
  remoteImages: boolean
  /** Fetch remote images from loopback and private addresses too (`--allow-private-images`). */
  allowPrivateImages: boolean
  /** Start over from the article instead of merging the speaker's changes to `slides.md` (`--fresh`). */
  fresh: boolean
  help: boolean
  /** Values of the command's own options. */
  extra: Record<string, string | boolean | undefined>
}

type ExtraOptions = Record<string, { type: 'string' | 'boolean', short?: string }>

/**
 * Reads `[article.md] [--out DIR] [--minutes N] [--dark] [--offline] [--no-fix] [--assets DIR]
 * [--no-remote-images] [--allow-private-images] [--fresh] [--debug]` from the command line
 * (`DECK_OFFLINE=1` means `--offline`). The article defaults
 * to the project's own, the output folder to the project root. `npm run` starts
 * scripts in the project root, so relative paths are taken from where the user was
 * (`INIT_CWD`).
 */
export function parseCommonArgs(argv: string[], usage: string, extraOptions: ExtraOptions = {}, positionalName = 'article'): CommonArgs {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'out': { type: 'string', short: 'o' },
        'dark': { type: 'boolean', default: false },
        'offline': { type: 'boolean', default: false },
        'no-fix': { type: 'boolean', default: false },
        'minutes': { type: 'string', short: 'm' },
        'assets': { type: 'string' },
        'no-remote-images': { type: 'boolean', default: false },
        'allow-private-images': { type: 'boolean', default: false },
        'fresh': { type: 'boolean', default: false },
        'debug': { type: 'boolean', default: false },
        'help': { type: 'boolean', short: 'h', default: false },
        ...extraOptions,
      },
    })
  }
  catch (error) {
    const dashed = argv.find(arg => /^-[^-]/.test(arg) && /\.(?:md|markdown|txt)$/i.test(arg))
    if (dashed)
      throw new UsageError(`${dashed} is read as an option; to give an article whose name starts with '-', put it after '--' (npm run deck -- -- ${dashed}), or write ./${dashed}\n${usage}`)
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`)
  }
  const { values, positionals } = parsed
  if (positionals.length > 1)
    throw new UsageError(`expected at most one ${positionalName}, got ${positionals.length}\n${usage}`)
  const minutes = parseMinutes(values.minutes, usage)
  const cwd = process.env.INIT_CWD ?? process.cwd()
  const given = positionals[0] ? resolve(cwd, positionals[0]) : undefined
  return {
    given,
    article: given ?? DEFAULT_ARTICLE,
    outDir: values.out ? resolve(cwd, values.out) : PROJECT_ROOT,
    dark: values.dark ?? false,
    offline: (values.offline ?? false) || process.env.DECK_OFFLINE === '1',
    noFix: values['no-fix'] ?? false,
    minutes,
    assetsDir: values.assets ? resolve(cwd, values.assets) : undefined,
    remoteImages: !(values['no-remote-images'] ?? false),
    allowPrivateImages: values['allow-private-images'] ?? false,
    fresh: values.fresh ?? false,
    help: values.help ?? false,
    extra: Object.fromEntries(Object.keys(extraOptions).map(name => [name, (values as Record<string, string | boolean | undefined>)[name]])),
  }
}

/** Reads `--minutes`: the talk's length, 1 to 600 minutes, or undefined when not given. */
function parseMinutes(value: string | undefined, usage: string): number | undefined {
  const minutes = value === undefined ? undefined : Number(value)
  if (minutes !== undefined && !(Number.isFinite(minutes) && minutes > 0 && minutes <= 600))
    throw new UsageError(`--minutes takes the talk's length in minutes (1 to 600), not ${value}\n${usage}`)
  return minutes
}
