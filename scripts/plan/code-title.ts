/**
 * How a fence's info string names its listing, after the language: MkDocs' and
 * Docusaurus' `title="pyproject.toml"` (or `'…'`, or bare), `filename=` / `file=`, and
 * VitePress' `[member1/pyproject.toml]`.
 */
const TITLE_FORMS: readonly RegExp[] = [
  /\b(?:title|filename|file)\s*=\s*"([^"]+)"/i,
  /\b(?:title|filename|file)\s*=\s*'([^']+)'/i,
  /\b(?:title|filename|file)\s*=\s*([^\s"'{}]+)/i,
  /\[([^\]]+)\]/,
]
/** Longest label a listing shows; a longer one is no file name. */
const MAX_TITLE = 60

/**
 * The label a code fence's info string (its `meta`, after the language) gives the listing,
 * by {@link TITLE_FORMS}: the file it shows or its name. `undefined` when it gives none.
 */
export function codeTitle(meta: string | null | undefined): string | undefined {
  if (!meta)
    return undefined
  for (const form of TITLE_FORMS) {
    const title = form.exec(meta)?.[1]?.trim()
    if (title && title.length <= MAX_TITLE)
      return title
  }
  return undefined
}
