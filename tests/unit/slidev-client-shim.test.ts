import type { SourceFile } from 'typescript'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/run-cli'

/**
 * `setup/presenter/client.js` is the one place our presenter view takes anything from
 * Slidev's client (internal modules and components, not its public API): each path it
 * names must exist in the installed `@slidev/client`, and each name it takes must be
 * exported there, so an upgrade that moves or renames one fails here, not in a browser.
 */
const SHIM = 'setup/presenter/client.js'
const CLIENT = join(ROOT, 'node_modules/@slidev/client')

const parseSource = (path: string, text: string): SourceFile => ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false)

interface Taken {
  from: string
  names: string[]
}

/** What a module imports or re-exports, by module: the names it takes (`default` for a default import). */
function takenBy(source: SourceFile): Taken[] {
  return source.statements.flatMap((statement) => {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements.map(element => (element.propertyName ?? element.name).text) : []
      return [{ from: statement.moduleSpecifier.text, names: [...(clause?.name ? ['default'] : []), ...named] }]
    }
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      const named = statement.exportClause && ts.isNamedExports(statement.exportClause) ? statement.exportClause.elements.map(element => (element.propertyName ?? element.name).text) : []
      return [{ from: statement.moduleSpecifier.text, names: named }]
    }
    return []
  })
}

/** The names a TypeScript module at `path` exports: its exported declarations, its export lists, and what its `export * from` modules export. */
function exportsOf(path: string): Set<string> {
  const source = parseSource(path, readFileSync(path, 'utf8'))
  const names = new Set<string>()
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some(modifier => modifier.kind === ts.SyntaxKind.ExportKeyword)
    if (exported && (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name)
      names.add(statement.name.text)
    if (exported && ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name))
          names.add(declaration.name.text)
      }
    }
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause))
      statement.exportClause.elements.forEach(element => names.add(element.name.text))
    if (ts.isExportDeclaration(statement) && !statement.exportClause && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      const base = join(dirname(path), statement.moduleSpecifier.text)
      const target = [base, `${base}.ts`, join(base, 'index.ts')].find(candidate => existsSync(candidate) && candidate.endsWith('.ts'))
      exportsOf(target!).forEach(name => names.add(name))
    }
    if (ts.isExportAssignment(statement))
      names.add('default')
  }
  return names
}

const shim = parseSource(SHIM, readFileSync(join(ROOT, SHIM), 'utf8'))
const taken = takenBy(shim)
const fromClient = taken.filter(each => each.from.startsWith('@slidev/client/'))
const fromPackages = taken.filter(each => !each.from.startsWith('@slidev/client/') && !each.from.startsWith('.'))

describe('the presenter\'s shim over Slidev\'s client', () => {
  it('takes Slidev\'s client only through paths of the installed version, pinned in package.json', () => {
    const pinned = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies['@slidev/client']
    expect(JSON.parse(readFileSync(join(CLIENT, 'package.json'), 'utf8')).version).toBe(pinned)
    expect(fromClient.length).toBeGreaterThan(10)
    for (const { from } of fromClient)
      expect(existsSync(join(CLIENT, from.slice('@slidev/client/'.length))), from).toBe(true)
  })

  it.each(fromClient.filter(each => each.from.endsWith('.ts')).map(each => [each.from, each.names] as const))('%s exports what the shim takes of it', (from, names) => {
    const path = join(CLIENT, from.slice('@slidev/client/'.length))
    const exported = exportsOf(path)
    expect(names.filter(name => !exported.has(name))).toEqual([])
  })

  it('takes only the default export of a component', () => {
    for (const { from, names } of fromClient.filter(each => each.from.endsWith('.vue')))
      expect(names, from).toEqual(['default'])
  })

  it('takes from other packages only names they export', async () => {
    const require = createRequire(join(ROOT, 'package.json'))
    for (const { from, names } of fromPackages) {
      const module = await import(require.resolve(from)) as Record<string, unknown>
      expect(names.filter(name => !(name in module)), from).toEqual([])
    }
  })

  it('is the only file of ours that imports Slidev\'s client modules (its stylesheets aside)', () => {
    const ours = ['setup', 'components', 'layouts', 'styles'].flatMap(folder => ts.sys.readDirectory(join(ROOT, folder), ['.ts', '.js', '.vue']))
    const importing = ours.filter(path => !path.endsWith(SHIM) && /from\s+['"]@slidev\/client\/(?!styles\/)/.test(readFileSync(path, 'utf8')))
    expect(importing).toEqual([])
  })
})
