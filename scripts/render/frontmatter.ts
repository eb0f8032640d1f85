import { escapeYaml, yamlString } from './escape'

/**
 * Writes a slide's front matter as YAML that Slidev cannot misread. Slidev finds the end
 * of front matter with a pattern that stops at the first `---` anywhere, even inside a
 * value: every string is written double-quoted, with a dash of any `---` escaped.
 */
export function renderFrontmatter(fields: Record<string, unknown>, indent = ''): string {
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      if (value !== null && typeof value === 'object' && !Array.isArray(value))
        return `${indent}${key}:\n${renderFrontmatter(value as Record<string, unknown>, `${indent}  `)}`
      return `${indent}${key}: ${yamlValue(value)}`
    })
    .join('\n')
}

/** Any JSON value as YAML flow style (JSON is YAML), with `---` escaped inside strings. */
function yamlValue(value: unknown): string {
  if (typeof value === 'string')
    return yamlString(value)
  return JSON.stringify(value).replace(/"(?:[^"\\]|\\.)*"/g, string => escapeYaml(string))
}
