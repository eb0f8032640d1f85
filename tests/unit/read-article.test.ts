import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../scripts/lib/errors'
import { decodeArticle, readArticle } from '../../scripts/parse/read-article'

const bytes = (...values: number[]) => Uint8Array.from(values)
const utf8 = (text: string) => new TextEncoder().encode(text)

describe('decodeArticle', () => {
  it('strips the byte-order mark and normalises CRLF and CR line endings', () => {
    expect(decodeArticle('a.md', utf8('\uFEFF# 标题\r\n\r\n正文\r结尾'))).toBe('# 标题\n\n正文\n结尾')
  })

  it.each([
    ['an empty file', bytes(), 'is empty'],
    ['whitespace only', utf8(' \n\t\r\n  '), 'contains only whitespace'],
    ['a BOM and nothing else', utf8('\uFEFF\n'), 'contains only whitespace'],
    ['binary content', bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00), 'is a binary file'],
    ['UTF-16 text', bytes(0xFF, 0xFE, 0x23, 0x00, 0x20, 0x00), 'is UTF-16 encoded'],
    ['Latin-1 text', bytes(0x63, 0x61, 0x66, 0xE9, 0x0A), 'is not valid UTF-8 text (first bad byte at offset 3)'],
  ])('rejects %s naming the file', (_name, input, problem) => {
    expect(() => decodeArticle('dir/bad.md', input)).toThrow(problem)
    try {
      decodeArticle('dir/bad.md', input)
    }
    catch (error) {
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).message).toMatch(/^dir\/bad\.md: /)
      expect((error as InputError).exitCode).toBe(2)
    }
  })
})

describe('readArticle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'read-article-'))

  it('reads a UTF-8 file', async () => {
    writeFileSync(join(dir, 'ok.md'), '# Hi\r\n')
    await expect(readArticle(join(dir, 'ok.md'))).resolves.toEqual({ path: join(dir, 'ok.md'), text: '# Hi\n' })
  })

  it('reports a missing file', async () => {
    await expect(readArticle(join(dir, 'nope.md'))).rejects.toThrow(`${join(dir, 'nope.md')}: file not found`)
  })

  it('reports a directory', async () => {
    mkdirSync(join(dir, 'folder.md'), { recursive: true })
    await expect(readArticle(join(dir, 'folder.md'))).rejects.toThrow('is a directory')
  })
})
