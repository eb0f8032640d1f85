import type { WriteFileOptions } from 'node:fs'
import { Buffer } from 'node:buffer'
import { randomUUID } from 'node:crypto'
import { constants } from 'node:fs'
import { mkdir, open, rename, rm, stat, writeFile as writeRaw } from 'node:fs/promises'
import { dirname } from 'node:path'
import process from 'node:process'
import { InputError } from './errors'

/**
 * `fs.promises.writeFile` for a path, whose errors always name that path: a full disk
 * (`ENOSPC`) fails inside `write()`, where Node gives no path, and the user must be told
 * what was being written.
 */
export async function writeFile(path: string, data: string | Uint8Array, options?: WriteFileOptions): Promise<void> {
  try {
    await writeRaw(path, data, options)
  }
  catch (error) {
    if (error instanceof Error && !(error as NodeJS.ErrnoException).path)
      (error as NodeJS.ErrnoException).path = path
    throw error
  }
}

/**
 * Makes a file whole or not at all: `write` makes it under a temporary name beside it
 * (named for this process and this write, so two writes of one file at once do not meet),
 * which is then renamed over it (the folder is made when missing). A failed write removes
 * the temporary file, leaves what was there before, and throws.
 */
export async function writeAtomically(path: string, write: (temporary: string) => Promise<void>): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`
  try {
    await write(temporary)
    await rename(temporary, path)
  }
  catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}

/** Writes a file whole or not at all ({@link writeAtomically}). */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await writeAtomically(path, temporary => writeFile(temporary, data))
}

/** What a path is when it is not a regular file, as the user is told. */
function describeKind(info: { isDirectory: () => boolean, isFIFO: () => boolean, isSocket: () => boolean, isCharacterDevice: () => boolean, isBlockDevice: () => boolean }): string {
  if (info.isDirectory())
    return 'a directory'
  if (info.isFIFO())
    return 'a named pipe (FIFO)'
  if (info.isSocket())
    return 'a socket'
  if (info.isCharacterDevice() || info.isBlockDevice())
    return 'a device'
  return 'not a regular file'
}

/** Size of the chunks a capped read asks for. */
const READ_CHUNK_BYTES = 1024 * 1024

/**
 * Reads a regular file whole, refusing anything else before reading a byte: a directory,
 * a named pipe (which would wait for a writer forever), a socket or a device (`/dev/zero`
 * never ends), and a file of more than `maxBytes` (counted while reading, so a file that
 * grows meanwhile is refused too). The file is opened without blocking and checked on the
 * open handle, so what is read is what was checked. Problems are {@link InputError}s
 * naming the file; `what` names what the file should be (`a Markdown file`).
 */
export async function readRegularFile(path: string, { maxBytes, what }: { maxBytes: number, what: string }): Promise<Uint8Array> {
  const fail = (problem: string): never => {
    throw new InputError(path, problem)
  }
  const cannotRead = (error: NodeJS.ErrnoException): never => error.code === 'ENOENT' ? fail('file not found') : fail(`cannot be read (${error.code ?? error.message})`)
  const before = await stat(path).catch(cannotRead)
  if (!before.isFile())
    fail(`is ${describeKind(before)}, not ${what}`)
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK).catch(cannotRead)
  try {
    const info = await handle.stat()
    if (!info.isFile())
      fail(`is ${describeKind(info)}, not ${what}`)
    const tooLarge = () => fail(`is larger than ${maxBytes / 1024 / 1024} MB, the most ${what} may be`)
    if (info.size > maxBytes)
      tooLarge()
    const chunks: Uint8Array[] = []
    let total = 0
    for (;;) {
      const chunk = new Uint8Array(Math.min(READ_CHUNK_BYTES, maxBytes + 1 - total))
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null).catch(cannotRead)
      if (bytesRead === 0)
        break
      total += bytesRead
      if (total > maxBytes)
        tooLarge()
      chunks.push(chunk.subarray(0, bytesRead))
    }
    return Buffer.concat(chunks)
  }
  finally {
    await handle.close()
  }
}
