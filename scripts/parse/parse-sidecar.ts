import type { Diagnostic } from '../lib/diagnostics'
import type { Sidecar } from './sidecar-schema'
import { isMap, LineCounter, parseDocument } from 'yaml'
import { InputError } from '../lib/errors'
import { validateDiagramEntry } from './diagram-schema'
import { SIDECAR_KEYS, sidecarFields } from './sidecar-schema'

/** A sidecar's valid fields, with a diagnostic for each mistake. */
export interface SidecarResult {
  sidecar: Sidecar
  diagnostics: Diagnostic[]
}

/**
 * Parses and validates a sidecar (`<article>.deck.yaml`). A mistake never stops the deck:
 * invalid YAML makes the whole sidecar ignored, an invalid or unknown field is ignored on
 * its own; each is a diagnostic naming the file, the line and the field.
 */
export function parseSidecar(text: string, file: string): SidecarResult {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false })
  const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line)
  if (doc.errors.length > 0) {
    return {
      sidecar: {},
      diagnostics: doc.errors.map(error => ({ severity: 'warning', message: `sidecar is not valid YAML and is ignored: ${error.message.split('\n')[0]}`, file, line: lineOf(error.pos[0]) })),
    }
  }
  if (doc.contents === null)
    return { sidecar: {}, diagnostics: [] }
  if (!isMap(doc.contents))
    return { sidecar: {}, diagnostics: [{ severity: 'warning', message: 'sidecar should be a mapping of fields to values; it is ignored', file, line: lineOf(doc.contents.range?.[0]) }] }
  const diagnostics: Diagnostic[] = []
  const sidecar: Record<string, unknown> = {}
  const data = readData(doc, file)
  const lineAt = (path: (string | number)[]) => lineOf((doc.getIn(path, true) as { range?: [number] } | undefined)?.range?.[0])
  for (const [key, value] of Object.entries(data)) {
    const line = lineAt([key]) ?? lineOf(findKeyOffset(doc, key))
    if (key === 'diagrams') {
      const { entries, problems } = readDiagrams(value, lineAt, file)
      sidecar.diagrams = entries
      diagnostics.push(...problems.map(problem => ({ ...problem, file, line: problem.line ?? line })))
      continue
    }
    const schema = sidecarFields[key as keyof typeof sidecarFields]
    if (!schema) {
      diagnostics.push({ severity: 'warning', message: `unknown field "${key}" is ignored (known: ${SIDECAR_KEYS.join(', ')})`, file, line })
      continue
    }
    const result = schema.safeParse(value)
    if (result.success) {
      sidecar[key] = result.data
      continue
    }
    for (const issue of result.error.issues) {
      const path = [key, ...issue.path.map(part => (typeof part === 'number' ? part : String(part)))]
      diagnostics.push({ severity: 'warning', message: `field "${formatPath(path.map(String))}": ${issue.message}; the field is ignored`, file, line: lineAt(path) ?? line })
    }
  }
  return { sidecar: sidecar as Sidecar, diagnostics }
}

function readDiagrams(value: unknown, lineAt: (path: (string | number)[]) => number | undefined, file: string): { entries: NonNullable<Sidecar['diagrams']>, problems: Omit<Diagnostic, 'file'>[] } {
  if (!Array.isArray(value))
    return { entries: [], problems: [{ severity: 'warning', message: 'field "diagrams" should be a list of diagrams; it is ignored', line: lineAt(['diagrams']) }] }
  const entries: NonNullable<Sidecar['diagrams']> = []
  const problems: Omit<Diagnostic, 'file'>[] = []
  value.forEach((item, index) => {
    const { entry, issues } = validateDiagramEntry(item, 'placed')
    for (const issue of issues) {
      const path = ['diagrams', index, ...issue.path]
      problems.push({ severity: 'warning', message: `field "${formatPath(path.map(String))}": ${issue.message}; this diagram is ignored`, line: lineAt(path) ?? lineAt(['diagrams', index]) })
    }
    if (entry)
      entries.push({ ...entry, file, line: lineAt(['diagrams', index]) })
  })
  return { entries, problems }
}

/** Most aliases a sidecar may expand: far more than any real one needs, far fewer than an alias bomb. */
const MAX_ALIAS_COUNT = 100

/** The sidecar as plain data; an alias bomb (aliases of aliases, exploding on expansion) stops the deck. */
function readData(doc: ReturnType<typeof parseDocument>, file: string): Record<string, unknown> {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>
  }
  catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message))
      throw new InputError(file, `its YAML aliases expand too far (more than ${MAX_ALIAS_COUNT}, as in an alias bomb); write the values out`)
    throw error
  }
}

function findKeyOffset(doc: ReturnType<typeof parseDocument>, key: string): number | undefined {
  if (!isMap(doc.contents))
    return undefined
  const pair = doc.contents.items.find(item => (item.key as { value?: unknown } | null)?.value === key)
  return (pair?.key as { range?: [number] } | null)?.range?.[0]
}

function formatPath(path: string[]): string {
  return path.map((part, index) => (/^\d+$/.test(part) ? `[${part}]` : index === 0 ? part : `.${part}`)).join('')
}
