import { Buffer } from 'node:buffer'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { LOCK_FILE } from '../../scripts/pipeline/output-lock'
import { ROOT, runCommand } from '../helpers/run-cli'

const dir = mkdtempSync(join(tmpdir(), 'failures-'))
const article = join(ROOT, 'tests/fixtures/zh-basic/input.md')
const mounts: string[] = []

afterAll(() => {
  for (const mount of mounts)
    execFileSync('umount', [mount])
  rmSync(dir, { recursive: true, force: true })
})

/** Mounts a small tmpfs (root only); undefined where this machine does not allow it. */
function mountTmpfs(name: string, options: string): string | undefined {
  const path = join(dir, name)
  mkdirSync(path, { recursive: true })
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', path], { stdio: 'ignore' })
  }
  catch {
    return undefined
  }
  mounts.push(path)
  return path
}

/** A failure is one line on stderr, no stack trace. */
function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n')
  expect(lines, stderr).toHaveLength(1)
  expect(stderr).not.toMatch(/\n\s+at /)
  return lines[0]!
}

const canMount = mountTmpfs('probe', 'size=64k') !== undefined

describe('failures are one line and exit 2', () => {
  it.skipIf(!canMount)('a read-only output folder', async () => {
    const out = mountTmpfs('read-only', 'size=1m,ro')!
    const result = await runCommand('generate', [article, '--out', out])
    expect(result.code).toBe(2)
    expect(oneLine(result.stderr)).toMatch(/^error: the file system is read-only while writing .*read-only.* \(EROFS\)$/)
  })

  it.skipIf(!canMount)('a full disk, naming the file it was writing', async () => {
    const out = mountTmpfs('full', 'size=8k')!
    writeFileSync(join(out, 'filler'), Buffer.alloc(4096))
    const result = await runCommand('generate', [article, '--out', out])
    expect(result.code).toBe(2)
    expect(oneLine(result.stderr)).toMatch(/^error: no space left on the device while writing .*slides\.md.* \(ENOSPC\)$/)
  })

  it('a file where the output folder should be', async () => {
    const out = join(dir, 'a-file')
    writeFileSync(out, 'not a folder\n')
    const result = await runCommand('generate', [article, '--out', join(out, 'deck')])
    expect(result.code).toBe(2)
    expect(oneLine(result.stderr)).toMatch(/^error: a file stands where a folder should be while writing .*a-file.* \(ENOTDIR\)$/)
  })

  it('a YAML alias bomb in the sidecar', async () => {
    const folder = join(dir, 'bomb')
    mkdirSync(folder)
    writeFileSync(join(folder, 'talk.md'), '# Bomb\n\n## A part\n\nSome text here. More text there.\n')
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (const [index, name] of ['b', 'c', 'd', 'e', 'f', 'g'].entries())
      levels.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${String.fromCharCode(97 + index)}`).join(',')}]`)
    writeFileSync(join(folder, 'talk.deck.yaml'), `${levels.join('\n')}\ntitle: *g\n`)
    const started = performance.now()
    const result = await runCommand('generate', [join(folder, 'talk.md'), '--out', join(folder, 'out')])
    expect(result.code).toBe(2)
    expect(oneLine(result.stderr)).toMatch(/talk\.deck\.yaml: its YAML aliases expand too far/)
    expect(performance.now() - started).toBeLessThan(20_000)
  })

  it('an article whose name starts with "-": said how to give it, and taken after --', async () => {
    const folder = join(dir, 'dash')
    mkdirSync(folder)
    writeFileSync(join(folder, '-talk.md'), '# Dash\n\n## A part\n\nSome text here. More text there.\n')
    const refused = await runCommand('generate', ['-talk.md', '--out', 'out'], { INIT_CWD: folder })
    expect(refused.code).toBe(2)
    expect(oneLine(refused.stderr)).toContain('put it after \'--\'')
    const taken = await runCommand('generate', ['--out', 'out', '--', '-talk.md'], { INIT_CWD: folder })
    expect(taken.code, taken.stderr).toBe(0)
    expect(existsSync(join(folder, 'out/slides.md'))).toBe(true)
  })

  it('prints the stack with --debug', async () => {
    const result = await runCommand('generate', [join(dir, 'missing.md'), '--out', join(dir, 'x'), '--debug'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^error: .*missing\.md: file not found\n.*Error/)
  })
})

describe('odd markup that used to fail', () => {
  it('inline code holding [click] stays text, in the slide and the notes', async () => {
    const folder = join(dir, 'click')
    mkdirSync(folder)
    writeFileSync(join(folder, 'talk.md'), '# Clicks\n\n## A part\n\nPress `[click]` to go on, and `[click:3]` too. More text.\n\n- a point with `[click]`\n- another point\n')
    const result = await runCommand('generate', [join(folder, 'talk.md'), '--out', folder])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toMatch(/kept (\d+)\/\1 sentences/)
  })
})

describe('two runs into one folder', () => {
  it('the second waits for the first, and the lock is gone afterwards', async () => {
    const out = join(dir, 'together')
    const [first, second] = await Promise.all([
      runCommand('generate', [article, '--out', out]),
      runCommand('generate', [article, '--out', out]),
    ])
    expect([first.code, second.code]).toEqual([0, 0])
    expect(existsSync(join(out, LOCK_FILE))).toBe(false)
    expect(readFileSync(join(out, 'slides.md'), 'utf8')).toMatch(/^---\n/)
  })

  it('a lock left by a killed run is taken over', async () => {
    const out = join(dir, 'stale')
    mkdirSync(out)
    writeFileSync(join(out, LOCK_FILE), '2147483646\n')
    const result = await runCommand('generate', [article, '--out', out])
    expect(result.code, result.stderr).toBe(0)
    expect(existsSync(join(out, LOCK_FILE))).toBe(false)
  })
})
