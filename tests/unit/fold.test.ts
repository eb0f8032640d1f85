import type { Block, Inline } from '../../scripts/model/deck'
import type { BlockHandlers, InlineHandlers } from '../../scripts/model/fold'
import { describe, expect, it } from 'vitest'
import { foldBlocks, foldInlines } from '../../scripts/model/fold'

/** Names each inline node, its children in brackets. */
const NAMES: InlineHandlers<string> = {
  text: inline => inline.value,
  strong: (inline, _context, fold) => `strong[${fold(inline.children).join('')}]`,
  emphasis: (inline, _context, fold) => `emphasis[${fold(inline.children).join('')}]`,
  delete: (inline, _context, fold) => `delete[${fold(inline.children).join('')}]`,
  code: inline => `code(${inline.value})`,
  math: inline => `math(${inline.value})`,
  link: (inline, _context, fold) => `link(${inline.url})[${fold(inline.children).join('')}]`,
  tag: (inline, _context, fold) => `${inline.tag}[${fold(inline.children).join('')}]`,
  break: () => '|',
}

/** Names each block with its depth in quotes, the context every handler gets. */
const OUTLINE: BlockHandlers<string, number> = {
  paragraph: (block, depth) => `${depth}:p ${foldInlines(block.inlines, NAMES).join('')}`,
  heading: (block, depth) => `${depth}:h ${foldInlines(block.inlines, NAMES).join('')}`,
  points: (block, depth) => `${depth}:points ${block.items.length}`,
  code: (block, depth) => `${depth}:code ${block.lang ?? ''}`,
  table: (block, depth) => `${depth}:table ${block.rows.length}`,
  quote: (block, depth, fold) => `${depth}:quote(${fold(block.blocks, depth + 1).join(', ')})`,
  math: (_block, depth) => `${depth}:math`,
  image: (block, depth) => `${depth}:image ${block.alt}`,
  diagram: (block, depth) => `${depth}:diagram ${block.diagram.component}`,
  click: (_block, depth) => `${depth}:click`,
}

const text = (value: string): Inline => ({ type: 'text', value })

describe('foldInlines', () => {
  it('calls the handler of each node\'s type, in order, with the fold for its children', () => {
    const inlines: Inline[] = [
      text('a'),
      { type: 'strong', children: [text('b'), { type: 'emphasis', children: [text('c')] }] },
      { type: 'delete', children: [text('d')] },
      { type: 'code', value: 'e' },
      { type: 'break' },
      { type: 'math', value: 'f' },
      { type: 'link', url: 'https://g.example', children: [text('g')] },
      { type: 'tag', tag: 'kbd', children: [text('h')] },
    ]
    expect(foldInlines(inlines, NAMES)).toEqual(['a', 'strong[bemphasis[c]]', 'delete[d]', 'code(e)', '|', 'math(f)', 'link(https://g.example)[g]', 'kbd[h]'])
  })

  it('gives nothing for no nodes', () => {
    expect(foldInlines([], NAMES)).toEqual([])
  })
})

describe('foldBlocks', () => {
  it('gives one result per block, passing the context down and letting a handler fold what its block holds', () => {
    const blocks: Block[] = [
      { type: 'heading', inlines: [text('Title')] },
      { type: 'click' },
      { type: 'quote', blocks: [{ type: 'paragraph', inlines: [text('said')] }, { type: 'quote', blocks: [{ type: 'math', value: 'x' }] }] },
      { type: 'points', ordered: false, items: [{ inlines: [text('one')], children: [] }] },
      { type: 'code', lang: 'ts', value: 'let a' },
      { type: 'table', align: [null], header: [[text('h')]], rows: [[[text('r')]]] },
      { type: 'image', src: 'a.png', alt: 'alt', remote: false },
      { type: 'diagram', diagram: { component: 'TermCards', props: { terms: [] } }, origin: 'author' },
    ]
    expect(foldBlocks(blocks, OUTLINE, 0)).toEqual([
      '0:h Title',
      '0:click',
      '0:quote(1:p said, 1:quote(2:math))',
      '0:points 1',
      '0:code ts',
      '0:table 1',
      '0:image alt',
      '0:diagram TermCards',
    ])
  })
})

describe('handler tables', () => {
  it('must handle every block and inline type (checked by the type checker)', () => {
    // @ts-expect-error a table without a handler for `click` does not compile
    const missingBlock: BlockHandlers<string> = {
      paragraph: () => '',
      heading: () => '',
      points: () => '',
      code: () => '',
      table: () => '',
      quote: () => '',
      math: () => '',
      image: () => '',
      diagram: () => '',
    }
    // @ts-expect-error a table without a handler for `delete` does not compile, though `delete` shares its shape with `strong`
    const missingInline: InlineHandlers<string> = {
      text: () => '',
      strong: () => '',
      emphasis: () => '',
      code: () => '',
      math: () => '',
      link: () => '',
      tag: () => '',
      break: () => '',
    }
    const wrongBlock: Partial<BlockHandlers<string>> = {
      // @ts-expect-error a handler gets the block of its own type only
      code: (block: Extract<Block, { type: 'paragraph' }>) => block.inlines.length.toString(),
    }
    expect([missingBlock, missingInline, wrongBlock]).toHaveLength(3)
  })
})
