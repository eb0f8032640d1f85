import type { Root } from 'mdast'
import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { unwrapIndentedFences } from './unwrap-indented-fences'

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkCjkFriendly)
  .use(remarkMath)

function parseRaw(text: string): Root {
  return processor.runSync(processor.parse(text)) as Root
}

/**
 * Parses Markdown (CommonMark + GFM + math + YAML front matter, with emphasis that works
 * next to CJK punctuation: `**“重要”**的` is bold, not literal asterisks) into an mdast tree with
 * positions, repairing fenced code blocks that were indented by mistake.
 */
export function parseMarkdown(text: string): Root {
  return unwrapIndentedFences(parseRaw(text), parseRaw)
}
