/** A recoverable problem found while reading or planning an article. */
export interface Diagnostic {
  severity: 'warning' | 'error'
  message: string
  file?: string
  line?: number
}

/** Formats a diagnostic as `file:line: severity: message`, the way compilers do. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = [diagnostic.file, diagnostic.line].filter(part => part !== undefined).join(':')
  return `${where ? `${where}: ` : ''}${diagnostic.severity}: ${diagnostic.message}`
}
