import { InputError } from '../lib/errors'
import { readRegularFile } from '../lib/files'

/** The text of an article, ready to parse: UTF-8 decoded, without BOM, with `\n` line endings. */
export interface ArticleSource {
  path: string
  text: string
}

const UTF8_BOM = '\uFEFF'

/** Largest article read: far above any real article, small enough to plan in memory. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024

/**
 * Reads an article from disk and rejects files that cannot be Markdown: missing, not a
 * regular file (a directory, a named pipe, a device), larger than {@link MAX_ARTICLE_BYTES},
 * empty or whitespace-only, binary, or not UTF-8. Throws an {@link InputError} naming the
 * file and the problem.
 */
export async function readArticle(path: string): Promise<ArticleSource> {
  const bytes = await readRegularFile(path, { maxBytes: MAX_ARTICLE_BYTES, what: 'a Markdown file' })
  return { path, text: decodeArticle(path, bytes) }
}

/** Decodes the bytes of an article, throwing an {@link InputError} for unusable content. */
export function decodeArticle(path: string, bytes: Uint8Array): string {
  if (bytes.length === 0)
    throw new InputError(path, 'is empty')
  if (isUtf16Bom(bytes))
    throw new InputError(path, 'is UTF-16 encoded; save it as UTF-8')
  if (bytes.includes(0))
    throw new InputError(path, 'is a binary file, not Markdown text')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  }
  catch {
    throw new InputError(path, `is not valid UTF-8 text (first bad byte at offset ${firstInvalidUtf8Offset(bytes)})`)
  }
  if (text.startsWith(UTF8_BOM))
    text = text.slice(1)
  if (text.trim() === '')
    throw new InputError(path, 'contains only whitespace')
  return text.replace(/\r\n?/g, '\n')
}

function isUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xFF && bytes[1] === 0xFE) || (bytes[0] === 0xFE && bytes[1] === 0xFF))
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  const replaced = lenient.indexOf('\uFFFD')
  return new TextEncoder().encode(lenient.slice(0, Math.max(0, replaced))).length
}
