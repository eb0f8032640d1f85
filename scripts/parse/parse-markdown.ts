import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkMath)

/** Parses Markdown (CommonMark + GFM + math + YAML front matter) into an mdast tree with positions. */
export function parseMarkdown(text: string): Root {
  return processor.runSync(processor.parse(text)) as Root
}
