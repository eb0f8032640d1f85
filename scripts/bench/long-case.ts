import type { CommandCost } from './measure-command'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { longArticle } from './long-article'

/** What the long case needs from the bench: where to work, how to run a command and time it, the browser, and how many runs. */
export interface LongCaseOptions {
  work: string
  runs: number
  browser: string
  /** Runs a command (in `cwd`, default the project's folder) and measures it. */
  run: (label: string, command: string, args: string[], cwd?: string) => Promise<CommandCost>
  slidev: string
  median: (numbers: number[]) => number
  write: (text: string) => void
}

/** The edit the long case makes between runs: one word of the chapter's first paragraph after its first heading of a topic. */
const EDIT = { from: 'is what the', to: 'is what a' }

/**
 * Runs a measure once more when it fails, saying so: Slidev's export of a long deck can miss
 * its own 30 s page-load timeout on a loaded machine (its dependency optimizer finds a
 * dependency late and reloads the page), which would end the bench without a baseline.
 */
async function againOnFailure(measure: () => Promise<CommandCost>, write: (text: string) => void): Promise<CommandCost> {
  try {
    return await measure()
  }
  catch (error) {
    write(`  (${String(error instanceof Error ? error.message : error).split('\n').slice(0, 2).join(' ')}; run again)\n`)
    return measure()
  }
}

/** Rounds of the fit loop a deck run reports (`check: …; N rounds, …`). */
function roundsOf(cost: CommandCost): number {
  return Number(/(\d+) rounds?,/.exec(cost.stderrTail)?.[1] ?? Number.NaN)
}

/**
 * Times `npm run deck` on a long made-up chapter (`long-article.ts`: 100+ slides of
 * formulas, tables, code and lists): cold (a new output folder each run, no fit decisions
 * kept), after an edit of one word (in a folder of earlier runs), and unchanged; against
 * `slidev export` (PDF) of the same `slides.md`, alternating the runs. Prints medians,
 * the rounds of the fit loop and the ratios the speed goals name.
 */
export async function benchLongCase(options: LongCaseOptions): Promise<void> {
  const { work, run, median, write } = options
  const article = join(work, 'long.md')
  const original = longArticle()
  const edited = original.replace(EDIT.from, EDIT.to)
  if (edited === original)
    throw new Error('the long article has no phrase to edit')
  writeFileSync(article, original)
  let editedNow = false
  const warm = join(work, 'long-deck')
  const cold = join(work, 'long-cold')
  mkdirSync(warm, { recursive: true })
  const deck = (out: string) => run('deck (long)', 'npm', ['run', '--silent', 'deck', '--', article, '--out', out])
  const commands = {
    'deck, cold': () => {
      rmSync(cold, { recursive: true, force: true })
      return deck(cold)
    },
    'deck after an edit': () => {
      editedNow = !editedNow
      writeFileSync(article, editedNow ? edited : original)
      return deck(warm)
    },
    'deck, unchanged': () => deck(warm),
    // Slidev as a speaker runs it, in the deck's folder (see export-speed.ts).
    'slidev export (PDF)': () => againOnFailure(() => run('slidev export (long)', options.slidev, ['export', 'slides.md', '--output', join(work, 'long-slidev.pdf'), '--executable-path', options.browser], warm), write),
  }
  type Name = keyof typeof commands
  const names = Object.keys(commands) as Name[]
  write('\nlong case: a made-up chapter (scripts/bench/long-article.ts); warming up...\n')
  await deck(warm)
  const costs = Object.fromEntries(names.map(name => [name, [] as CommandCost[]])) as Record<Name, CommandCost[]>
  for (let round = 1; round <= options.runs; round++) {
    for (const name of names)
      costs[name].push(await commands[name]())
    write(`long run ${round}/${options.runs}: ${names.map(name => `${name} ${costs[name].at(-1)!.seconds.toFixed(1)}s`).join(', ')}\n`)
  }
  const seconds = (name: Name) => median(costs[name].map(cost => cost.seconds))
  const pdf = seconds('slidev export (PDF)')
  const rounds = (name: Name) => costs[name].map(roundsOf).join(', ')
  write(`long case, median of ${options.runs} alternating runs:\n`)
  for (const name of names)
    write(`  ${name.padEnd(22)} ${seconds(name).toFixed(1).padStart(6)} s${name.startsWith('deck') ? `  (rounds: ${rounds(name)})` : ''}\n`)
  write(`  cold ${seconds('deck, cold').toFixed(1)} s (goal <= 75 s, at most 2 rounds); after an edit / slidev PDF ${(seconds('deck after an edit') / pdf).toFixed(2)} (goal <= 0.6); unchanged / slidev PDF ${(seconds('deck, unchanged') / pdf).toFixed(2)} (goal <= 0.3)\n`)
}
