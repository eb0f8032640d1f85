import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile, realpath, stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { writeFileAtomic } from '../lib/files'
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
/** Folders above the article searched for its site's root when no `--assets` is given. */
export const MAX_ASSET_LEVELS = 6
/** Folders, below a candidate site root, where static site generators keep root-relative files (Hugo: `static/`, MkDocs: `docs/`). */
const STATIC_FOLDERS = ['', 'static', 'public', 'source', 'docs']
/** Files (or folders) that mark the root of a site or project: Jekyll, Hugo, MkDocs, Docusaurus, npm, git. */
const SITE_ROOT_MARKERS = ['_config.yml', '_config.yaml', 'hugo.toml', 'hugo.yaml', 'hugo.json', 'config.toml', 'mkdocs.yml', 'mkdocs.yaml', 'package.json', '.git']
/** Docusaurus's configuration, in any of its languages. */
const DOCUSAURUS_CONFIG = /^docusaurus\.config\.[cm]?[jt]s$/
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
  if (!existsSync(file))
    await writeFileAtomic(file, checked.bytes)
  return { file }
}

/** The real file a link names, when it lies inside the folder it was resolved in. */
async function findImageFile(path: string, { articleDir, assetsDir }: LocalImageRoots): Promise<{ file: string } | { problem: string }> {
  if (!path.startsWith('/') && !isAbsolute(path))
    return containedFile(articleDir, path)
  if (assetsDir)
    return containedFile(assetsDir, path)
  let outside: { problem: string } | undefined
  for (const root of await siteFolders(articleDir)) {
    for (const folder of STATIC_FOLDERS) {
      const found = await containedFile(join(root, folder), path)
      if ('file' in found)
        return found
      if (found.problem !== 'not found')
        outside ??= found
    }
  }
  return outside ?? { problem: 'not found in the article\'s folder or its site (a root-relative link: give the site\'s folder with --assets DIR)' }
}

/**
 * The folders a root-relative link may be taken from, nearest first: the article's
 * folder and, when a site or project root lies above it (a folder holding
 * {@link SITE_ROOT_MARKERS} or a Docusaurus configuration, at most
 * {@link MAX_ASSET_LEVELS} up), every folder up to that root. Never a folder above the
 * root, never `/` or the home folder: `/home/you/Pictures/x.png` is not read.
 */
export async function siteFolders(articleDir: string): Promise<string[]> {
  const candidates = ancestors(articleDir, MAX_ASSET_LEVELS)
  const forbidden = new Set([resolve('/'), resolve(homedir())])
  for (const [index, dir] of candidates.entries()) {
    if (forbidden.has(dir))
      break
    if (await isSiteRoot(dir))
      return candidates.slice(0, index + 1)
  }
  return forbidden.has(candidates[0]!) ? [] : [candidates[0]!]
}

/** Whether a folder is the root of a site or project. */
async function isSiteRoot(dir: string): Promise<boolean> {
  const names = await readdir(dir).catch(() => [] as string[])
  return names.some(name => SITE_ROOT_MARKERS.includes(name) || DOCUSAURUS_CONFIG.test(name))
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
