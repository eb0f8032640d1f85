import type { Root } from 'mdast'
import type { Diagnostic } from '../lib/diagnostics'
import { parse as parseYaml, YAMLParseError } from 'yaml'

/** Front matter fields the planner understands; anything else is kept but unused. */
export interface FrontMatter {
  title?: string
  subtitle?: string
  author?: string
  date?: string
  lang?: string
  [key: string]: unknown
}

/** The front matter of a parsed article with the problems found in it. */
export interface FrontMatterResult {
  data: FrontMatter
  diagnostics: Diagnostic[]
}

/**
 * Reads the YAML front matter of an article, if any. Invalid YAML or a non-mapping
 * becomes a diagnostic and an empty result; known fields are coerced to strings.
 */
export function readFrontMatter(tree: Root, file?: string): FrontMatterResult {
  const node = tree.children[0]
  if (node?.type !== 'yaml')
    return { data: {}, diagnostics: [] }
  const line = node.position?.start.line
  let raw: unknown
  try {
    raw = parseYaml(node.value)
  }
  catch (error) {
    const detail = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error)
    const errorLine = error instanceof YAMLParseError && error.linePos ? (line ?? 1) + error.linePos[0].line : line
    return { data: {}, diagnostics: [{ severity: 'warning', message: `front matter is not valid YAML and was ignored: ${detail}`, file, line: errorLine }] }
  }
  if (raw === null || raw === undefined)
    return { data: {}, diagnostics: [] }
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { data: {}, diagnostics: [{ severity: 'warning', message: 'front matter is not a mapping of keys to values and was ignored', file, line }] }
  const data: FrontMatter = { ...(raw as Record<string, unknown>) }
  const diagnostics: Diagnostic[] = []
  for (const key of ['title', 'subtitle', 'author', 'date', 'lang'] as const) {
    const value = data[key]
    if (value === undefined || value === null) {
      delete data[key]
      continue
    }
    const text = stringifyField(value)
    if (text === undefined) {
      diagnostics.push({ severity: 'warning', message: `front matter field "${key}" should be text and was ignored`, file, line })
      delete data[key]
    }
    else {
      data[key] = text
    }
  }
  return { data, diagnostics }
}

function stringifyField(value: unknown): string | undefined {
  if (typeof value === 'string')
    return value.trim() || undefined
  if (typeof value === 'number' || typeof value === 'boolean')
    return String(value)
  if (value instanceof Date)
    return value.toISOString().slice(0, 10)
  if (Array.isArray(value) && value.every(item => typeof item === 'string'))
    return value.join(', ') || undefined
  if (typeof value === 'object' && value !== null && 'name' in value && typeof value.name === 'string')
    return value.name
  return undefined
}
