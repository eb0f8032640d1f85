import type { Root } from 'mdast'
import type { Processor } from 'unified'
import remarkCjkFriendly from 'remark-cjk-friendly'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { linearSpans } from './linear-spans'
import { unwrapIndentedFences } from './unwrap-indented-fences'

/** micromark's names of GFM's constructs for URLs and e-mail addresses written bare in text. */
const LITERAL_AUTOLINKS = ['protocolAutolink', 'wwwAutolink', 'emailAutolink']

/** The front matter an article may open with: YAML (`---`), or TOML (`+++`, Hugo's). */
const ARTICLE_FRONT_MATTER = ['yaml', 'toml'] as const
/** A deck opens with Slidev's YAML headmatter only. */
const DECK_FRONT_MATTER = ['yaml'] as const

function createProcessor(frontMatter: readonly ('yaml' | 'toml')[], ...plugins: ((this: Processor) => void)[]) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, [...frontMatter])
    .use(remarkGfm)
    .use(remarkCjkFriendly)
    .use(remarkMath)
    .use(linearSpans)
  for (const plugin of plugins)
    processor.use(plugin)
  return processor
}

const processor = createProcessor(ARTICLE_FRONT_MATTER)
/**
 * Reads bare URLs only after escapes, as markdown-it's linkify does (and not at all
 * inside a link): GFM's own constructs read them from the raw text, so the escaped
 * `https://x.org/\~me` a deck writes would read back with its backslash.
 */
const deckProcessor = createProcessor(DECK_FRONT_MATTER, function readUrlsAfterEscapes(this: Processor) {
  const data = this.data()
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { disable: { null: LITERAL_AUTOLINKS } }]
})

function parseRaw(text: string): Root {
  return processor.runSync(processor.parse(text)) as Root
}

/**
 * Parses Markdown (CommonMark + GFM + math + YAML or TOML front matter, with emphasis that works
 * next to CJK punctuation: `**“重要”**的` is bold, not literal asterisks) into an mdast tree with
 * positions, repairing fenced code blocks that were indented by mistake.
 */
export function parseMarkdown(text: string): Root {
  return unwrapIndentedFences(parseRaw(text), parseRaw)
}

/**
 * Parses the Markdown of a rendered deck for reading its text back: as
 * {@link parseMarkdown}, but with bare URLs read as Slidev's markdown-it reads them
 * (after escapes), so a URL's text reads back as written.
 */
export function parseDeckMarkdown(text: string): Root {
  return deckProcessor.runSync(deckProcessor.parse(text)) as Root
}
