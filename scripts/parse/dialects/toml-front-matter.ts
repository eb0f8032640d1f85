import type { Root, Yaml } from 'mdast'
import type { TreeRule } from './tree-rule'
import { parse as parseToml, TomlDate, TomlError } from 'smol-toml'
import { stringify } from 'yaml'

/** Characters of an ISO date-time that name its day (`2024-03-01`). */
const ISO_DAY_LENGTH = 10

/** Hugo's TOML front matter as remark-frontmatter reads it (`+++` ... `+++`). */
interface TomlNode { type: 'toml', value: string, position?: Yaml['position'] }

/**
 * Reads TOML front matter (`+++` ... `+++`, as Hugo writes it) as the article's front
 * matter: its data becomes a YAML front matter node, so the title, author, date,
 * description and language are read as from YAML and the block is never shown. Dates are
 * written as the day they name (`2024-03-01`). Invalid TOML is a warning at its line and is ignored.
 */
export const readTomlFrontMatter: TreeRule = (tree: Root, { report }) => {
  const node = tree.children[0] as unknown as TomlNode | undefined
  if (node?.type !== 'toml')
    return
  const line = node.position?.start.line ?? 1
  let value = ''
  try {
    value = stringify(plainData(parseToml(node.value)), { aliasDuplicateObjects: false })
  }
  catch (error) {
    if (!(error instanceof TomlError))
      throw error
    report(`front matter is not valid TOML and was ignored: ${error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '')}`, line + error.line)
  }
  const yaml: Yaml = { type: 'yaml', value, position: node.position }
  tree.children[0] = yaml
}

/** TOML's data as plain objects, arrays and scalars, its dates as the day they name (`2024-03-01`, in the date's own offset) and times as ISO text. */
function plainData(value: unknown): unknown {
  if (value instanceof TomlDate)
    return value.isTime() ? value.toISOString() : value.toISOString().slice(0, ISO_DAY_LENGTH)
  if (Array.isArray(value))
    return value.map(plainData)
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plainData(item)]))
  return value
}
