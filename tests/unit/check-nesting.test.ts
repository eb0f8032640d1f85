import type { Nodes } from 'mdast'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InputError } from '../../scripts/lib/errors'
import { checkNesting, deepestLine, MAX_NESTING } from '../../scripts/parse/check-nesting'
import { parseMarkdown } from '../../scripts/parse/parse-markdown'

/** How deep the parser nests quotes and list items, and the first line that deep. */
function parsedDepth(markdown: string): { depth: number, line: number } {
  let deepest = { depth: 0, line: 0 }
  const stack: [Nodes, number][] = [[parseMarkdown(markdown), 0]]
  while (stack.length > 0) {
    const [node, above] = stack.pop()!
    const depth = above + (node.type === 'blockquote' || node.type === 'listItem' ? 1 : 0)
    if (depth > deepest.depth || (depth === deepest.depth && depth > 0 && node.position!.start.line < deepest.line))
      deepest = { depth, line: node.position!.start.line }
    if ('children' in node)
      stack.push(...node.children.map((child): [Nodes, number] => [child, depth]))
  }
  return deepest
}

const nestedList = (levels: number, indent: string, marker: string) => Array.from({ length: levels }, (_, level) => `${indent.repeat(level)}${marker} item ${level}`).join('\n')

describe('deepestLine', () => {
  it('counts quotes and list items as the parser nests them', () => {
    for (const markdown of [
      `# T\n\n${'> '.repeat(40)}deep`,
      `# T\n\n${'>'.repeat(40)}deep`,
      nestedList(30, '  ', '-'),
      nestedList(30, '   ', '1.'),
      nestedList(20, '  ', '*'),
      Array.from({ length: 15 }, (_, level) => `${'> - '.repeat(level + 1)}item`).join('\n'),
      '- a\n\n  > quoted\n  > - item\n  >   - deeper',
    ])
      expect(deepestLine(markdown)).toEqual(parsedDepth(markdown))
  })

  it('never counts fewer levels than the parser reads', () => {
    const piece = fc.constantFrom('>', '> ', '- ', '* ', '1. ', '10) ', ' ', '  ', '    ', '\t', 'x', '```', '\n', '\n', '-', '>\t', '-\t', '+     ', '<div>')
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const markdown = pieces.join('')
      expect(deepestLine(markdown).depth).toBeGreaterThanOrEqual(parsedDepth(markdown).depth)
    }), { numRuns: 2000, seed: 24 })
  })

  it('counts up to twice the levels of a list indented more than its items need', () => {
    const markdown = nestedList(20, '    ', '-')
    expect(parsedDepth(markdown).depth).toBe(20)
    expect(deepestLine(markdown).depth).toBe(39)
  })

  it('does not count indentation before any list, nor blank lines', () => {
    expect(deepestLine(`# T\n\n\`\`\`\n${' '.repeat(400)}code\n\`\`\``).depth).toBe(0)
    expect(deepestLine(`- item\n${' '.repeat(400)}\n- item`).depth).toBe(1)
  })
})

describe('checkNesting', () => {
  it('reads an article nested as deep as the limit', () => {
    expect(() => checkNesting(`# T\n\n${'> '.repeat(MAX_NESTING)}deep\n`, 'article.md')).not.toThrow()
    expect(() => checkNesting(nestedList(MAX_NESTING, '  ', '-'), 'article.md')).not.toThrow()
  })

  it('refuses one nested deeper, naming its deepest line', () => {
    const error = (() => {
      try {
        checkNesting(`# T\n\n${nestedList(MAX_NESTING + 1, '  ', '-')}\n\nafter\n`, 'article.md')
      }
      catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message).toBe(`article.md:${MAX_NESTING + 3}: nests quotes or lists ${MAX_NESTING + 1} deep; at most ${MAX_NESTING} levels can be read`)
  })
})
