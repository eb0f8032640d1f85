import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, realpath, rename, stat } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import process from 'node:process'
import { writeFile } from '../lib/files'
import { checkImage } from './image-bytes'

/** Where an article's own images may come from. */
export interface LocalImageRoots {
  /** The article's folder: relative links resolve here, and only files under it are read. */
  articleDir: string
  /** `--assets DIR`: root-relative links (`/images/x.png`) resolve here, and files under it are read too. */
  assetsDir?: string
}

/** A local image copied into the deck's folder, or why it cannot be shown. */
export type CopiedImage = { file: string } | { problem: string }

/** Largest local image copied into a deck. */
export const MAX_LOCAL_IMAGE_BYTES = 50 * 1024 * 1024
/** Folders above the article searched for a root-relative link when no `--assets` is given. */
export const MAX_ASSET_LEVELS = 6
/** Folders, below a candidate site root, where static site generators keep root-relative files (Hugo: `static/`). */
const STATIC_FOLDERS = ['', 'static', 'public', 'source']
/** Characters kept from an image's own name in its copy's name. */
const NAME_CHARS = /[^\w-]+/g
const MAX_NAME_LENGTH = 40
const HASH_LENGTH = 12

/** An image link's path: without `?query` or `#fragment`, percent-decoded; undefined for URLs with a scheme. */
export function imageLinkPath(src: string): string | undefined {
  const bare = src.replace(/[?#].*$/, '')
  if (/^[a-z][a-z\d+.-]*:/i.test(bare) || bare.startsWith('//'))
    return undefined
  try {
    return decodeURIComponent(bare)
  }
  catch {
    return bare
  }
}

/**
 * Finds a local image of an article, checks it and copies it into `imageDir` (inside the
 * deck's own folder, where Slidev may import it), named by its content so reruns write
 * the same bytes. Relative links resolve against the article's folder, root-relative ones
 * (`/images/x.png`, as Jekyll and Hugo write them) against `--assets`, or else the
 * nearest folder above the article that holds the path. Only regular files that lie,
 * after resolving symlinks, under the folder they were resolved in are read, and only
 * when their bytes are an image of the type their name claims; SVG is made inert.
 */
export async function copyLocalImage(src: string, roots: LocalImageRoots, imageDir: string): Promise<CopiedImage> {
  const path = imageLinkPath(src)
  if (path === undefined || path === '')
    return { problem: 'not found' }
  const found = await findImageFile(path, roots)
  if ('problem' in found)
    return found
  const info = await stat(found.file)
  if (info.size > MAX_LOCAL_IMAGE_BYTES)
    return { problem: `it is larger than ${MAX_LOCAL_IMAGE_BYTES / 1024 / 1024} MB` }
  const checked = await checkImage(await readFile(found.file), basename(path))
  if ('problem' in checked)
    return checked
  const hash = createHash('sha256').update(checked.bytes).digest('hex').slice(0, HASH_LENGTH)
  const stem = basename(path).replace(/\.[^.]*$/, '').replace(NAME_CHARS, '-').slice(0, MAX_NAME_LENGTH) || 'image'
  const file = join(imageDir, `${stem}-${hash}.${checked.kind}`)
  if (!existsSync(file)) {
    await mkdir(imageDir, { recursive: true })
    const temporary = `${file}.${process.pid}.tmp`
    await writeFile(temporary, checked.bytes)
    await rename(temporary, file)
  }
  return { file }
}

/** The real file a link names, when it lies inside the folder it was resolved in. */
async function findImageFile(path: string, { articleDir, assetsDir }: LocalImageRoots): Promise<{ file: string } | { problem: string }> {
  if (!path.startsWith('/') && !isAbsolute(path))
    return containedFile(articleDir, path)
  if (assetsDir)
    return containedFile(assetsDir, path)
  let outside: { problem: string } | undefined
  for (const root of ancestors(articleDir, MAX_ASSET_LEVELS)) {
    for (const folder of STATIC_FOLDERS) {
      const found = await containedFile(join(root, folder), path)
      if ('file' in found)
        return found
      if (found.problem !== 'not found')
        outside ??= found
    }
  }
  return outside ?? { problem: 'not found (a root-relative link: give the site\'s folder with --assets DIR)' }
}

/** `path` taken inside `root`: a regular file whose real path stays under the real `root`. */
async function containedFile(root: string, path: string): Promise<{ file: string } | { problem: string }> {
  const candidate = join(root, path.replace(/^[/\\]+/, ''))
  let realRoot: string
  let realFile: string
  try {
    realRoot = await realpath(root)
    realFile = await realpath(candidate)
  }
  catch {
    return { problem: 'not found' }
  }
  if (!isInside(realRoot, realFile))
    return { problem: 'it lies outside the article\'s folder' }
  if (!(await stat(realFile)).isFile())
    return { problem: 'it is not a file' }
  return { file: realFile }
}

function isInside(root: string, file: string): boolean {
  const path = relative(root, file)
  return path !== '' && !path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path)
}

function ancestors(dir: string, levels: number): string[] {
  const found: string[] = []
  for (let current = resolve(dir), level = 0; level <= levels; level++) {
    found.push(current)
    const parent = dirname(current)
    if (parent === current)
      break
    current = parent
  }
  return found
}
