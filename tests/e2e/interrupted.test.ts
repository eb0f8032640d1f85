import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import process from 'node:process'
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, inject, it } from 'vitest'
import { commandArgs, commandEnv, ROOT, runCommand } from '../helpers/run-cli'
import { useSharedDeck } from '../helpers/shared-deck'

const deckDir = inject('deckDir')

useSharedDeck()

function fingerprint(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name)
      if (statSync(full).isDirectory())
        walk(full)
      else
        files.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'))
    }
  }
  walk(dir)
  return files
}

function stagingDirs(exportsDir: string): string[] {
  return readdirSync(exportsDir).filter(name => name.startsWith('.staging-'))
}

describe('an interrupted npm run deck', () => {
  it('leaves the previous exports whole, and the next run cleans up after it', async () => {
    const dir = join(ROOT, 'tests/.tmp/interrupted')
    rmSync(dir, { recursive: true, force: true })
    cpSync(deckDir, dir, { recursive: true })
    const exportsDir = join(dir, 'exports')
    const before = fingerprint(exportsDir)
    expect([...before.keys()]).toEqual(expect.arrayContaining(['slides.pdf', 'handout.pdf', 'slides.pptx', 'notes.md', 'site/index.html']))

    const child = spawn(process.execPath, commandArgs('deck', ['tests/fixtures/e2e/article.md', '--out', dir]), {
      cwd: ROOT,
      env: commandEnv(),
      detached: true,
      stdio: 'ignore',
    })
    const exited = new Promise(resolve => child.once('exit', resolve))
    let killedWith: string | undefined
    for (let waited = 0; waited < 120_000 && !killedWith; waited += 50) {
      const staging = stagingDirs(exportsDir)[0]
      if (staging && existsSync(join(exportsDir, staging, 'site/index.html'))) {
        killedWith = staging
        process.kill(-child.pid!, 'SIGKILL')
      }
      await sleep(50)
    }
    await exited
    expect(killedWith, 'the run was killed while it was writing its exports').toBeDefined()
    expect(stagingDirs(exportsDir)).toEqual([killedWith])
    const after = fingerprint(exportsDir)
    for (const [file, hash] of before)
      expect(after.get(file), file).toBe(hash)

    const rerun = await runCommand('deck', ['tests/fixtures/e2e/article.md', '--out', dir, '--formats', 'notes'])
    expect(rerun.code, rerun.stderr).toBe(0)
    expect(rerun.stderr, 'the same slides.md and theme: the built site is reused').toMatch(/^reuse /m)
    expect(stagingDirs(exportsDir)).toEqual([])
    expect(readFileSync(join(exportsDir, 'slides.pdf'))).toEqual(readFileSync(join(deckDir, 'exports/slides.pdf')))
  }, 240_000)
})
