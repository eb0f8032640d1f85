import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../scripts/parse/parse-markdown'

describe('parseMarkdown', () => {
  it('reads a fenced block indented by mistake as the code block the author meant', () => {
    const tree = parseMarkdown('Text:\n\n    ```text\n    {{company}}: {{name}}\n    ```\n\nMore.\n')
    expect(tree.children.map(node => node.type)).toEqual(['paragraph', 'code', 'paragraph'])
    expect(tree.children[1]).toMatchObject({ type: 'code', lang: 'text', value: '{{company}}: {{name}}', position: { start: { line: 3 } } })
  })

  it('leaves an ordinary indented code block alone', () => {
    const tree = parseMarkdown('Text:\n\n    - Prompt: "Alice"\n    - Answer: 5\n')
    expect(tree.children[1]).toMatchObject({ type: 'code', value: '- Prompt: "Alice"\n- Answer: 5' })
  })
})
