// @ts-check
/**
 * Runs one of the project's commands (`npm run deck`, `generate`, `check`, `present`):
 * `node scripts/cli/run.mjs <command> [arguments]`. The command's TypeScript modules run
 * as one plain JavaScript bundle (`command-bundle.mjs`), made again only when a file in it
 * changed, so the command starts under plain Node and loads a package only when the run
 * needs it; when no bundle can be made, the modules run through the TypeScript loader
 * (tsx), as slowly as before. For `deck`, the site's build process is started first when
 * the run will likely build (`early-build.mjs`). `--debug` maps the stack to the
 * TypeScript files.
 */
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { commandBundle } from './command-bundle.mjs'

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** The commands, each `scripts/cli/<name>.ts`. */
const COMMANDS = ['deck', 'generate', 'check', 'present']

const [command, ...args] = process.argv.slice(2)
if (!command || !COMMANDS.includes(command)) {
  process.stderr.write(`usage: node scripts/cli/run.mjs ${COMMANDS.join('|')} [arguments]\n`)
  process.exit(2)
}
// The command reads its own arguments from process.argv, as when it is run directly.
process.argv.splice(2, 1)
if (args.includes('--debug'))
  process.setSourceMapsEnabled(true)
if (command === 'deck')
  (await import('./early-build.mjs')).startBuildIfLikely(args)
const entry = join(PROJECT_ROOT, 'scripts/cli', `${command}.ts`)
let bundle
try {
  bundle = await commandBundle(PROJECT_ROOT, entry)
}
catch (error) {
  if (args.includes('--debug'))
    process.stderr.write(`running ${command} through tsx: no bundle (${error instanceof Error ? error.message : String(error)})\n`)
  const { register } = await import('tsx/esm/api')
  register()
}
await import(bundle ? pathToFileURL(bundle).href : pathToFileURL(entry).href)
